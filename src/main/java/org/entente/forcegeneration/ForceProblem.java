package org.entente.forcegeneration;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.entente.forces.Capability;
import org.entente.forces.GeoPoint;
import org.entente.forces.Transport;

/**
 * A force-generation problem: the theatre, the transport profiles, the objective's weights, the states
 * that may contribute, their units, and the statement of requirements. Besides its records it keeps the
 * indices every solver needs (which requirements each unit may serve, which units each requirement may
 * take, each unit's state), built once.
 */
public final class ForceProblem {

    private final String name;
    private final GeoPoint theatre;
    private final Map<Transport, TransportProfile> transport;
    private final Weights weights;
    private final List<Contributor> states;
    private final List<ForceUnit> units;
    private final List<Requirement> requirements;

    private final int[] stateOfUnit;
    private final int[][] requirementsOfUnit;
    private final int[][] unitsOfRequirement;
    private final Map<String, Integer> unitIndex = new HashMap<>();
    private final Map<String, Integer> requirementIndex = new HashMap<>();

    public ForceProblem(String name, GeoPoint theatre, Map<Transport, TransportProfile> transport, Weights weights, List<Contributor> states,
                        List<ForceUnit> units, List<Requirement> requirements) {
        this.name = Objects.requireNonNull(name, "name");
        this.theatre = Objects.requireNonNull(theatre, "theatre");
        this.transport = Map.copyOf(new EnumMap<>(transport));
        this.weights = Objects.requireNonNull(weights, "weights");
        this.states = List.copyOf(states);
        this.units = List.copyOf(units);
        this.requirements = List.copyOf(requirements);
        Map<String, Integer> stateIndex = new HashMap<>();
        for (int s = 0; s < this.states.size(); s++) {
            if (stateIndex.put(this.states.get(s).id(), s) != null) {
                throw new IllegalArgumentException("state " + this.states.get(s).id() + " is listed twice");
            }
        }
        stateOfUnit = new int[this.units.size()];
        for (int u = 0; u < this.units.size(); u++) {
            ForceUnit unit = this.units.get(u);
            Integer s = stateIndex.get(unit.state());
            if (s == null) {
                throw new IllegalArgumentException("unit " + unit.id() + " belongs to no listed state (" + unit.state() + ")");
            }
            if (unitIndex.put(unit.id(), u) != null) {
                throw new IllegalArgumentException("unit " + unit.id() + " is listed twice");
            }
            stateOfUnit[u] = s;
        }
        for (int r = 0; r < this.requirements.size(); r++) {
            if (requirementIndex.put(this.requirements.get(r).id(), r) != null) {
                throw new IllegalArgumentException("requirement " + this.requirements.get(r).id() + " is listed twice");
            }
        }
        List<List<Integer>> byUnit = new ArrayList<>();
        List<List<Integer>> byRequirement = new ArrayList<>();
        this.units.forEach(unit -> byUnit.add(new ArrayList<>()));
        this.requirements.forEach(requirement -> byRequirement.add(new ArrayList<>()));
        // Only a unit of a requirement's capability may serve it: each requirement reads those units alone, in the units' order.
        Map<Capability, List<Integer>> byCapability = new EnumMap<>(Capability.class);
        for (int u = 0; u < this.units.size(); u++) {
            byCapability.computeIfAbsent(this.units.get(u).capability(), capability -> new ArrayList<>()).add(u);
        }
        for (int r = 0; r < this.requirements.size(); r++) {
            Requirement requirement = this.requirements.get(r);
            for (int u : byCapability.getOrDefault(requirement.capability(), List.of())) {
                if (requirement.accepts(this.units.get(u))) {
                    byUnit.get(u).add(r);
                    byRequirement.get(r).add(u);
                }
            }
        }
        requirementsOfUnit = byUnit.stream().map(ForceProblem::ints).toArray(int[][]::new);
        unitsOfRequirement = byRequirement.stream().map(ForceProblem::ints).toArray(int[][]::new);
    }

    private static int[] ints(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    public String name() {
        return name;
    }

    public GeoPoint theatre() {
        return theatre;
    }

    public Map<Transport, TransportProfile> transport() {
        return transport;
    }

    public Weights weights() {
        return weights;
    }

    public List<Contributor> states() {
        return states;
    }

    public List<ForceUnit> units() {
        return units;
    }

    public List<Requirement> requirements() {
        return requirements;
    }

    /** The index of unit {@code u}'s state in {@link #states()}. */
    public int stateOf(int u) {
        return stateOfUnit[u];
    }

    /** The requirements unit {@code u} may serve under the hard rules, by index. */
    public int[] requirementsOf(int u) {
        return requirementsOfUnit[u];
    }

    /** The units requirement {@code r} may take under the hard rules, by index. */
    public int[] unitsOf(int r) {
        return unitsOfRequirement[r];
    }

    /** How many unit-requirement pairs the hard rules allow. */
    public long eligiblePairs() {
        long pairs = 0;
        for (int[] eligible : unitsOfRequirement) {
            pairs += eligible.length;
        }
        return pairs;
    }

    public int unitIndex(String id) {
        Integer index = unitIndex.get(id);
        if (index == null) {
            throw new IllegalArgumentException("no unit " + id + " in " + name);
        }
        return index;
    }

    public int requirementIndex(String id) {
        Integer index = requirementIndex.get(id);
        if (index == null) {
            throw new IllegalArgumentException("no requirement " + id + " in " + name);
        }
        return index;
    }
}
