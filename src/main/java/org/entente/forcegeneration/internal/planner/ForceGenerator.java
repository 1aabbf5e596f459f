package org.entente.forcegeneration.internal.planner;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.entente.forcegeneration.Evaluation;
import org.entente.forcegeneration.ForcePlan;
import org.entente.forcegeneration.ForceProblem;
import org.entente.forcegeneration.Objective;
import org.entente.forcegeneration.Progress;

/**
 * Entente's planner, a small portfolio: the arrival-aware construction ({@link ArrivalBoundConstruction}, never
 * worse than the plain greedy's; within a tenth of the budget, and a quarter of a second at most) gives a feasible plan at
 * once, its first reported plan; then, each on its own core until the budget is spent, two searches improve it and the best
 * plan wins (by {@link Objective}): the searches keep their best, and the construction's plan is a candidate too, so the
 * result is never worse than the first plan. The first search is the late-acceptance local search; where the exact search runs,
 * short late-acceptance searches from the first plan, each made better by the exact descent ({@link ExactDescent#restarts}). On a
 * small problem the second is the exact search ({@link ExactSearch}), from the plan a late-acceptance search makes in an eighth of the time; it
 * cuts at the best objective either search has and, once it has proved that no plan is better than the best of the two, ends
 * both (the result says the plan is proved optimal). Where the exact search's shortcut does not hold for the weights, the
 * second is the late-acceptance search from the plan Timefold Solver makes in the first tenth of its time (a different start).
 * On a larger problem the second is the local search climbing, which converges sooner within a short budget, from the plain
 * greedy's plan (a second start: where the burden term dominates, as on M-HIGH-t0.60-s1, the search from it lands on the
 * better plateau). With one core, the late-acceptance search alone.
 */
public final class ForceGenerator {

    /**
     * The plan, its evaluation, which member of the portfolio found it, whether the exact search proved that no plan is better, when the
     * first feasible plan was there, and the wall time.
     */
    public record Result(ForcePlan plan, Evaluation evaluation, String foundBy, boolean provedOptimal, Duration firstFeasible, Duration wall) {
    }

    /** On a small problem, the second core gives the exact search's start one part in this many of its time. */
    static final int EXACT_START_DIVISOR = 8;

    /**
     * The arrival-aware construction makes no more plans after one part in this many of the budget, and after this long at most:
     * on L its every plan takes tens of milliseconds, and the searches need the budget more (it then gives the best plan made).
     */
    static final int CONSTRUCTION_SHARE_DIVISOR = 10;
    static final Duration CONSTRUCTION_LIMIT = Duration.ofMillis(250);

    /** On a small problem, the second core gives Timefold Solver one part in this many of its time to make its plan. */
    static final int TIMEFOLD_SHARE_DIVISOR = 10;

    private ForceGenerator() {
    }

    public static Result plan(ForceProblem problem, Duration budget, long seed) {
        return plan(problem, budget, seed, Progress.NONE);
    }

