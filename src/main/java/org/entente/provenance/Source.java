package org.entente.provenance;

import java.util.Objects;

/** A document that asserts facts: who published it, its title, address, language, publication date (ISO, with its precision) and an excerpt. */
public record Source(String id, String publisher, String title, String url, String language, String published, String excerpt) {

    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
    }
}
