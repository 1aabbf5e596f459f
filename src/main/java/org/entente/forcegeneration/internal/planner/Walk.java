package org.entente.forcegeneration.internal.planner;

import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import org.entente.forcegeneration.ForcePlan;
import org.entente.forcegeneration.ForceProblem;
import org.entente.forcegeneration.Progress;

/**
 * What a local search's moves share: the problem, the plan being changed ({@link PlanState}), the
 * seeded random draws, the steps counted, and the acceptance rule that keeps a change or has the move
 * undo it, with what it remembers (the objective of each of the last {@link #HISTORY} steps, for late
 * acceptance, and the best plan so far).
 */
final class Walk {

    static final int HISTORY = 5_000;

    final ForceProblem problem;
    final PlanState state;
    final Random random;
    final long began = System.nanoTime();
    private final LocalSearch.Strategy strategy;
    private final Progress progress;
    private final double[] history = new double[HISTORY];
    private final int[] bestAssignment;
    private double current;
    private double best;
    private long bestAt = began;
    private long moves;
    private long lastBestMove;

    Walk(ForceProblem problem, ForcePlan start, LocalSearch.Strategy strategy, long seed, Progress progress) {
        this.problem = problem;
        this.state = new PlanState(problem, start);
        this.strategy = strategy;
        this.progress = progress;
        this.random = new Random(seed);
        this.current = state.objective();
        this.best = current;
        this.bestAssignment = state.assignment().clone();
        Arrays.fill(history, current);
    }

    /** Begins the next step and returns its number (from 1). */
    long step() {
        return ++moves;
    }

    long moves() {
        return moves;
    }

    long movesSinceBest() {
        return moves - lastBestMove;
    }

    double current() {
        return current;
    }

    /** Whether the rule takes a plan of objective {@code candidate}: no worse than the current plan, or (late acceptance) than the plan {@link #HISTORY} steps ago. */
    boolean accepts(double candidate) {
        return switch (strategy) {
            case BASELINE, CLIMBING -> candidate <= current;
            case LATE_ACCEPTANCE -> candidate <= current || candidate <= history[(int) (moves % HISTORY)];
        };
    }

    /**
     * Ends a step whose change is made: keeps it if {@code allowed} and the rule accepts the plan, and
     * says whether it did; if not, the move undoes its change.
     */
    boolean settle(boolean allowed) {
        boolean kept = allowed && accepts(state.objective());
        if (kept) {
            keep();
        }
        remember();
        return kept;
    }

    /** Ends a step of one unit to {@code to}, judged by its delta before it is made, and made only if kept. */
    void settleSingle(int u, int to) {
        if (accepts(current + state.delta(u, to))) {
            state.move(u, to);
            keep();
        }
        remember();
    }

    private void keep() {
        current = state.objective();
        if (current < best - 1e-9) {
            best = current;
            System.arraycopy(state.assignment(), 0, bestAssignment, 0, bestAssignment.length);
            bestAt = System.nanoTime();
            lastBestMove = moves;
            progress.improved(best);
        }
    }

    private void remember() {
        history[(int) (moves % HISTORY)] = current;
    }

    /** Puts the plan back to {@code assignment}, unit by unit. */
    void restore(int[] assignment) {
        for (int u = 0; u < assignment.length; u++) {
            if (state.requirementOf(u) != assignment[u]) {
                state.move(u, ForcePlan.UNASSIGNED);
            }
        }
        for (int u = 0; u < assignment.length; u++) {
            if (state.requirementOf(u) != assignment[u]) {
                state.move(u, assignment[u]);
            }
        }
    }

    /** Puts the plan back to the best found so far. */
    void backToBest() {
        restore(bestAssignment);
    }

    /** Walks on from the plan as it is, the acceptance's memory reset to it, as if it had just been found. */
    void restart() {
        current = state.objective();
        Arrays.fill(history, current);
        lastBestMove = moves;
    }

    LocalSearch.Outcome outcome() {
        return new LocalSearch.Outcome(new ForcePlan(bestAssignment), best, moves, Duration.ofNanos(bestAt - began));
    }
}
