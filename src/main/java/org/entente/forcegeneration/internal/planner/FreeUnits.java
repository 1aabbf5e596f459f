package org.entente.forcegeneration.internal.planner;

import java.util.Random;
import java.util.function.IntPredicate;
import java.util.function.IntToDoubleFunction;
import org.entente.forcegeneration.ForcePlan;

/** The choice of a free unit to bring into a requirement, which the exchanges of a search and of a repair share. */
final class FreeUnits {

    private FreeUnits() {
    }

    /**
     * Of up to {@code draws} of the requirement {@code r}'s {@code eligible} units (each of them once where there are no more, else
     * drawn at random), the free one that {@code admits} and fits {@code r} with the least {@code score}; -1 for none.
     */
    static int best(PlanState state, Random random, int r, int[] eligible, int draws, IntPredicate admits, IntToDoubleFunction score) {
        int best = -1;
        double least = Double.POSITIVE_INFINITY;
        int weighed = Math.min(eligible.length, draws);
        for (int d = 0; d < weighed; d++) {
            int u = weighed == eligible.length ? eligible[d] : eligible[random.nextInt(eligible.length)];
            if (state.requirementOf(u) == ForcePlan.UNASSIGNED && admits.test(u) && state.fits(u, r)) {
                double value = score.applyAsDouble(u);
                if (value < least) {
                    least = value;
                    best = u;
                }
            }
        }
        return best;
    }
}
