package org.entente.provenance;

import java.util.Objects;

/** A document that asserts facts: who published it, its title, address, language, publication date (ISO, with its precision) and an excerpt. */
public record Source(String id, String publisher, String title, String url, String language, String published, String excerpt) {

    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
    }

    /** The most a source chip shows of a title: {@value} characters. */
    public static final int SHORT_TITLE = 40;

    /** The title as a chip shows it: whole up to {@value #SHORT_TITLE} characters, else cut at a word and ended with "…". */
    public String shortTitle() {
        if (title.length() <= SHORT_TITLE) {
            return title;
        }
        int cut = title.lastIndexOf(' ', SHORT_TITLE - 1);
        return title.substring(0, cut > SHORT_TITLE / 2 ? cut : SHORT_TITLE - 1).replaceAll("[\\s,;:(–-]+$", "") + "…";
    }
}
