package org.entente.forces;

import java.util.Objects;

/**
 * An item of a pledged unit's equipment: its name and how many. Nothing more is recorded of any
 * equipment, whatever it does (surveillance and electronic-warfare functions are out of scope).
 */
public record Equipment(String name, int count) {

    public static final int MAX_NAME = 200;

    public Equipment {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || name.length() > MAX_NAME || name.contains("\n")) {
            throw new IllegalArgumentException("an item of equipment is named on one line of 1 to " + MAX_NAME + " characters");
        }
        if (count < 1) {
            throw new IllegalArgumentException("an item of equipment is counted from 1, not " + count + ": " + name);
        }
    }

    @Override
    public String toString() {
        return count + " × " + name;
    }
}
