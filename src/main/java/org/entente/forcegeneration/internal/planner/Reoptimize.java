package org.entente.forcegeneration.internal.planner;

import java.util.Arrays;
import org.entente.forcegeneration.ForcePlan;
import org.entente.forcegeneration.Requirement;
import org.entente.forcegeneration.Weights;

/**
 * The best set of units for one requirement, the rest of the plan as it is: its own units and up to
 * {@link #CANDIDATES} free eligible ones (all of them on a small problem, a random draw otherwise)
 * searched exhaustively, depth first, largest units first.
 */
final class Reoptimize extends MoveFamily {

    /** How many free units are considered besides the requirement's own, and how many sets are looked at, at most. */
    private static final int CANDIDATES = 16;
    private static final long NODES = 200_000;

    /**
     * Whether the exhaustive search's shortcuts hold: a person over, or short, costs at least what it can
     * take off a burden deviation (true of the benchmark's and the product's weights).
     */
    private final boolean boundHolds;

    Reoptimize(Walk walk) {
        super(walk);
        Weights w = problem.weights();
        this.boundHolds = w.overcommitPersonnel() >= w.burdenDeviationPersonnel() && w.shortfallPersonnel() >= w.burdenDeviationPersonnel();
    }

    void tryOn(int r) {
        int[] eligible = problem.unitsOf(r);
        int members = state.members(r);
        int[] list = new int[Math.min(eligible.length, members + CANDIDATES)];
        int n = 0;
        for (int i = 0; i < members; i++) {
            list[n++] = state.member(r, i);
        }
        for (int i = 0; i < eligible.length && n < list.length; i++) {
            int u = eligible[eligible.length <= list.length ? i : random.nextInt(eligible.length)];
            if (state.requirementOf(u) == ForcePlan.UNASSIGNED && !contains(list, n, u)) {
                list[n++] = u;
            }
        }
        if (n == members) {
            return;
        }
        int[] before = state.assignment().clone();
        for (int i = 0; i < members; i++) {
            state.move(list[i], ForcePlan.UNASSIGNED);
        }
        int[] candidates = Arrays.stream(Arrays.copyOf(list, n)).boxed()
                .sorted((a, b) -> Integer.compare(problem.units().get(b).personnel(), problem.units().get(a).personnel()))
                .mapToInt(Integer::intValue).toArray();
        Subsets search = new Subsets(r, candidates, walk.current());
        search.from(0);
        for (int u : search.found ? search.best : Arrays.copyOf(list, members)) {
            state.move(u, r);
        }
        if (!walk.settle(true)) {
            walk.restore(before);
        }
    }

    private static boolean contains(int[] units, int n, int u) {
        for (int i = 0; i < n; i++) {
            if (units[i] == u) {
                return true;
            }
        }
        return false;
    }

    /**
     * The depth-first search: the units taken so far are in the plan, and the best set seen that beats
     * the incumbent is kept. A set that covers the requirement gains nothing from one more unit (a
     * person over costs at least what it can take off a burden deviation), and a partial set is
     * abandoned when even covering the rest of the need at no cost, taking it all off the states'
     * deficits, could not beat the best.
     */
    private final class Subsets {
        private final int r;
        private final int[] candidates;
        private final long[] suffix;
        private final int[] taken;
        private int size;
        private int[] best;
        private boolean found;
        private double bestObjective;
        private long nodes;

        Subsets(int r, int[] candidates, double incumbent) {
            this.r = r;
            this.candidates = candidates;
            this.suffix = new long[candidates.length + 1];
            for (int i = candidates.length - 1; i >= 0; i--) {
                suffix[i] = suffix[i + 1] + problem.units().get(candidates[i]).personnel();
            }
            this.taken = new int[candidates.length];
            this.bestObjective = incumbent;
        }

        /** Decides candidate {@code i}, those before it decided. */
        void from(int i) {
            if (++nodes > NODES) {
                return;
            }
            Requirement requirement = problem.requirements().get(r);
            long need = Math.max(0, requirement.personnel() - state.covered(r));
            boolean covered = need == 0 && state.count(r) >= requirement.minUnits();
            double objective = state.objective();
            if (covered || i == candidates.length) {
                if (objective < bestObjective - 1e-9) {
                    bestObjective = objective;
                    best = Arrays.copyOf(taken, size);
                    found = true;
                }
                if (i == candidates.length || boundHolds) {
                    return;
                }
            }
            if (boundHolds && objective - state.requirementCost(r)
                    - problem.weights().burdenDeviationPersonnel() * Math.min(Math.min(need, suffix[i]), state.deficit()) >= bestObjective - 1e-9) {
                return;
            }
            int u = candidates[i];
            if (state.fits(u, r)) {
                state.move(u, r);
                taken[size++] = u;
                from(i + 1);
                size--;
                state.move(u, ForcePlan.UNASSIGNED);
            }
            from(i + 1);
        }
    }
}
