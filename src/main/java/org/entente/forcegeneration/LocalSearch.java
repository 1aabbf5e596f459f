package org.entente.forcegeneration;

import java.time.Duration;
import java.util.Arrays;
import java.util.Random;

/**
 * Improves a plan within a time budget by moving units between requirements. Four moves, each on a
 * random requirement: bring in an eligible unit (from nowhere or from another requirement), send one of
 * its units away, replace one of its units by an eligible unit (the one replaced going where the
 * newcomer was, if it may, or out), and swap one of its units with one of another requirement's.
 *
 * <p>Three strategies. {@link Strategy#BASELINE} keeps only changes that do not worsen the plan, with
 * those four moves alone: the textbook local search, the benchmark's baseline.
 * {@link Strategy#LATE_ACCEPTANCE} is Entente's: it also keeps a change no worse than the plan of a
 * fixed number of steps ago (so it walks across plateaus), spends about a tenth of its time on ruin and
 * recreate (a requirement refilled greedily, or the latest units replaced by earlier ones so the force
 * arrives sooner), and after a long stagnation goes back to its best plan and shakes it.
 * {@link Strategy#CLIMBING} does the same but keeps only changes that do not worsen the plan, which
 * converges sooner on a large problem with a short budget.
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

    private static final int HISTORY = 5_000;
    /** Moves without a new best after which the search goes back to the best plan and shakes it. */
    private static final long STAGNATION = 1_000_000;

    private LocalSearch() {
    }

    public static Outcome improve(ForceProblem problem, ForcePlan start, Duration budget, Strategy strategy, long seed) {
        return improve(problem, start, budget, strategy, seed, Progress.NONE);
    }

    /** As above, telling {@code progress} of each new best plan and stopping early when it asks. */
    public static Outcome improve(ForceProblem problem, ForcePlan start, Duration budget, Strategy strategy, long seed, Progress progress) {
        return new Search(problem, start, strategy, seed, progress).run(System.nanoTime() + budget.toNanos());
    }

    private static final class Search {

        private final ForceProblem problem;
        private final PlanState state;
        private final Strategy strategy;
        private final Progress progress;
        private final Random random;
        private final long began = System.nanoTime();
        private final double[] history = new double[HISTORY];
        private final int[] bestAssignment;
        private double current;
        private double best;
        private long bestAt = began;
        private long moves;
        private long recreating;
        private long lastBestMove;

        Search(ForceProblem problem, ForcePlan start, Strategy strategy, long seed, Progress progress) {
            this.progress = progress;
            this.problem = problem;
            this.state = new PlanState(problem, start);
            this.strategy = strategy;
            this.random = new Random(seed);
            this.current = state.objective();
            this.best = current;
            this.bestAssignment = state.assignment().clone();
            Arrays.fill(history, current);
        }

        Outcome run(long deadline) {
            int requirements = problem.requirements().size();
            while (requirements > 0) {
                if ((moves & 255) == 0 && (System.nanoTime() >= deadline || (moves & 65535) == 0 && progress.stopRequested())) {
                    break;
                }
                moves++;
                boolean full = strategy != Strategy.BASELINE;
                if (full && moves - lastBestMove > STAGNATION) {
                    kick();
                }
                int r = random.nextInt(requirements);
                if (full && (moves & 127) == 0 && recreating * 10 < System.nanoTime() - began) {
                    // Ruin and recreate, kept to about a tenth of the time: it is costly on large problems.
                    long start = System.nanoTime();
                    recreate(random.nextBoolean() ? -1 : r);
                    recreating += System.nanoTime() - start;
                    continue;
                }
                switch (random.nextInt(4)) {
                    case 0 -> bringIn(r);
                    case 1 -> sendAway(r);
                    case 2 -> replace(r);
                    default -> swap(r, random.nextInt(requirements));
                }
            }
            return new Outcome(new ForcePlan(bestAssignment), best, moves, Duration.ofNanos(bestAt - began));
        }

        private void bringIn(int r) {
            int[] eligible = problem.unitsOf(r);
            if (eligible.length == 0) {
                return;
            }
            int u = eligible[random.nextInt(eligible.length)];
            if (state.requirementOf(u) != r && state.fits(u, r)) {
                single(u, r);
            }
        }

        private void sendAway(int r) {
            if (state.members(r) > 0) {
                single(state.member(r, random.nextInt(state.members(r))), ForcePlan.UNASSIGNED);
            }
        }

        /** One unit to {@code to}, judged by its delta before it is made. */
        private void single(int u, int to) {
            double candidate = current + state.delta(u, to);
            if (accept(candidate)) {
                state.move(u, to);
                current = state.objective();
                improved();
            }
            remember();
        }

        private void replace(int r) {
            int[] eligible = problem.unitsOf(r);
            if (state.members(r) == 0 || eligible.length == 0) {
                return;
            }
            int out = state.member(r, random.nextInt(state.members(r)));
            int in = eligible[random.nextInt(eligible.length)];
            int inFrom = state.requirementOf(in);
            if (inFrom == r) {
                return;
            }
            int outTo = inFrom != ForcePlan.UNASSIGNED && problem.requirements().get(inFrom).accepts(problem.units().get(out)) ? inFrom : ForcePlan.UNASSIGNED;
            state.move(out, outTo);
            state.move(in, r);
            if (state.withinCap(in) && state.withinCap(out) && accept(state.objective())) {
                current = state.objective();
                improved();
            } else {
                state.move(in, inFrom);
                state.move(out, r);
            }
            remember();
        }

        private void swap(int r1, int r2) {
            if (r1 == r2 || state.members(r1) == 0 || state.members(r2) == 0) {
                return;
            }
            int u1 = state.member(r1, random.nextInt(state.members(r1)));
            int u2 = state.member(r2, random.nextInt(state.members(r2)));
            if (!problem.requirements().get(r2).accepts(problem.units().get(u1)) || !problem.requirements().get(r1).accepts(problem.units().get(u2))) {
                return;
            }
            state.move(u1, r2);
            state.move(u2, r1);
            if (accept(state.objective())) {
                current = state.objective();
                improved();
            } else {
                state.move(u2, r2);
                state.move(u1, r1);
            }
            remember();
        }

        /**
         * Ruin and recreate: every unit of requirement {@code r} sent away and the requirement filled
         * again greedily; or, for {@code r} = -1, every unit that arrives last sent away and each of their
         * requirements filled again with units that arrive earlier, so the whole force arrives sooner.
         */
        private void recreate(int r) {
            int[] undoUnit = new int[64];
            int[] undoFrom = new int[64];
            int changes = 0;
            int limit = Integer.MAX_VALUE;
            int[] targets;
            if (r < 0) {
                int latest = state.maxArrival();
                if (latest == 0) {
                    return;
                }
                limit = latest - 1;
                targets = state.requirementsWithArrival(latest);
            } else {
                if (state.members(r) == 0) {
                    return;
                }
                targets = new int[] {r};
            }
            for (int target : targets) {
                for (int i = state.members(target) - 1; i >= 0; i--) {
                    int u = state.member(target, i);
                    if (r >= 0 || problem.units().get(u).arrivalHours() > limit) {
                        if (changes == undoUnit.length) {
                            undoUnit = Arrays.copyOf(undoUnit, changes * 2);
                            undoFrom = Arrays.copyOf(undoFrom, changes * 2);
                        }
                        undoUnit[changes] = u;
                        undoFrom[changes++] = target;
                        state.move(u, ForcePlan.UNASSIGNED);
                    }
                }
            }
            for (int target : targets) {
                while (true) {
                    // The best unit, or now and then the second best, so that recreating twice can differ.
                    int bestUnit = -1;
                    int secondUnit = -1;
                    double bestDelta = 0;
                    double secondDelta = 0;
                    for (int u : problem.unitsOf(target)) {
                        if (state.requirementOf(u) == ForcePlan.UNASSIGNED && problem.units().get(u).arrivalHours() <= limit && state.fits(u, target)) {
                            double delta = state.delta(u, target);
                            if (delta < bestDelta) {
                                secondDelta = bestDelta;
                                secondUnit = bestUnit;
                                bestDelta = delta;
                                bestUnit = u;
                            } else if (delta < secondDelta) {
                                secondDelta = delta;
                                secondUnit = u;
                            }
                        }
                    }
                    if (bestUnit < 0) {
                        break;
                    }
                    if (secondUnit >= 0 && random.nextInt(4) == 0) {
                        bestUnit = secondUnit;
                    }
                    if (changes == undoUnit.length) {
                        undoUnit = Arrays.copyOf(undoUnit, changes * 2);
                        undoFrom = Arrays.copyOf(undoFrom, changes * 2);
                    }
                    undoUnit[changes] = bestUnit;
                    undoFrom[changes++] = ForcePlan.UNASSIGNED;
                    state.move(bestUnit, target);
                }
            }
            if (accept(state.objective())) {
                current = state.objective();
                improved();
            } else {
                for (int i = changes - 1; i >= 0; i--) {
                    state.move(undoUnit[i], undoFrom[i]);
                }
            }
            remember();
        }

        /**
         * Back to the best plan, shaken: a few units sent away or brought in regardless of cost, and the
         * acceptance's memory reset to the shaken plan, so the search leaves the basin it was stuck in.
         */
        private void kick() {
            for (int u = 0; u < bestAssignment.length; u++) {
                if (state.requirementOf(u) != bestAssignment[u]) {
                    state.move(u, ForcePlan.UNASSIGNED);
                }
            }
            for (int u = 0; u < bestAssignment.length; u++) {
                if (state.requirementOf(u) != bestAssignment[u]) {
                    state.move(u, bestAssignment[u]);
                }
            }
            int requirements = problem.requirements().size();
            for (int k = 0, kicks = 2 + random.nextInt(5); k < kicks; k++) {
                int r = random.nextInt(requirements);
                int[] eligible = problem.unitsOf(r);
                if (eligible.length == 0) {
                    continue;
                }
                int u = eligible[random.nextInt(eligible.length)];
                int to = state.requirementOf(u) == r ? ForcePlan.UNASSIGNED : r;
                if (state.fits(u, to)) {
                    state.move(u, to);
                }
            }
            current = state.objective();
            Arrays.fill(history, current);
            lastBestMove = moves;
        }

        private boolean accept(double candidate) {
            return switch (strategy) {
                case BASELINE, CLIMBING -> candidate <= current;
                case LATE_ACCEPTANCE -> candidate <= current || candidate <= history[(int) (moves % HISTORY)];
            };
        }

        private void remember() {
            history[(int) (moves % HISTORY)] = current;
        }

        private void improved() {
            if (current < best - 1e-9) {
                best = current;
                System.arraycopy(state.assignment(), 0, bestAssignment, 0, bestAssignment.length);
                bestAt = System.nanoTime();
                lastBestMove = moves;
                progress.improved(best);
            }
        }
    }
}
