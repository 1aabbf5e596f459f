package org.entente.forces;

import java.util.Objects;

/**
 * A unit a member pledged, as force generation needs it: whose, what, how many, how soon and how it
 * travels, from where, and the state's caveats (no combat tasks; a national cap on personnel, or null).
 * The forces module provides them ({@link AvailableUnits}); force generation computes each one's ETA.
 */
public record PledgedUnit(String id, String state, String designation, Capability capability, int personnel, int noticeToMoveHours,
                          GeoPoint base, Transport transport, boolean noCombat, Integer nationalCapPersonnel) {

    public PledgedUnit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(capability, "capability");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(transport, "transport");
    }
}
