package org.entente.forcegeneration.internal.planner;

import org.entente.forcegeneration.ForcePlan;
import org.entente.forcegeneration.ForceProblem;
import org.entente.forcegeneration.ForceUnit;
import org.entente.forcegeneration.Objective;
import org.entente.forcegeneration.Requirement;
import org.entente.forcegeneration.Weights;

/**
 * A plan being changed one unit at a time, with the objective's parts kept up to date so that each
 * change costs O(1) (the force's arrival time keeps a histogram, so losing its latest unit costs a short
 * scan). National caps are kept as a hard rule: {@link #fits} says whether a change respects them. The
 * objective it keeps is {@link Objective}'s, term by term ({@link Objective#personnelShort} and the others),
 * which the tests check it against after every move.
 */
final class PlanState {

    private final ForceProblem problem;
    private final int[] assignment;
    private final long[] covered;
    private final int[] count;
    private final long[] committed;
    private final int[] arrivals;
    private final double wShortPersonnel;
    private final double wShortUnits;
    private final double wArrival;
    private final double wOvercommit;
    private final double wDeviation;
    /** Whether no weight is negative: {@link #leastDelta} has a bound only then. */
    private final boolean bounded;
    private final int[][] members;
    private final int[] memberCount;
    private final int[] position;
    private int maxArrival;
    private long deficit;
    private double requirementCost;
    private double stateCost;

    PlanState(ForceProblem problem, ForcePlan plan) {
        this.problem = problem;
        int units = problem.units().size();
        this.assignment = new int[units];
        java.util.Arrays.fill(assignment, ForcePlan.UNASSIGNED);
        this.covered = new long[problem.requirements().size()];
        this.count = new int[problem.requirements().size()];
        this.committed = new long[problem.states().size()];
        int latest = 0;
        for (ForceUnit unit : problem.units()) {
            latest = Math.max(latest, unit.arrivalHours());
        }
        this.arrivals = new int[latest + 1];
        this.members = new int[problem.requirements().size()][];
        for (int r = 0; r < members.length; r++) {
            members[r] = new int[Math.max(1, problem.unitsOf(r).length)];
        }
        this.memberCount = new int[members.length];
        this.position = new int[units];
        Weights w = problem.weights();
        wShortPersonnel = w.shortfallPersonnel();
        wShortUnits = w.shortfallUnits();
        wArrival = w.maxArrivalHours();
        wOvercommit = w.overcommitPersonnel();
        wDeviation = w.burdenDeviationPersonnel();
        bounded = wShortPersonnel >= 0 && wShortUnits >= 0 && wArrival >= 0 && wOvercommit >= 0 && wDeviation >= 0;
        for (int r = 0; r < covered.length; r++) {
            requirementCost += requirementCost(r, 0, 0);
        }
        for (int s = 0; s < committed.length; s++) {
            stateCost += stateCost(s, 0);
            deficit += Math.max(0, problem.states().get(s).targetPersonnel());
        }
        for (int u = 0; u < units; u++) {
            if (plan.requirementOf(u) != ForcePlan.UNASSIGNED) {
                move(u, plan.requirementOf(u));
            }
        }
    }

    private double requirementCost(int r, long coveredPersonnel, int units) {
        Requirement requirement = problem.requirements().get(r);
        return wShortPersonnel * Objective.personnelShort(requirement, coveredPersonnel)
                + wOvercommit * Objective.personnelOver(requirement, coveredPersonnel)
                + wShortUnits * Objective.unitsShort(requirement, units);
    }

    /** What requirement {@code r} costs now: its personnel and units short, and its personnel over. */
    double requirementCost(int r) {
        return requirementCost(r, covered[r], count[r]);
    }

    private double stateCost(int s, long personnel) {
        return wDeviation * Objective.burdenDeviation(problem.states().get(s), personnel);
    }

    double objective() {
        return requirementCost + stateCost + wArrival * maxArrival;
    }

    int requirementOf(int u) {
        return assignment[u];
    }

    /** Whether requirement {@code r} lacks personnel or units. */
    boolean isShort(int r) {
        Requirement requirement = problem.requirements().get(r);
        return Objective.personnelShort(requirement, covered[r]) > 0 || Objective.unitsShort(requirement, count[r]) > 0;
    }

    long covered(int r) {
        return covered[r];
    }

    int count(int r) {
        return count[r];
    }

    /** The personnel state {@code s} commits. */
    long committed(int s) {
        return committed[s];
    }

    /** Whether moving unit {@code u} to {@code r} (or unassigning it) keeps its state within its national cap. */
    boolean fits(int u, int r) {
        if (r == ForcePlan.UNASSIGNED || assignment[u] != ForcePlan.UNASSIGNED) {
            return true;
        }
        int s = problem.stateOf(u);
        return problem.states().get(s).admits(committed[s], problem.units().get(u).personnel());
    }

