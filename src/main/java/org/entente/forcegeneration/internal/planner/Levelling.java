package org.entente.forcegeneration.internal.planner;

import java.util.Arrays;
import java.util.Random;
import java.util.function.IntPredicate;
import org.entente.forcegeneration.ForcePlan;
import org.entente.forcegeneration.ForceProblem;
import org.entente.forcegeneration.ForceUnit;

/**
 * A requirement's personnel brought to its need exactly by one more replacement: where a move leaves it a few persons over or
 * short, one of its units is replaced by a free eligible unit whose personnel differs from it by exactly that much, arriving no
 * later than the force does (so the levelling never delays it). A search's replacement followed by its levelling moves
 * commitment between states without leaving a requirement off its need.
 *
 * <p>What a plateau of the burden term needs (M-HIGH-t0.60-s1): there every state below its burden share commits all it can, so
 * what is left of the objective is personnel over a need and a state a few persons off where it could be; moving a person of
 * commitment from one state to another then takes two replacements of exactly matching sizes at once, each of which alone leaves
 * a requirement over or short, so that neither is taken alone.
 */
final class Levelling {

    private final ForceProblem problem;
    /** Per requirement, its eligible units by personnel, largest first, and their personnel negated (so ascending); made on first use. */
    private int[][] bySize;
    private int[][] negatedSizes;

    Levelling(ForceProblem problem) {
        this.problem = problem;
    }

    /**
     * Where requirement {@code r}'s personnel is off its need: one of its units (tried from a member drawn at random on) and a free
     * unit, both of which {@code admits}, the free one arriving no later than the force, whose personnel
     * differs from it by exactly the excess; as {unit out, unit in}, or null where there is none (or nothing to level).
     */
    int[] find(PlanState state, Random random, int r, IntPredicate admits) {
        long excess = state.covered(r) - problem.requirements().get(r).personnel();
        int members = state.members(r);
        if (excess == 0 || members == 0) {
            return null;
        }
        if (bySize == null) {
            index();
        }
        int first = random.nextInt(members);
        for (int k = 0; k < members; k++) {
            int out = state.member(r, (first + k) % members);
            if (!admits.test(out)) {
                continue;
            }
            int in = free(state, r, problem.units().get(out).personnel() - excess, admits);
            if (in >= 0) {
                return new int[] {out, in};
            }
        }
        return null;
    }

    /**
     * Requirement {@code r} brought to its need by the fewest changes: one of its units of exactly the excess sent away, or a free
     * unit that {@code admits} of exactly the shortfall brought in (arriving no later than the force), else {@link #find}'s
     * replacement; as {unit out or -1, unit in or -1}, or null where none levels it.
     */
    int[] level(PlanState state, Random random, int r, IntPredicate admits) {
        long excess = state.covered(r) - problem.requirements().get(r).personnel();
        if (excess == 0) {
            return null;
        }
        if (bySize == null) {
            index();
        }
        if (excess > 0) {
            for (int i = 0; i < state.members(r); i++) {
                int out = state.member(r, i);
                if (problem.units().get(out).personnel() == excess && admits.test(out)) {
                    return new int[] {out, -1};
                }
            }
        } else {
            int in = free(state, r, -excess, admits);
            if (in >= 0) {
                return new int[] {-1, in};
            }
        }
        return find(state, random, r, admits);
    }

    /** A free unit eligible for {@code r} of exactly {@code personnel} that {@code admits} and arrives no later than the force, the first by index; -1 for none. */
    private int free(PlanState state, int r, long personnel, IntPredicate admits) {
        if (personnel <= 0 || personnel > Integer.MAX_VALUE) {
            return -1;
        }
        int key = (int) -personnel;
        int[] negated = negatedSizes[r];
        int i = Arrays.binarySearch(negated, key);
        if (i < 0) {
            return -1;
        }
        while (i > 0 && negated[i - 1] == key) {
            i--;
        }
        for (; i < negated.length && negated[i] == key; i++) {
            int in = bySize[r][i];
            if (state.requirementOf(in) == ForcePlan.UNASSIGNED && admits.test(in) && problem.units().get(in).arrivalHours() <= state.maxArrival()) {
                return in;
            }
        }
        return -1;
    }

    private void index() {
        int[] personnel = problem.units().stream().mapToInt(ForceUnit::personnel).toArray();
        int requirements = problem.requirements().size();
        bySize = new int[requirements][];
        negatedSizes = new int[requirements][];
        for (int r = 0; r < requirements; r++) {
            bySize[r] = GreedyConstruction.largestFirst(problem.unitsOf(r), personnel);
            negatedSizes[r] = Arrays.stream(bySize[r]).map(u -> -personnel[u]).toArray();
        }
    }
}
