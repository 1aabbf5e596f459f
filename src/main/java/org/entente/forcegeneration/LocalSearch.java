package org.entente.forcegeneration;

import java.time.Duration;
import java.util.Random;

/**
 * Improves a plan within a time budget by moving units: one unit in or out of a requirement, or one
 * unit taking another's place (the displaced unit going where the newcomer was, if it may, or out).
 * Each candidate is kept or undone by the acceptance: plain hill climbing (the benchmark's baseline), or
 * late acceptance, which also keeps a change no worse than the plan of a fixed number of steps ago and
 * so walks across plateaus (Entente's planner). National caps are never exceeded. Seeded, so a run can
 * be repeated.
 */
public final class LocalSearch {

    public enum Acceptance {
        HILL_CLIMBING, LATE_ACCEPTANCE
    }

    /** The best plan found, its objective, how many moves were tried, and when the best was found. */
    public record Outcome(ForcePlan plan, double objective, long moves, Duration bestFoundAfter) {
    }

    private static final int HISTORY = 2_000;

    private LocalSearch() {
    }

    public static Outcome improve(ForceProblem problem, ForcePlan start, Duration budget, Acceptance acceptance, long seed) {
        long began = System.nanoTime();
        long deadline = began + budget.toNanos();
        PlanState state = new PlanState(problem, start);
        Random random = new Random(seed);
        int requirements = problem.requirements().size();
        double current = state.objective();
        double best = current;
        int[] bestAssignment = state.assignment().clone();
        long bestAt = System.nanoTime();
        double[] history = new double[HISTORY];
        java.util.Arrays.fill(history, current);
        long moves = 0;
        if (requirements == 0) {
            return new Outcome(start, current, 0, Duration.ZERO);
        }
        while (true) {
            if ((moves & 255) == 0 && System.nanoTime() >= deadline) {
                break;
            }
            moves++;
            int r = random.nextInt(requirements);
            int[] eligible = problem.unitsOf(r);
            if (eligible.length == 0) {
                continue;
            }
            int u = eligible[random.nextInt(eligible.length)];
            int from = state.requirementOf(u);
            double candidate;
            int displaced = -1;
            int displacedFrom = ForcePlan.UNASSIGNED;
            if (from != r && random.nextBoolean()) {
                // u takes the place of a unit serving r; that unit goes where u was, if it may, or out.
                int v = eligible[random.nextInt(eligible.length)];
                if (state.requirementOf(v) != r || v == u) {
                    continue;
                }
                displaced = v;
                displacedFrom = r;
                int vTo = from != ForcePlan.UNASSIGNED && problem.requirements().get(from).accepts(problem.units().get(v)) ? from : ForcePlan.UNASSIGNED;
                state.move(v, vTo);
                state.move(u, r);
                if (!state.withinCap(u) || !state.withinCap(v)) {
                    state.move(u, from);
                    state.move(v, displacedFrom);
                    continue;
                }
                candidate = state.objective();
            } else {
                int to = from == r ? ForcePlan.UNASSIGNED : r;
                if (!state.fits(u, to)) {
                    continue;
                }
                candidate = current + state.delta(u, to);
                if (!accept(acceptance, candidate, current, history, moves)) {
                    continue;
                }
                state.move(u, to);
                current = state.objective();
                history[(int) (moves % HISTORY)] = current;
                if (current < best - 1e-9) {
                    best = current;
                    System.arraycopy(state.assignment(), 0, bestAssignment, 0, bestAssignment.length);
                    bestAt = System.nanoTime();
                }
                continue;
            }
            if (accept(acceptance, candidate, current, history, moves)) {
                current = candidate;
                if (current < best - 1e-9) {
                    best = current;
                    System.arraycopy(state.assignment(), 0, bestAssignment, 0, bestAssignment.length);
                    bestAt = System.nanoTime();
                }
            } else {
                state.move(u, from);
                state.move(displaced, displacedFrom);
            }
            history[(int) (moves % HISTORY)] = current;
        }
        return new Outcome(new ForcePlan(bestAssignment), best, moves, Duration.ofNanos(bestAt - began));
    }

    private static boolean accept(Acceptance acceptance, double candidate, double current, double[] history, long move) {
        return switch (acceptance) {
            case HILL_CLIMBING -> candidate <= current;
            case LATE_ACCEPTANCE -> candidate <= current || candidate <= history[(int) (move % HISTORY)];
        };
    }
}
