package org.entente.register;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.entente.command.Refusal;

/** An enum whose constants are named in the dataset format and the API by a lower-case code, e.g. {@code collective_defence}. */
public interface Coded {

    String name();

    default String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E> & Coded> E fromCode(Class<E> type, String code) {
        for (E constant : type.getEnumConstants()) {
            if (constant.code().equals(code)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("unknown " + type.getSimpleName() + " '" + code + "'; one of " + codes(type));
    }

    /**
     * The constant a caller submitted in {@code field} by its code: the one way input names a constant.
     * Otherwise an invalid refusal naming the field, what was given and the codes it takes
     * ("'tanks' is not a capability; one of inf, arm, ...").
     */
    static <E extends Enum<E> & Coded> E parse(Class<E> type, String field, String code) {
        for (E constant : type.getEnumConstants()) {
            if (constant.code().equals(code)) {
                return constant;
            }
        }
        throw Refusal.invalid(field, (code == null ? "no " + field + " given" : "'" + code + "' is not a " + field) + "; one of " + codes(type));
    }

    /** The codes of {@code type}'s constants, in their order, as a message lists them. */
    private static <E extends Enum<E> & Coded> String codes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining(", "));
    }
}
