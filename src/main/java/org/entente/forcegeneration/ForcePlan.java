package org.entente.forcegeneration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plan: for each unit of a problem, the requirement it serves ({@link #UNASSIGNED} where none), by
 * index. Solvers work on the array; {@link #assignments} names it in the solution format.
 */
public record ForcePlan(int[] requirementOfUnit) {

    public static final int UNASSIGNED = -1;

    public ForcePlan {
        requirementOfUnit = requirementOfUnit.clone();
    }

    public static ForcePlan empty(ForceProblem problem) {
        int[] none = new int[problem.units().size()];
        Arrays.fill(none, UNASSIGNED);
        return new ForcePlan(none);
    }

    /** The plan that assigns each named unit to its named requirement. */
    public static ForcePlan of(ForceProblem problem, List<Assignment> assignments) {
        int[] plan = empty(problem).requirementOfUnit();
        for (Assignment assignment : assignments) {
            int u = problem.unitIndex(assignment.unit());
            if (plan[u] != UNASSIGNED) {
                throw new IllegalArgumentException("unit " + assignment.unit() + " is assigned twice");
            }
            plan[u] = problem.requirementIndex(assignment.requirement());
        }
        return new ForcePlan(plan);
    }

    public int requirementOf(int u) {
        return requirementOfUnit[u];
    }

    /** One unit serving one requirement, by their identifiers. */
    public record Assignment(String unit, String requirement) {
    }

    public List<Assignment> assignments(ForceProblem problem) {
        var assignments = new ArrayList<Assignment>();
        for (int u = 0; u < requirementOfUnit.length; u++) {
            if (requirementOfUnit[u] != UNASSIGNED) {
                assignments.add(new Assignment(problem.units().get(u).id(), problem.requirements().get(requirementOfUnit[u]).id()));
            }
        }
        return assignments;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ForcePlan plan && Arrays.equals(requirementOfUnit, plan.requirementOfUnit);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(requirementOfUnit);
    }

    @Override
    public String toString() {
        return "ForcePlan" + Arrays.toString(requirementOfUnit);
    }
}
