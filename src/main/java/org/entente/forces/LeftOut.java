package org.entente.forces;

import java.util.Objects;

/**
 * A stored record a feature that reads many records left out, because its stored values are not sound
 * (written around the commands, or before a bound existed), and why: the feature answers with the
 * others and says which it left out, instead of failing for everyone.
 */
public record LeftOut(String id, String name, String reason) {

    public LeftOut {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reason, "reason");
    }
}
