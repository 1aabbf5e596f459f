package org.entente.mission;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.entente.forces.Capability;
import org.entente.forces.Equipment;
import org.entente.register.StateCode;

/**
 * What one contributing state sends to a mission: its units (from the accepted force package, with their ETA, or as
 * recorded from the sources), its equipment by name and count only, its strength as the sources give it (null while they give none), and its
 * timeline, planned against actual.
 */
public record Contingent(StateCode state, List<Unit> units, List<Equipment> equipment, Strength strength, ContingentTimeline timeline) {

    public Contingent {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(timeline, "timeline");
        units = List.copyOf(units);
        equipment = List.copyOf(equipment);
        var names = new HashSet<String>();
        for (Equipment item : equipment) {
            if (!names.add(item.name())) {
                throw new IllegalArgumentException("the contingent of " + state + " lists " + item.name() + " twice");
            }
        }
        var pledged = new HashSet<String>();
        for (Unit unit : units) {
            if (unit instanceof Unit.FromPackage fromPackage && !pledged.add(fromPackage.unitId())) {
                throw new IllegalArgumentException("the contingent of " + state + " lists unit " + fromPackage.unitId() + " twice");
            }
        }
    }

    /** A unit of a contingent: one of the accepted force package, or one the sources name. */
    public sealed interface Unit {

        String designation();

        /** A pledged unit of the accepted force package: its id, designation, capability, personnel and ETA in hours from the order to move. */
        record FromPackage(String unitId, String designation, Capability capability, int personnel, int etaHours) implements Unit {
            public FromPackage {
                Objects.requireNonNull(unitId, "unit id");
                Objects.requireNonNull(designation, "designation");
                Objects.requireNonNull(capability, "capability");
                if (personnel < 1 || etaHours < 0) {
                    throw new IllegalArgumentException("a unit of the package has personnel and no negative ETA: " + unitId);
                }
            }
        }

        /** A unit as the sources name it (e.g. "peacekeeping company of the 103rd Airborne Brigade"). */
        record Recorded(String designation, List<String> sources) implements Unit {
            public Recorded {
                Objects.requireNonNull(designation, "designation");
                if (designation.isBlank()) {
                    throw new IllegalArgumentException("a recorded unit is named");
                }
                sources = List.copyOf(sources);
                if (sources.isEmpty()) {
                    throw new IllegalArgumentException("a recorded unit is named by at least one source");
                }
            }
        }
    }

    /**
     * When the contingent is due in the theatre, given its order to move: when the last of its package units is, by their
     * ETA; empty for a contingent with no package unit.
     */
    public Optional<Instant> dueAt(Instant orderToMove) {
        Objects.requireNonNull(orderToMove, "order to move");
        return units.stream().filter(Unit.FromPackage.class::isInstance).map(Unit.FromPackage.class::cast)
                .mapToInt(Unit.FromPackage::etaHours).max().stream().mapToObj(hours -> orderToMove.plus(Duration.ofHours(hours))).findFirst();
    }
}
