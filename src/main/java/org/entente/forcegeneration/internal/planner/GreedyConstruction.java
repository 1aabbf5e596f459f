package org.entente.forcegeneration.internal.planner;

import java.util.Comparator;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.entente.forcegeneration.ForcePlan;
import org.entente.forcegeneration.ForceProblem;

/**
 * The first plan: requirements taken scarcest first (most personnel asked per person of eligible
 * supply), each filled by repeatedly adding the unassigned eligible unit that lowers the objective most
 * (so a unit that fits the remaining need, arrives early and brings its state toward its burden share
 * wins), until no unit lowers it. National caps are never exceeded, so the plan is feasible.
 */
public final class GreedyConstruction {

    private GreedyConstruction() {
    }

    public static ForcePlan build(ForceProblem problem) {
        return fill(problem, new PlanState(problem, ForcePlan.empty(problem))).plan();
    }

    static PlanState fill(ForceProblem problem, PlanState state) {
        int[] order = IntStream.range(0, problem.requirements().size()).boxed()
                .sorted(Comparator.comparingDouble((Integer r) -> -scarcity(problem, r)))
                .mapToInt(Integer::intValue)
                .toArray();
        for (int r : order) {
            fill(problem, state, r, u -> true);
        }
        return state;
    }

    /**
     * Fills requirement {@code r}: adds, one at a time, the unassigned eligible unit that {@code may} take and
     * that lowers the objective most, until none lowers it; the number of units added.
     */
    static int fill(ForceProblem problem, PlanState state, int r, IntPredicate may) {
        int added = 0;
        while (true) {
            int best = -1;
            double bestDelta = 0;
            for (int u : problem.unitsOf(r)) {
                if (may.test(u) && state.requirementOf(u) == ForcePlan.UNASSIGNED && state.fits(u, r)) {
                    double delta = state.delta(u, r);
                    if (delta < bestDelta) {
                        bestDelta = delta;
                        best = u;
                    }
                }
            }
            if (best < 0) {
                return added;
            }
            state.move(best, r);
            added++;
        }
    }

    private static double scarcity(ForceProblem problem, int r) {
        long supply = 0;
        for (int u : problem.unitsOf(r)) {
            supply += problem.units().get(u).personnel();
        }
        return supply == 0 ? Double.MAX_VALUE : (double) problem.requirements().get(r).personnel() / supply;
    }
}
