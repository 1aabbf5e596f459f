package org.entente.command;

import java.util.List;
import java.util.Objects;

/**
 * A reason as its kind (e.g. {@code consensus_adopted}, {@code participation_frozen}) and its values in order (counts,
 * codes, ISO dates, an instant), for a page to word in its reader's language; the English sentence the record keeps says
 * the same.
 */
public record Wording(String kind, List<Object> values) {

    public Wording {
        Objects.requireNonNull(kind, "kind");
        values = List.copyOf(values);
    }

    public static Wording of(String kind, Object... values) {
        return new Wording(kind, List.of(values));
    }

    /** The value at {@code index}, or null beyond the last: a message's arguments read it without counting. */
    public Object value(int index) {
        return index < values.size() ? values.get(index) : null;
    }
}
