package org.entente.alerting.internal.delivery;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/** Where a person's alert mail goes, and the language they read it in ({@code en}, {@code ru} or {@code id}). */
public record Contact(String username, String email, String language) {

    /** The languages Entente's pages and mail are written in. */
    public static final Set<String> LANGUAGES = Set.of("en", "ru", "id");

    /** A mail address as people write it: something, an at sign, a domain with a dot; no spaces, no angle brackets. */
    private static final Pattern ADDRESS = Pattern.compile("[^\\s@<>,;\"]+@[^\\s@<>,;\"]+\\.[^\\s@<>,;\".]+");

    public Contact {
        Objects.requireNonNull(username, "username");
        if (!isAddress(email)) {
            throw new IllegalArgumentException("not a mail address: " + email);
        }
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("not a language of Entente: " + language);
        }
    }

    public static boolean isAddress(String email) {
        return email != null && email.length() <= 254 && ADDRESS.matcher(email).matches();
    }
}