    /** As above, telling {@code progress} of each new best plan (from either core) and stopping early when it asks. */
    public static Result plan(ForceProblem problem, Duration budget, long seed, Progress progress) {
        long began = System.nanoTime();
        Duration constructing = budget.dividedBy(CONSTRUCTION_SHARE_DIVISOR);
        ArrivalBoundConstruction.Construction construction = ArrivalBoundConstruction.build(problem,
                began + (constructing.compareTo(CONSTRUCTION_LIMIT) < 0 ? constructing : CONSTRUCTION_LIMIT).toNanos());
        ForcePlan first = construction.plan();
        String constructed = construction.bound().isPresent() ? "greedy, arrival bound " + construction.bound().getAsInt() + " h" : "greedy";
        Duration firstFeasible = Duration.ofNanos(System.nanoTime() - began);
        progress.improved(construction.evaluation().objective());
        Duration remaining = budget.minus(firstFeasible);
        if (remaining.isNegative() || remaining.isZero()) {
            return new Result(first, construction.evaluation(), constructed, false, firstFeasible, Duration.ofNanos(System.nanoTime() - began));
        }
        record Candidate(String by, ForcePlan plan) {
        }
        List<Candidate> candidates = new ArrayList<>();
        boolean proved = false;
        if (Runtime.getRuntime().availableProcessors() < 2) {
            candidates.add(new Candidate("late acceptance",
                    LocalSearch.improve(problem, first, remaining, LocalSearch.Strategy.LATE_ACCEPTANCE, seed, progress).plan()));
        } else {
            boolean exact = LocalSearch.small(problem) && ExactSearch.applies(problem);
            Shared shared = new Shared(progress, construction.evaluation().objective());
            try (ExecutorService cores = Executors.newFixedThreadPool(2)) {
                // Where the exact search runs, the first core restarts short late-acceptance searches, each made better by the exact
                // descent: on a small problem, several starts find the best local optimum more surely than one long search.
                Future<ForcePlan> local = exact
                        ? cores.submit(() -> ExactDescent.restarts(problem, first, remaining, seed, shared))
                        : cores.submit(() -> LocalSearch.improve(problem, first, remaining, LocalSearch.Strategy.LATE_ACCEPTANCE, seed, shared).plan());
                if (exact) {
                    long deadline = began + budget.toNanos();
                    Future<ExactSearch.Outcome> second = cores.submit(() -> {
                        try {
                            // The exact search tries the best plan's units first: it starts from a plan a short search has made better.
                            ForcePlan start = LocalSearch.improve(problem, first, remaining.dividedBy(EXACT_START_DIVISOR), LocalSearch.Strategy.LATE_ACCEPTANCE,
                                    seed + 1, shared).plan();
                            ExactSearch.Outcome outcome = ExactSearch.search(problem, start, ExactSearch.Limits.until(deadline, shared), shared::best);
                            if (outcome.proved()) {
                                shared.proved();
                            }
                            return outcome;
                        } catch (RuntimeException failed) {
                            // The exact search only adds to the local search's plan: without it, that plan stands, unproved.
                            System.getLogger(ForceGenerator.class.getName()).log(System.Logger.Level.WARNING, "the exact search failed", failed);
                            return new ExactSearch.Outcome(first, construction.evaluation().objective(), false, 0);
                        }
                    });
                    candidates.add(new Candidate("late acceptance, exact descent", local.get()));
                    ExactSearch.Outcome outcome = second.get();
                    candidates.add(new Candidate("exact search", outcome.plan()));
                    proved = outcome.proved();
                } else {
                    boolean small = LocalSearch.small(problem);
                    Future<ForcePlan> second = small
                            ? cores.submit(() -> fromTimefold(problem, first, remaining, seed + 1, shared))
                            : cores.submit(() -> LocalSearch.improve(problem, construction.greedy(), remaining, LocalSearch.Strategy.CLIMBING, seed + 1, shared).plan());
                    candidates.add(new Candidate("late acceptance", local.get()));
                    candidates.add(new Candidate(small ? "timefold, then late acceptance" : "climbing", second.get()));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                throw new IllegalStateException("a planner failed", e.getCause());
            }
        }
        // Last, so that a search's plan as good wins the tie: the first plan, which no result is worse than.
        candidates.add(new Candidate(constructed, first));
        Candidate best = candidates.stream().min(Comparator.comparingDouble(c -> Objective.evaluate(problem, c.plan()).objective())).orElseThrow();
        return new Result(best.plan(), Objective.evaluate(problem, best.plan()), best.by(), proved, firstFeasible, Duration.ofNanos(System.nanoTime() - began));
    }

    /**
     * What the two searches share: the best objective either has (the exact search cuts at it), and, once the exact search has proved
     * that none is better, a request to stop; the caller's progress hears of every new best and may still ask both to stop.
     */
    private static final class Shared implements Progress {

        private final Progress caller;
        private double best;
        private volatile boolean proved;

        Shared(Progress caller, double start) {
            this.caller = caller;
            this.best = start;
        }

        synchronized double best() {
            return best;
        }

        void proved() {
            proved = true;
        }

        @Override
        public boolean stopRequested() {
            return proved || caller.stopRequested();
        }

        @Override
        public void improved(double objective) {
            synchronized (this) {
                if (objective >= best) {
                    return;
                }
                best = objective;
            }
            caller.improved(objective);
        }
    }

    /** Timefold Solver's plan (completing the construction's) within a tenth of the budget, then the late-acceptance search from it for the rest. */
    private static ForcePlan fromTimefold(ForceProblem problem, ForcePlan first, Duration budget, long seed, Progress progress) {
        long deadline = System.nanoTime() + budget.toNanos();
        ForcePlan start;
        try {
            start = TimefoldPlanner.solve(problem, first, budget.dividedBy(TIMEFOLD_SHARE_DIVISOR), seed, progress).plan();
        } catch (RuntimeException failed) {
            // Timefold only gives this search its start: without it, the search starts from the first plan.
            System.getLogger(ForceGenerator.class.getName()).log(System.Logger.Level.WARNING, "Timefold Solver failed; searching from the first plan", failed);
            start = first;
        }
        Duration rest = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
        return LocalSearch.improve(problem, start, rest, LocalSearch.Strategy.LATE_ACCEPTANCE, seed, progress).plan();
    }
}
