package org.entente.forces;

import java.util.Objects;

/**
 * An item of a pledged unit's equipment: its name and how many. Nothing more is recorded of any
 * equipment, whatever it does (surveillance and electronic-warfare functions are out of scope).
 */
public record Equipment(String name, int count) {

    public static final int MAX_NAME = 200;
    /** How many of one item a unit has: from 1 to 100,000 (rounds of ammunition are not equipment items). */
    public static final int MAX_COUNT = 100_000;

    public Equipment {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || name.length() > MAX_NAME || name.contains("\n")) {
            throw new IllegalArgumentException("an item of equipment is named on one line of 1 to " + MAX_NAME + " characters");
        }
        if (!countInBounds(count)) {
            throw new IllegalArgumentException(COUNT_BOUNDS + ", not " + count + ": " + name);
        }
    }

    public static final String COUNT_BOUNDS = "an item of equipment is counted from 1 to " + MAX_COUNT;

    public static boolean countInBounds(int count) {
        return count >= 1 && count <= MAX_COUNT;
    }

    @Override
    public String toString() {
        return count + " × " + name;
    }
}
