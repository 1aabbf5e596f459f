package org.entente.forcegeneration;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.entente.forces.Capability;
import org.entente.provenance.Digests;

/**
 * What a plan or a package leaves one requirement short of: personnel, units, or both (never neither).
 * Counted by {@link Objective#personnelShort} and {@link Objective#unitsShort}, the terms the planner scores.
 */
public record Shortfall(String requirementId, Capability capability, long personnel, long units) {

    public Shortfall {
        Objects.requireNonNull(requirementId, "requirement");
        Objects.requireNonNull(capability, "capability");
        if (personnel < 0 || units < 0 || personnel + units == 0) {
            throw new IllegalArgumentException("a shortfall lacks some personnel or units, none negative: " + requirementId);
        }
    }

    /** The requirements a plan explained leaves short, in the explanation's order. */
    public static List<Shortfall> of(Explanation explanation) {
        return explanation.requirements().stream().filter(line -> line.shortPersonnel() > 0 || line.shortUnits() > 0)
                .map(line -> new Shortfall(line.id(), line.capability(), line.shortPersonnel(), line.shortUnits())).toList();
    }

    /**
     * The requirements of {@code statement} that units serving them leave short: {@code personnel} and {@code units}
     * give, per requirement id, what serves it (a requirement not among them has nothing).
     */
    public static List<Shortfall> of(StatementOfRequirements statement, Map<String, Long> personnel, Map<String, Integer> units) {
        return statement.requirements().stream().<Shortfall>mapMulti((requirement, out) -> {
            long lacking = Objective.personnelShort(requirement, personnel.getOrDefault(requirement.id(), 0L));
            long missing = Objective.unitsShort(requirement, units.getOrDefault(requirement.id(), 0));
            if (lacking + missing > 0) {
                out.accept(new Shortfall(requirement.id(), requirement.capability(), lacking, missing));
            }
        }).toList();
    }

    /**
     * What a confirmation of {@code shortfalls} sends back, to tie an acceptance to the shortfall confirmed: the SHA-256
     * (hex) of their sentences in order, one a line; the same shortfalls give the same value, any other a different one.
     */
    public static String confirmation(List<Shortfall> shortfalls) {
        return Digests.sha256(shortfalls.stream().map(Shortfall::described).map(line -> line + "\n").collect(Collectors.joining()));
    }

    /** In a sentence: "R1 (INF): 600 personnel, 2 units short". */
    public String described() {
        return requirementId + " (" + capability.name() + "): " + personnel + " personnel, " + units + " units short";
    }
}
