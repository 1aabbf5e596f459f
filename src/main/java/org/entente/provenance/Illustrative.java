package org.entente.provenance;

/**
 * The marking of what the demo invents so that a newcomer has something to work with (its pledged units, its request):
 * plausible, but sourced by nobody. Such a record's name or description starts with {@link #PREFIX}, so that every page,
 * answer and log line that shows it says so; only the system writes it (the demo profile), and it never enters the
 * sourced record or the dataset export.
 */
public final class Illustrative {

    /** The reserved start of an illustrative record's designation or description. */
    public static final String PREFIX = "Illustrative: ";

    private Illustrative() {
    }

    /** Whether {@code text} carries the marking, whatever its case and leading spaces. */
    public static boolean marks(String text) {
        String mark = PREFIX.strip();
        return text != null && text.strip().regionMatches(true, 0, mark, 0, mark.length());
    }
}
