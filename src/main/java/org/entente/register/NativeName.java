package org.entente.register;

import java.util.Objects;

/** An organization's name in one language, with its abbreviation there. */
public record NativeName(String language, String name, String abbreviation) {

    public NativeName {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(name, "name");
    }
}
