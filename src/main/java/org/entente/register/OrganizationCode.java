package org.entente.register;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** The register's key for an organization, such as {@code CSTO}. */
public record OrganizationCode(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Z][A-Z0-9-]{1,15}");

    public OrganizationCode {
        Objects.requireNonNull(value, "organization code");
        whyNot(value).ifPresent(why -> {
            throw new IllegalArgumentException(why);
        });
    }

    public static boolean isValid(String value) {
        return value != null && SHAPE.matcher(value).matches();
    }

    /**
     * Why {@code value} is no organization code, in words a reader can act on ("'csto' is not an organization code (2 to
     * 16 capital letters, digits or '-', starting with a letter); in capitals: 'CSTO'"); empty where it is one.
     */
    public static Optional<String> whyNot(String value) {
        if (isValid(value)) {
            return Optional.empty();
        }
        String capitals = value == null ? "" : value.toUpperCase(Locale.ROOT);
        return Optional.of("'" + value + "' is not an organization code (2 to 16 capital letters, digits or '-', starting with a letter)"
                + (isValid(capitals) ? "; in capitals: '" + capitals + "'" : ""));
    }

    public static OrganizationCode of(String value) {
        return new OrganizationCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
