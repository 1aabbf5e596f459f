package org.entente.forcegeneration.internal.planner;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import org.entente.forcegeneration.ForcePlan;
import org.entente.forcegeneration.ForceProblem;
import org.entente.forcegeneration.Objective;
import org.entente.forcegeneration.Progress;

/**
 * Timefold Solver on the force-generation problem, wired by hand (no Spring Boot starter): its
 * construction heuristic completes the plan it starts from, then its local search (late acceptance)
 * improves it until the budget is spent. The constraints are {@link ForceConstraints}; the plan it
 * returns is scored again by {@link Objective}.
 */
public final class TimefoldPlanner {

    private TimefoldPlanner() {
    }

    /** Solves until {@code budget} from now has passed, the time to build the solver included. */
    public static LocalSearch.Outcome solve(ForceProblem problem, ForcePlan start, Duration budget, long seed) {
        return solve(problem, start, budget, seed, Progress.NONE);
    }

    /** As above, telling {@code progress} of each new best plan, and stopping early at one when it asks. */
    public static LocalSearch.Outcome solve(ForceProblem problem, ForcePlan start, Duration budget, long seed, Progress progress) {
        long began = System.nanoTime();
        SolverConfig config = new SolverConfig()
                .withSolutionClass(ForceSchedule.class)
                .withEntityClasses(UnitAssignment.class)
                .withConstraintProviderClass(ForceConstraints.class)
                .withEnvironmentMode(EnvironmentMode.NON_REPRODUCIBLE)
                .withRandomSeed(seed);
        SolverFactory<ForceSchedule> factory = SolverFactory.create(config);
        ForceSchedule schedule = Schedules.of(problem, start);
        long left = budget.toMillis() - Duration.ofNanos(System.nanoTime() - began).toMillis();
        Solver<ForceSchedule> solver = factory.buildSolver(new SolverConfigOverride<ForceSchedule>()
                .withTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofMillis(Math.max(1, left)))));
        long[] bestAt = {System.nanoTime()};
        solver.addEventListener(event -> {
            bestAt[0] = System.nanoTime();
            progress.improved(Schedules.objective(event.getNewBestSolution()));
            if (progress.stopRequested()) {
                solver.terminateEarly();
            }
        });
        // Asked to stop while no better plan comes: a watcher ends the solve.
        Thread watcher = Thread.ofVirtual().start(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(200);
                    if (progress.stopRequested()) {
                        solver.terminateEarly();
                        return;
                    }
                }
            } catch (InterruptedException done) {
                Thread.currentThread().interrupt();
            }
        });
        ForceSchedule best;
        try {
            best = solver.solve(schedule);
        } finally {
            watcher.interrupt();
        }
        ForcePlan plan = Schedules.plan(problem, best);
        return new LocalSearch.Outcome(plan, Objective.evaluate(problem, plan).objective(), 0, Duration.ofNanos(bestAt[0] - began));
    }
}
