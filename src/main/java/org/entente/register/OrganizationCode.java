package org.entente.register;

import java.util.Objects;
import java.util.regex.Pattern;

/** The register's key for an organization, such as {@code CSTO}. */
public record OrganizationCode(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Z][A-Z0-9-]{1,15}");

    public OrganizationCode {
        Objects.requireNonNull(value, "organization code");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("an organization code is 2 to 16 capital letters, digits or '-', starting with a letter, not '" + value + "'");
        }
    }

    public static boolean isValid(String value) {
        return value != null && SHAPE.matcher(value).matches();
    }

    public static OrganizationCode of(String value) {
        return new OrganizationCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
