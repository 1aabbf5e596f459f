package org.entente.forcegeneration;

import java.util.Objects;
import org.entente.forces.Capability;
import org.entente.forces.GeoPoint;
import org.entente.forces.Transport;

/** A pledged unit as force generation sees it: whose, what it can do, how many, where from, and when it can arrive. */
public record ForceUnit(String id, String state, Capability capability, int personnel, int noticeToMoveHours, GeoPoint base,
                        Transport transport, double distanceKm, int arrivalHours, boolean noCombat) {

    public ForceUnit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(capability, "capability");
        Objects.requireNonNull(transport, "transport");
        if (personnel <= 0 || noticeToMoveHours < 0 || arrivalHours < 0) {
            throw new IllegalArgumentException("a unit has personnel, and no negative notice or arrival: " + id);
        }
    }
}
