package org.entente.forcegeneration.internal.planner;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.entente.forcegeneration.ForcePlan;
import org.entente.forcegeneration.ForceProblem;
import org.entente.forcegeneration.Objective;
import org.entente.forcegeneration.Progress;

/**
 * Large neighbourhoods searched exactly, for small problems: a plan's units of a few requirements are chosen again by the exact
 * search ({@link ExactSearch#searchAround}) with the other requirements' units kept, for every set of two requirements, then of
 * three, keeping each better plan at once, until no such set makes the plan better (a local optimum over those neighbourhoods) or
 * the time is up. Between plans that a late-acceptance search ends at, the best sets of two or three requirements are often
 * several units apart, which single moves and exchanges pass only through worse plans.
 *
 * <p>{@link #restarts} repeats it from several short late-acceptance searches (other seeds) from the same first plan: the local
 * optima differ by start (on S-STAB-t0.25-s1, 5,937, the optimum, from about half of them; 5,979 to 6,003 from the others), so
 * several starts find the best of them more surely than one longer search.
 */
final class ExactDescent {

    /** The most requirements chosen again at once: sets of four take about as long as all sets of two and three together. */
    static final int MOST_REQUIREMENTS = 3;

    /** Each restart's late-acceptance search takes one part in this many of the budget. */
    static final int RESTART_SHARE_DIVISOR = 50;

    /**
     * The first restart's late-acceptance search takes one part in this many of the budget: a longer search leads where short ones
     * rarely do (on S-STAB-t0.25-s2, whose descents from short searches end 0.6% to 6% above its optimum).
     */
    static final int FIRST_SHARE_DIVISOR = 5;

    private ExactDescent() {
    }

    /**
     * The plan made better by re-choosing sets of two, then three requirements' units exactly, until none makes it better, the
     * {@code deadline} ({@link System#nanoTime()}) passes or {@code progress} asks to stop; never worse than {@code start}.
     */
    static ForcePlan descend(ForceProblem problem, ForcePlan start, long deadline, Progress progress) {
        return descend(problem, setsOf(problem), start, deadline, progress);
    }

    /** {@link #descend(ForceProblem, ForcePlan, long, Progress)} over {@code sets}, the problem's {@link #setsOf}, built once for many descents. */
    private static ForcePlan descend(ForceProblem problem, List<List<boolean[]>> sets, ForcePlan start, long deadline, Progress progress) {
        ForcePlan plan = start;
        double objective = Objective.evaluate(problem, plan).objective();
        int level = 0;
        while (level < sets.size()) {
            boolean improved = false;
            for (boolean[] free : sets.get(level)) {
                if (System.nanoTime() > deadline || progress.stopRequested()) {
                    return plan;
                }
                // Cut at this plan's own objective, not at the best elsewhere: a plan better than this one is a step down.
                ExactSearch.Outcome outcome = ExactSearch.searchAround(problem, plan, free, ExactSearch.Limits.until(deadline, progress),
                        () -> Double.POSITIVE_INFINITY);
                if (outcome.objective() < objective - 1e-6) {
                    plan = outcome.plan();
                    objective = outcome.objective();
                    improved = true;
                }
            }
            if (!improved) {
                level++;
            }
        }
        return plan;
    }

    /**
     * Until {@code budget} is spent or a request to stop: a late-acceptance search from {@code first} (a fifth of the budget the first
     * time, a fiftieth after; a new seed each time), then {@link #descend}; the best plan of them all, never worse than {@code first}. The seeds are {@code seed} and every second
     * one after it (the {@link ForceGenerator}'s other core searches with {@code seed + 1}).
     */
    static ForcePlan restarts(ForceProblem problem, ForcePlan first, Duration budget, long seed, Progress progress) {
        long deadline = System.nanoTime() + budget.toNanos();
        Duration search = budget.dividedBy(RESTART_SHARE_DIVISOR);
        Duration firstSearch = budget.dividedBy(FIRST_SHARE_DIVISOR);
        List<List<boolean[]>> sets = setsOf(problem);
        ForcePlan best = first;
        double bestObjective = Objective.evaluate(problem, first).objective();
        for (long restart = 0; System.nanoTime() < deadline && !progress.stopRequested(); restart++) {
            Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
            Duration searching = restart == 0 ? firstSearch : search;
            ForcePlan start = LocalSearch.improve(problem, first, left.compareTo(searching) < 0 ? left : searching, LocalSearch.Strategy.LATE_ACCEPTANCE,
                    seed + 2 * restart, progress).plan();
            ForcePlan plan = descend(problem, sets, start, deadline, progress);
            double objective = Objective.evaluate(problem, plan).objective();
            if (objective < bestObjective) {
                best = plan;
                bestObjective = objective;
            }
        }
        return best;
    }

    /**
     * The sets of requirements a descent re-chooses, as masks: every set of two of the problem's requirements (of one, where it has
     * only one), then every set of three, up to {@link #MOST_REQUIREMENTS} and the number of requirements.
     */
    private static List<List<boolean[]>> setsOf(ForceProblem problem) {
        int requirements = problem.requirements().size();
        List<List<boolean[]>> sets = new ArrayList<>();
        for (int size = Math.min(2, requirements); size <= Math.min(MOST_REQUIREMENTS, requirements); size++) {
            sets.add(sets(requirements, size));
        }
        return sets;
    }

    /** Every set of {@code size} of {@code n} requirements, as masks, in lexicographic order. */
    private static List<boolean[]> sets(int n, int size) {
        List<boolean[]> sets = new ArrayList<>();
        int[] chosen = new int[size];
        for (int i = 0; i < size; i++) {
            chosen[i] = i;
        }
        while (size > 0) {
            boolean[] free = new boolean[n];
            for (int r : chosen) {
                free[r] = true;
            }
            sets.add(free);
            int i = size - 1;
            while (i >= 0 && chosen[i] == n - size + i) {
                i--;
            }
            if (i < 0) {
                break;
            }
            chosen[i]++;
            for (int j = i + 1; j < size; j++) {
                chosen[j] = chosen[j - 1] + 1;
            }
        }
        return sets;
    }
}
