package org.entente.forcegeneration;

import java.util.Objects;
import org.entente.forces.Capability;

/** One line of a statement of requirements: a capability, how many personnel and units, by when, and whether it is a combat task. */
public record Requirement(String id, Capability capability, boolean combat, int latestArrivalHours, int personnel, int minUnits) {

    /** The latest arrival: from 1 hour to a year (8,760 hours) after the order. */
    public static final int MAX_LATEST_ARRIVAL_HOURS = 8760;
    /** The personnel one line asks for: up to 1,000,000. */
    public static final int MAX_PERSONNEL = 1_000_000;
    /** The units one line asks for at least: up to 1,000. */
    public static final int MAX_UNITS = 1000;

    public Requirement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(capability, "capability");
        if (personnel < 0 || minUnits < 0 || latestArrivalHours < 0) {
            throw new IllegalArgumentException("a requirement asks for no negative personnel, units or time: " + id);
        }
    }

    /** The hard rules for one pair: the capability matches, the unit arrives in time, and no combat task goes to a unit that takes none. */
    public boolean accepts(ForceUnit unit) {
        return firstBreached(unit) == null;
    }

    /**
     * The first of the hard rules for one pair that {@code unit} breaches, in the order {@link #accepts} reads them (capability, arrival
     * in time, combat caveat); null where it breaches none. The one definition of those rules: the planner and its explanations read it.
     */
    public Exclusions.Rule firstBreached(ForceUnit unit) {
        if (unit.capability() != capability) {
            return Exclusions.Rule.CAPABILITY;
        }
        if (unit.arrivalHours() > latestArrivalHours) {
            return Exclusions.Rule.LATE;
        }
        if (combat && unit.noCombat()) {
            return Exclusions.Rule.COMBAT_CAVEAT;
        }
        return null;
    }

    /** This requirement with another latest arrival: what widening (or narrowing) its limit would ask. */
    public Requirement arrivingBy(int hours) {
        return new Requirement(id, capability, combat, hours, personnel, minUnits);
    }
}
