package org.entente.forcegeneration;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.entente.forces.GeoPoint;
import org.entente.forces.PledgedUnit;
import org.entente.forces.Transport;

/**
 * What a mission needs, attached to a decision to deploy: where (the theatre), and per line the
 * capability, personnel, minimum units, latest arrival in hours from the order, and whether it is a
 * combat task. With the units pledged and the states that share the burden, it makes a
 * {@link ForceProblem}.
 */
public record StatementOfRequirements(GeoPoint theatre, List<Requirement> requirements) {

    /**
     * The transport profiles the product plans with: air 700 km/h after 4 h, land 50 km/h after 2 h, sea 30 km/h after 72 h. The
     * overhead is the transport's own handling (to the airfield or port, loading, unloading; forming the column); the readiness to
     * move is the unit's notice, counted apart. The benchmark's instances carry their own profiles (air after 24 h, land after 12 h).
     */
    public static final Map<Transport, TransportProfile> TRANSPORT = Map.of(
            Transport.AIR, new TransportProfile(700, 4), Transport.LAND, new TransportProfile(50, 2), Transport.SEA, new TransportProfile(30, 72));
    /** The objective's weights the product plans with, the benchmark's. */
    public static final Weights WEIGHTS = new Weights(1000, 100000, 10, 1, 1);

    public StatementOfRequirements {
        Objects.requireNonNull(theatre, "theatre");
        requirements = List.copyOf(requirements);
        if (requirements.isEmpty()) {
            throw new IllegalArgumentException("a statement of requirements has at least one line");
        }
        var ids = new HashSet<String>();
        requirements.forEach(requirement -> {
            if (!ids.add(requirement.id())) {
                throw new IllegalArgumentException("requirement " + requirement.id() + " is listed twice");
            }
        });
    }

    /**
     * The problem of covering these requirements with {@code units}, the burden shared equally among
     * {@code states} (the members in good standing), each unit's ETA by {@link Eta}, each state's cap the
     * smallest national cap its pledges state (none: no cap).
     */
    public ForceProblem problem(String name, List<String> states, List<PledgedUnit> units) {
        long required = requirements.stream().mapToLong(Requirement::personnel).sum();
        double share = states.isEmpty() ? 0 : 1.0 / states.size();
        List<Contributor> contributors = states.stream().map(state -> new Contributor(state, share, (int) Math.round(share * required),
                units.stream().filter(unit -> unit.state().equals(state) && unit.nationalCapPersonnel() != null)
                        .mapToInt(PledgedUnit::nationalCapPersonnel).min().orElse(Integer.MAX_VALUE),
                units.stream().anyMatch(unit -> unit.state().equals(state) && unit.noCombat()), theatre)).toList();
        List<ForceUnit> forceUnits = units.stream().filter(unit -> states.contains(unit.state())).map(unit -> {
            double distance = unit.base().distanceKmTo(theatre);
            return new ForceUnit(unit.id(), unit.state(), unit.capability(), unit.personnel(), unit.noticeToMoveHours(), unit.base(), unit.transport(),
                    distance, Eta.arrivalHours(unit.noticeToMoveHours(), TRANSPORT.get(unit.transport()), distance), unit.noCombat());
        }).toList();
        return new ForceProblem(name, theatre, TRANSPORT, WEIGHTS, contributors, forceUnits, requirements);
    }
}
