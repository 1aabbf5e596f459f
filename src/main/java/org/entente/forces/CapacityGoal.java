package org.entente.forces;

import java.util.Objects;

/** What a pool should be able to field of one capability, as a source states it: personnel and units. */
public record CapacityGoal(Capability capability, int personnel, int units) {

    public CapacityGoal {
        Objects.requireNonNull(capability, "capability");
        if (personnel < 0 || units < 0) {
            throw new IllegalArgumentException("a capacity goal is not negative: " + capability + " " + personnel + " personnel, " + units + " units");
        }
    }
}