    /** What moving unit {@code u} to {@code r} (or unassigning it) would change the objective by, without moving it. */
    double delta(int u, int r) {
        int from = assignment[u];
        if (from == r) {
            return 0;
        }
        ForceUnit unit = problem.units().get(u);
        int personnel = unit.personnel();
        double delta = 0;
        if (from != ForcePlan.UNASSIGNED) {
            delta += requirementCost(from, covered[from] - personnel, count[from] - 1) - requirementCost(from, covered[from], count[from]);
        }
        if (r != ForcePlan.UNASSIGNED) {
            delta += requirementCost(r, covered[r] + personnel, count[r] + 1) - requirementCost(r, covered[r], count[r]);
        }
        if ((from == ForcePlan.UNASSIGNED) != (r == ForcePlan.UNASSIGNED)) {
            int s = problem.stateOf(u);
            long after = committed[s] + (r == ForcePlan.UNASSIGNED ? -personnel : personnel);
            delta += stateCost(s, after) - stateCost(s, committed[s]);
            int arrival = unit.arrivalHours();
            if (r != ForcePlan.UNASSIGNED) {
                delta += wArrival * (Math.max(maxArrival, arrival) - maxArrival);
            } else if (arrival == maxArrival && arrivals[arrival] == 1) {
                delta += wArrival * (latestBelow(arrival) - maxArrival);
            }
        }
        return delta;
    }

    /**
     * A lower bound on {@link #delta} for bringing into {@code r} any unassigned unit of at most {@code personnel} personnel: the
     * requirement's change at its least over those sizes (its cost is convex in the personnel added, so the least is at no
     * personnel, at the remaining need or at {@code personnel}), less the most the unit's state's deviation can fall (by the
     * unit's personnel); the force's arrival can only add. Negative infinity where a weight is negative.
     */
    double leastDelta(int r, int personnel) {
        if (!bounded) {
            return Double.NEGATIVE_INFINITY;
        }
        int need = Math.clamp(problem.requirements().get(r).personnel() - covered[r], 0, personnel);
        double least = Math.min(joining(r, 0), Math.min(joining(r, need), joining(r, personnel)));
        return least - 1e-9 * (1 + Math.abs(least));
    }

    private double joining(int r, int personnel) {
        return requirementCost(r, covered[r] + personnel, count[r] + 1) - requirementCost(r, covered[r], count[r]) - wDeviation * personnel;
    }

    private int latestBelow(int arrival) {
        for (int a = arrival - 1; a >= 0; a--) {
            if (arrivals[a] > 0) {
                return a;
            }
        }
        return 0;
    }

    /** Moves unit {@code u} to {@code r} (or unassigns it), keeping every part of the objective up to date. */
    void move(int u, int r) {
        int from = assignment[u];
        if (from == r) {
            return;
        }
        ForceUnit unit = problem.units().get(u);
        int personnel = unit.personnel();
        if (from != ForcePlan.UNASSIGNED) {
            int last = members[from][--memberCount[from]];
            members[from][position[u]] = last;
            position[last] = position[u];
            requirementCost -= requirementCost(from, covered[from], count[from]);
            covered[from] -= personnel;
            count[from]--;
            requirementCost += requirementCost(from, covered[from], count[from]);
        }
        if (r != ForcePlan.UNASSIGNED) {
            position[u] = memberCount[r];
            members[r][memberCount[r]++] = u;
            requirementCost -= requirementCost(r, covered[r], count[r]);
            covered[r] += personnel;
            count[r]++;
            requirementCost += requirementCost(r, covered[r], count[r]);
        }
        if ((from == ForcePlan.UNASSIGNED) != (r == ForcePlan.UNASSIGNED)) {
            int s = problem.stateOf(u);
            stateCost -= stateCost(s, committed[s]);
            long target = problem.states().get(s).targetPersonnel();
            deficit -= Math.max(0, target - committed[s]);
            committed[s] += r == ForcePlan.UNASSIGNED ? -personnel : personnel;
            deficit += Math.max(0, target - committed[s]);
            stateCost += stateCost(s, committed[s]);
            int arrival = unit.arrivalHours();
            if (r != ForcePlan.UNASSIGNED) {
                arrivals[arrival]++;
                maxArrival = Math.max(maxArrival, arrival);
            } else {
                arrivals[arrival]--;
                if (arrival == maxArrival && arrivals[arrival] == 0) {
                    maxArrival = latestBelow(arrival);
                }
            }
        }
        assignment[u] = r;
    }

    /** The personnel the states still lack to reach their burden targets, summed: what more units can take off the burden deviation, at most. */
    long deficit() {
        return deficit;
    }

    int maxArrival() {
        return maxArrival;
    }

    /** The requirements served by a unit arriving at {@code hours}. */
    int[] requirementsWithArrival(int hours) {
        return requirementsServedByAny(u -> problem.units().get(u).arrivalHours() == hours);
    }

    /** The requirements served by at least one unit of state {@code s}. */
    int[] requirementsServedBy(int s) {
        return requirementsServedByAny(u -> problem.stateOf(u) == s);
    }

    private int[] requirementsServedByAny(java.util.function.IntPredicate unit) {
        return java.util.stream.IntStream.range(0, memberCount.length)
                .filter(r -> {
                    for (int i = 0; i < memberCount[r]; i++) {
                        if (unit.test(members[r][i])) {
                            return true;
                        }
                    }
                    return false;
                })
                .toArray();
    }

    /** How many units serve requirement {@code r}, and the {@code i}-th of them (in no particular order). */
    int members(int r) {
        return memberCount[r];
    }

    int member(int r, int i) {
        return members[r][i];
    }

    /** Whether unit {@code u}'s state is within its national cap. */
    boolean withinCap(int u) {
        int s = problem.stateOf(u);
        return committed[s] <= problem.states().get(s).nationalCapPersonnel();
    }

    ForcePlan plan() {
        return new ForcePlan(assignment);
    }

    int[] assignment() {
        return assignment;
    }
}
