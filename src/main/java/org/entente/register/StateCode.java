package org.entente.register;

import java.util.Objects;
import java.util.regex.Pattern;
import org.entente.command.Refusal;

/** An ISO 3166-1 alpha-3 state code, such as {@code KAZ}. Only the shape is checked here; {@link States} knows which codes exist. */
public record StateCode(String value) implements Comparable<StateCode> {

    private static final Pattern ALPHA_3 = Pattern.compile("[A-Z]{3}");

    public StateCode {
        Objects.requireNonNull(value, "state code");
        if (!ALPHA_3.matcher(value).matches()) {
            throw new IllegalArgumentException("a state code is three capital letters (ISO 3166-1 alpha-3), not '" + value + "'");
        }
    }

    public static boolean isValid(String value) {
        return value != null && ALPHA_3.matcher(value).matches();
    }

    public static StateCode of(String value) {
        return new StateCode(value);
    }

    /** The state code a caller submitted in {@code field}: the one way input names a state; an invalid refusal naming the field otherwise. */
    public static StateCode parse(String field, String value) {
        if (!isValid(value)) {
            throw Refusal.invalid(field, "'" + value + "' is not a state code (ISO 3166-1 alpha-3, e.g. KAZ)");
        }
        return new StateCode(value);
    }

    @Override
    public int compareTo(StateCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
