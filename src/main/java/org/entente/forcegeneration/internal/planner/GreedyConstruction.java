package org.entente.forcegeneration.internal.planner;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.entente.forcegeneration.ForcePlan;
import org.entente.forcegeneration.ForceProblem;
import org.entente.forcegeneration.ForceUnit;

/**
 * The first plan: requirements taken scarcest first (most personnel asked per person of eligible
 * supply), each filled by repeatedly adding the unassigned eligible unit that lowers the objective most
 * (so a unit that fits the remaining need, arrives early and brings its state toward its burden share
 * wins), until no unit lowers it. National caps are never exceeded, so the plan is feasible.
 *
 * <p>Each choice reads a requirement's eligible units largest first and stops as soon as no smaller unit
 * can lower the objective more than the best so far ({@link PlanState#leastDelta}): the same choice as
 * reading them all (ties to the unit listed first in the problem), at a fraction of the cost on large
 * problems. An instance keeps each requirement's units in that order, so that several fills of one problem
 * (the arrival-bound construction's, {@link ArrivalBoundConstruction}) sort them once.
 */
public final class GreedyConstruction {

    /** A choice reads the bound once in this many units (a power of two): reading it at each is dearer than the few units it would spare. */
    private static final int BOUND_EVERY = 16;

    private final ForceProblem problem;
    /** Each unit's personnel and arrival, by index: read far more often than the units' records are worth fetching. */
    private final int[] personnel;
    private final int[] arrival;
    /** Per requirement, its eligible units by personnel, largest first (ties by index); sorted on first use. */
    private final int[][] largestFirst;

    GreedyConstruction(ForceProblem problem) {
        this.problem = problem;
        this.personnel = problem.units().stream().mapToInt(ForceUnit::personnel).toArray();
        this.arrival = problem.units().stream().mapToInt(ForceUnit::arrivalHours).toArray();
        this.largestFirst = new int[problem.requirements().size()][];
    }

    private GreedyConstruction(GreedyConstruction all, int[][] largestFirst) {
        this.problem = all.problem;
        this.personnel = all.personnel;
        this.arrival = all.arrival;
        this.largestFirst = largestFirst;
    }

    /** This greedy with only the units that arrive by {@code hours}: the same fills as with a predicate saying so, each unit left out once. */
    GreedyConstruction arrivingBy(int hours) {
        int[][] arriving = new int[largestFirst.length][];
        for (int r = 0; r < arriving.length; r++) {
            arriving[r] = Arrays.stream(largestFirst(r)).filter(u -> arrival[u] <= hours).toArray();
        }
        return new GreedyConstruction(this, arriving);
    }

    /** Unit {@code u}'s personnel. */
    int personnel(int u) {
        return personnel[u];
    }

    public static ForcePlan build(ForceProblem problem) {
        GreedyConstruction greedy = new GreedyConstruction(problem);
        return greedy.fill(new PlanState(problem, ForcePlan.empty(problem)), u -> true).plan();
    }

    /** Fills every requirement of {@code state}, scarcest first, with the unassigned units {@code may} take (the supply counted among them). */
    PlanState fill(PlanState state, IntPredicate may) {
        for (int r : scarcestFirst(may)) {
            fill(state, r, may);
        }
        return state;
    }

    /**
     * Fills {@code state} as {@link #fill(PlanState, IntPredicate)} does, but stops at the first requirement it leaves short of
     * personnel or units (a requirement once filled is not filled again, so the whole fill would leave it short too): whether it
     * covers every requirement.
     */
    boolean fillCovering(PlanState state, IntPredicate may) {
        for (int r : scarcestFirst(may)) {
            fill(state, r, may);
            if (state.isShort(r)) {
                return false;
            }
        }
        return true;
    }

    private int[] scarcestFirst(IntPredicate may) {
        return IntStream.range(0, problem.requirements().size()).boxed()
                .sorted(Comparator.comparingDouble((Integer r) -> -scarcity(r, may)))
                .mapToInt(Integer::intValue)
                .toArray();
    }

    /**
     * Fills requirement {@code r}: adds, one at a time, the unassigned eligible unit that {@code may} take and
     * that lowers the objective most, until none lowers it; the number of units added. Within one fill
     * {@code may} only ever refuses more units (as the national caps do: the fill only adds units), so a unit
     * refused once is not read again.
     */
    int fill(PlanState state, int r, IntPredicate may) {
        int[] units = largestFirst(r).clone();
        int size = units.length;
        int added = 0;
        while (true) {
            int best = -1;
            double bestDelta = 0;
            int kept = 0;
            int i = 0;
            for (; i < size; i++) {
                int u = units[i];
                if ((i & BOUND_EVERY - 1) == 0) {
                    // No unit of this size or smaller can do better than the best so far (nor, before one, lower the objective at all).
                    double least = state.leastDelta(r, personnel[u]);
                    if (best < 0 ? least >= 0 : least > bestDelta) {
                        break;
                    }
                }
                if (state.requirementOf(u) != ForcePlan.UNASSIGNED || !may.test(u) || !state.fits(u, r)) {
                    continue;
                }
                units[kept++] = u;
                double delta = state.delta(u, r);
                if (delta < bestDelta || delta == bestDelta && best >= 0 && u < best) {
                    bestDelta = delta;
                    best = u;
                }
            }
            System.arraycopy(units, i, units, kept, size - i);
            size = kept + size - i;
            if (best < 0) {
                return added;
            }
            state.move(best, r);
            added++;
        }
    }

    private int[] largestFirst(int r) {
        if (largestFirst[r] == null) {
            largestFirst[r] = largestFirst(problem.unitsOf(r), personnel);
        }
        return largestFirst[r];
    }

    /** The {@code units} by personnel (each unit's, by index, in {@code personnel}), largest first, ties by index. */
    static int[] largestFirst(int[] units, int[] personnel) {
        long[] keys = new long[units.length];
        for (int i = 0; i < units.length; i++) {
            keys[i] = (long) -personnel[units[i]] << 32 | units[i];
        }
        Arrays.sort(keys);
        return Arrays.stream(keys).mapToInt(key -> (int) key).toArray();
    }

    private double scarcity(int r, IntPredicate may) {
        long supply = 0;
        for (int u : largestFirst(r)) {
            if (may.test(u)) {
                supply += personnel[u];
            }
        }
        return supply == 0 ? Double.MAX_VALUE : (double) problem.requirements().get(r).personnel() / supply;
    }
}
