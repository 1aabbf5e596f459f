package org.entente.forcegeneration.internal.planner;

import java.time.Duration;
import org.entente.forcegeneration.ForcePlan;
import org.entente.forcegeneration.ForceProblem;
import org.entente.forcegeneration.Progress;

/**
 * Improves a plan within a time budget by moving units between requirements. Four moves, each on a
 * random requirement: bring in an eligible unit (from nowhere or from another requirement), send one of
 * its units away ({@link SingleMoves}), replace one of its units by an eligible unit ({@link Replace}),
 * and swap one of its units with one of another requirement's ({@link Swap}).
 *
 * <p>Three strategies. {@link Strategy#BASELINE} keeps only changes that do not worsen the plan, with
 * those four moves alone: the textbook local search, the benchmark's baseline.
 * {@link Strategy#LATE_ACCEPTANCE} is Entente's: it also keeps a change no worse than the plan of a
 * fixed number of steps ago (so it walks across plateaus), levels half of its replacements (a second replacement
 * that brings the requirement to its need exactly, {@link Levelling}) and now and then a state below its share
 * ({@link StateLevelling}), spends part of its time on ruin and recreate
 * ({@link RuinAndRecreate}), and after a long stagnation goes back to its best plan and shakes it
 * ({@link Shake}). {@link Strategy#CLIMBING} does the same but keeps only changes that do not worsen the
 * plan, which converges sooner on a large problem with a short budget.
 *
 * <p>On a small problem (up to {@link #SMALL_UP_TO_PAIRS} eligible pairs) these two also make costlier
 * moves: exchanges of two units for one and one for two ({@link Exchange}), and now and then a
 * requirement's best set of units searched exhaustively ({@link Reoptimize}); and they give ruin and
 * recreate a quarter of their time rather than a tenth. The loop that picks the moves is {@link Search};
 * what the moves share, and the acceptance rule, is {@link Walk}.
 *
 * <p>National caps are never exceeded. Seeded, so a run can be repeated.
 */
public final class LocalSearch {

    /** Which moves, and which changes are kept. */
    public enum Strategy {
        /** Hill climbing over the four simple moves: the textbook local search, the benchmark's baseline. */
        BASELINE,
        /** Late acceptance, ruin and recreate, and the shake after stagnation: Entente's main search. */
        LATE_ACCEPTANCE,
        /** Hill climbing with ruin and recreate and the shake: converges faster, for short budgets on large problems. */
        CLIMBING
    }

    /** The best plan found, its objective, how many moves were tried, and when the best was found. */
    public record Outcome(ForcePlan plan, double objective, long moves, Duration bestFoundAfter) {
    }

    /**
     * Up to this many eligible unit-requirement pairs a problem is small: the search can afford the
     * costlier moves (exchanges, requirements re-optimized exhaustively) and more ruin and recreate.
     */
    private static final long SMALL_UP_TO_PAIRS = 2_000;

    private LocalSearch() {
    }

    public static Outcome improve(ForceProblem problem, ForcePlan start, Duration budget, Strategy strategy, long seed) {
        return improve(problem, start, budget, strategy, seed, Progress.NONE);
    }

    /** As above, telling {@code progress} of each new best plan and stopping early when it asks. */
    public static Outcome improve(ForceProblem problem, ForcePlan start, Duration budget, Strategy strategy, long seed, Progress progress) {
        return new Search(new Walk(problem, start, strategy, seed, progress), strategy, progress).run(System.nanoTime() + budget.toNanos());
    }

    /** Whether {@code problem} is small enough for the costlier moves (and for Timefold's start in {@link ForceGenerator}). */
    static boolean small(ForceProblem problem) {
        return problem.eligiblePairs() <= SMALL_UP_TO_PAIRS;
    }

    /** The plan with requirement {@code r}'s units chosen again by the exhaustive search the searches use on small problems. */
    static ForcePlan withBestSetFor(ForceProblem problem, ForcePlan plan, int r) {
        Walk walk = new Walk(problem, plan, Strategy.CLIMBING, 0, Progress.NONE);
        new Reoptimize(walk).tryOn(r);
        return walk.state.plan();
    }
}
