package org.entente.search;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a reader asked for: up to {@link #MAX_LENGTH} characters, read as words that must each appear in one of a record's names,
 * codes or titles, whatever their case and accents ("almaty" finds "Almaty", "kazakstan" does not find "Kazakhstan", "Казахстан"
 * finds "Казахстан"). A blank query asks for nothing and finds nothing.
 */
public record SearchQuery(String text) {

    public static final int MAX_LENGTH = 200;

    public SearchQuery {
        Objects.requireNonNull(text, "text");
        text = text.strip();
        whyNot(text).ifPresent(why -> {
            throw new IllegalArgumentException(why);
        });
    }

    /** Why {@code text} is not a query (too long), or empty if it is one. */
    public static Optional<String> whyNot(String text) {
        return text != null && text.strip().length() > MAX_LENGTH
                ? Optional.of("a search is at most " + MAX_LENGTH + " characters; this one has " + text.strip().length())
                : Optional.empty();
    }

    public boolean blank() {
        return text.isEmpty();
    }

    /** Whether every word of the query appears in one of {@code texts} (null ones ignored), ignoring case and accents. */
    public boolean matches(List<String> texts) {
        if (blank()) {
            return false;
        }
        String haystack = String.join("\n", texts.stream().filter(Objects::nonNull).map(SearchQuery::folded).toList());
        return Arrays.stream(folded(text).split("\\s+")).allMatch(haystack::contains);
    }

    /** {@code text} in lower case without its accents (combining marks): the form both sides are compared in. */
    static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
