package org.entente.forcegeneration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Why a plan's requirements did not get the problem's other units: for each requirement, every unit the hard rules kept from it
 * and the first rule that did (units of another capability only counted), and, for a requirement the plan leaves short, the
 * nearest fix: the smallest latest arrival that would let in enough of the units kept out only by arriving late, and which.
 * Read from the planner's own rules ({@link Requirement#firstBreached}, {@link Contributor#admits}), never a copy of them. A unit
 * the plan could have used but did not, or that serves another requirement, is not excluded.
 */
public record Exclusions(List<OfRequirement> requirements) {

    /** The hard rules, in the order they are read for one unit and one requirement. */
    public enum Rule implements org.entente.register.Coded {
        /** The unit has another capability than the requirement asks for. */
        CAPABILITY,
        /** The unit arrives after the requirement's latest arrival. */
        LATE,
        /** The requirement is a combat task and the unit takes none. */
        COMBAT_CAVEAT,
        /** The unit's state has committed so many personnel elsewhere in the plan that the unit would pass its national cap. */
        NATIONAL_CAP
    }

    /** One unit kept from a requirement: why, when it arrives and its arrival's parts, and for {@link Rule#LATE}, by how much (0 otherwise). */
    public record Excluded(String unit, String state, Rule rule, int arrivalHours, int lateByHours, Eta.Parts eta) {

        public Excluded {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(eta, "eta");
        }
    }

    /**
     * The smallest latest arrival that would let in the late units named, in order of arrival: with them the requirement is covered
     * ({@code covers}), or, where even all of them are not enough, it is as covered as late units can make it.
     */
    public record NearestFix(int latestArrivalHours, List<String> units, long personnel, boolean covers) {

        public NearestFix {
            units = List.copyOf(units);
        }
    }

    /** One requirement: how many units have another capability, the others excluded (in order of arrival), and its nearest fix (null for none). */
    public record OfRequirement(String requirement, int latestArrivalHours, int otherCapability, List<Excluded> excluded, NearestFix nearestFix) {

        public OfRequirement {
            excluded = List.copyOf(excluded);
        }
    }

    public Exclusions {
        requirements = List.copyOf(requirements);
    }

    /** The exclusions of {@code plan} over {@code problem}. */
    public static Exclusions of(ForceProblem problem, ForcePlan plan) {
        long[] committed = new long[problem.states().size()];
        long[] covered = new long[problem.requirements().size()];
        int[] units = new int[problem.requirements().size()];
        for (int u = 0; u < problem.units().size(); u++) {
            int r = plan.requirementOf(u);
            if (r != ForcePlan.UNASSIGNED) {
                committed[problem.stateOf(u)] += problem.units().get(u).personnel();
                covered[r] += problem.units().get(u).personnel();
                units[r]++;
            }
        }
        List<OfRequirement> lines = new ArrayList<>();
        for (int r = 0; r < problem.requirements().size(); r++) {
            Requirement requirement = problem.requirements().get(r);
            int otherCapability = 0;
            List<Excluded> excluded = new ArrayList<>();
            for (int u = 0; u < problem.units().size(); u++) {
                ForceUnit unit = problem.units().get(u);
                Rule rule = requirement.firstBreached(unit);
                if (rule == Rule.CAPABILITY) {
                    otherCapability++;
                    continue;
                }
                if (rule == null) {
                    boolean unused = plan.requirementOf(u) == ForcePlan.UNASSIGNED;
                    if (!unused || problem.states().get(problem.stateOf(u)).admits(committed[problem.stateOf(u)], unit.personnel())) {
                        continue; // serving a requirement, or usable: not excluded
                    }
                    rule = Rule.NATIONAL_CAP;
                }
                int lateBy = rule == Rule.LATE ? unit.arrivalHours() - requirement.latestArrivalHours() : 0;
                excluded.add(new Excluded(unit.id(), unit.state(), rule, unit.arrivalHours(), lateBy, Eta.parts(problem, unit)));
            }
            excluded.sort(Comparator.comparingInt(Excluded::arrivalHours).thenComparing(Excluded::unit));
            boolean isShort = Objective.personnelShort(requirement, covered[r]) > 0 || Objective.unitsShort(requirement, units[r]) > 0;
            lines.add(new OfRequirement(requirement.id(), requirement.latestArrivalHours(), otherCapability, excluded,
                    isShort ? nearestFix(problem, requirement, covered[r], units[r], excluded) : null));
        }
        return new Exclusions(lines);
    }

    /** The late units that a later latest arrival alone would let in (by the requirement's own rules), taken in order of arrival until it is covered. */
    private static NearestFix nearestFix(ForceProblem problem, Requirement requirement, long covered, int units, List<Excluded> excluded) {
        List<Excluded> late = excluded.stream().filter(e -> e.rule() == Rule.LATE
                && requirement.arrivingBy(e.arrivalHours()).accepts(problem.units().get(problem.unitIndex(e.unit())))).toList();
        if (late.isEmpty()) {
            return null;
        }
        List<String> taken = new ArrayList<>();
        long personnel = covered;
        int count = units;
        int hours = requirement.latestArrivalHours();
        for (int i = 0; i < late.size(); i++) {
            Excluded next = late.get(i);
            taken.add(next.unit());
            personnel += problem.units().get(problem.unitIndex(next.unit())).personnel();
            count++;
            hours = next.arrivalHours();
            boolean tieFollows = i + 1 < late.size() && late.get(i + 1).arrivalHours() == hours;
            if (!tieFollows && Objective.personnelShort(requirement, personnel) == 0 && Objective.unitsShort(requirement, count) == 0) {
                return new NearestFix(hours, taken, personnel - covered, true);
            }
        }
        return new NearestFix(hours, taken, personnel - covered, false);
    }
}
