package org.entente.forcegeneration.internal.planner;

import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import org.entente.forcegeneration.ForcePlan;
import org.entente.forcegeneration.ForceProblem;
import org.entente.forcegeneration.Progress;
import org.entente.forcegeneration.Requirement;
import org.entente.forcegeneration.Weights;

/**
 * Improves a plan within a time budget by moving units between requirements. Four moves, each on a
 * random requirement: bring in an eligible unit (from nowhere or from another requirement), send one of
 * its units away, replace one of its units by an eligible unit (the one replaced going where the
 * newcomer was, if it may, or out), and swap one of its units with one of another requirement's.
 *
 * <p>Three strategies. {@link Strategy#BASELINE} keeps only changes that do not worsen the plan, with
 * those four moves alone: the textbook local search, the benchmark's baseline.
 * {@link Strategy#LATE_ACCEPTANCE} is Entente's: it also keeps a change no worse than the plan of a
 * fixed number of steps ago (so it walks across plateaus), spends part of its time on ruin and recreate
 * (a requirement, two requirements, or everything one state contributes, refilled greedily; or the latest
 * units replaced by earlier ones so the force arrives sooner), and after a long stagnation goes back to
 * its best plan and shakes it. {@link Strategy#CLIMBING} does the same but keeps only changes that do not
 * worsen the plan, which converges sooner on a large problem with a short budget.
 *
 * <p>On a small problem (up to {@link #SMALL_UP_TO_PAIRS} eligible pairs) these two also make costlier
 * moves: exchanges of two units for one and one for two (which keep a requirement covered while changing
 * how many units cover it, where single moves would pass through a shortfall), and now and then a
 * requirement's best set of units searched exhaustively; and they give ruin and recreate a quarter of
 * their time rather than a tenth.
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
    /**
     * Up to this many eligible unit-requirement pairs a problem is small: the search can afford the
     * costlier moves (exchanges, requirements re-optimized exhaustively) and more ruin and recreate.
     */
    private static final long SMALL_UP_TO_PAIRS = 2_000;
    /** How many free units an exchange weighs for the unit it brings in last. */
    private static final int EXCHANGE_DRAWS = 16;
    /** How many free units {@link Search#reoptimize} considers besides the requirement's own, and how many sets it looks at, at most. */
    private static final int REOPTIMIZE_CANDIDATES = 16;
    private static final long REOPTIMIZE_NODES = 200_000;

    private LocalSearch() {
    }

    public static Outcome improve(ForceProblem problem, ForcePlan start, Duration budget, Strategy strategy, long seed) {
        return improve(problem, start, budget, strategy, seed, Progress.NONE);
    }

    /** As above, telling {@code progress} of each new best plan and stopping early when it asks. */
    public static Outcome improve(ForceProblem problem, ForcePlan start, Duration budget, Strategy strategy, long seed, Progress progress) {
        return new Search(problem, start, strategy, seed, progress).run(System.nanoTime() + budget.toNanos());
    }

    /** Whether {@code problem} is small enough for the costlier moves (and for Timefold's start in {@link ForceGenerator}). */
    static boolean small(ForceProblem problem) {
        return problem.eligiblePairs() <= SMALL_UP_TO_PAIRS;
    }

    /** The plan with requirement {@code r}'s units chosen again by the exhaustive search the searches use on small problems. */
    static ForcePlan withBestSetFor(ForceProblem problem, ForcePlan plan, int r) {
        Search search = new Search(problem, plan, Strategy.CLIMBING, 0, Progress.NONE);
        search.reoptimize(r);
        return search.state.plan();
    }

    private static final class Search {

        private final ForceProblem problem;
        private final PlanState state;
        private final Strategy strategy;
        /** Whether the costlier moves are made: on small problems, by the strategies other than the baseline. */
        private final boolean intensive;
        /**
         * Whether the exhaustive search's shortcuts hold: a person over, or short, costs at least what it can
         * take off a burden deviation (true of the benchmark's and the product's weights).
         */
        private final boolean boundHolds;
        /** Ruin and recreate takes about one part in this many of the time. */
        private final long ruinShare;
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
            this.intensive = strategy != Strategy.BASELINE && small(problem);
            Weights w = problem.weights();
            this.boundHolds = w.overcommitPersonnel() >= w.burdenDeviationPersonnel() && w.shortfallPersonnel() >= w.burdenDeviationPersonnel();
            this.ruinShare = intensive ? 4 : 10;
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
                if (full && (moves & 127) == 0 && recreating * ruinShare < System.nanoTime() - began) {
                    // Ruin and recreate, kept to a share of the time: it is costly on large problems.
                    long start = System.nanoTime();
                    recreate(random.nextBoolean() ? -1 : r);
                    recreating += System.nanoTime() - start;
                    continue;
                }
                switch (random.nextInt(intensive ? 5 : 4)) {
                    case 0 -> bringIn(r);
                    case 1 -> sendAway(r);
                    case 2 -> replace(r);
                    case 3 -> swap(r, random.nextInt(requirements));
                    default -> {
                        if ((moves & 63) == 4) {
                            reoptimize(r);
                        } else {
                            exchange(r);
                        }
                    }
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

        /**
         * Two of the requirement's units for one free unit, or one for two: the moves that keep a
         * requirement covered while changing how many units cover it, which single moves cannot make
         * without passing through a shortfall. The last unit brought in is the best (the least objective
         * after it) of up to {@link #EXCHANGE_DRAWS} free eligible units; the others are drawn at random.
         */
        private void exchange(int r) {
            int[] eligible = problem.unitsOf(r);
            int members = state.members(r);
            if (members == 0 || eligible.length < 2) {
                return;
            }
            boolean twoOut = members >= 2 && random.nextBoolean();
            int out1 = state.member(r, random.nextInt(members));
            int out2 = -1;
            if (twoOut) {
                out2 = state.member(r, random.nextInt(members));
                if (out2 == out1) {
                    return;
                }
            }
            int in1 = -1;
            if (!twoOut) {
                in1 = eligible[random.nextInt(eligible.length)];
                if (state.requirementOf(in1) != ForcePlan.UNASSIGNED) {
                    return;
                }
            }
            state.move(out1, ForcePlan.UNASSIGNED);
            if (out2 >= 0) {
                state.move(out2, ForcePlan.UNASSIGNED);
            }
            if (in1 >= 0) {
                state.move(in1, r);
            }
            int in2 = -1;
            double bestDelta = Double.MAX_VALUE;
            int draws = Math.min(eligible.length, EXCHANGE_DRAWS);
            for (int d = 0; d < draws; d++) {
                int u = draws == eligible.length ? eligible[d] : eligible[random.nextInt(eligible.length)];
                if (state.requirementOf(u) == ForcePlan.UNASSIGNED && u != out1 && u != out2 && state.fits(u, r)) {
                    double delta = state.delta(u, r);
                    if (delta < bestDelta) {
                        bestDelta = delta;
                        in2 = u;
                    }
                }
            }
            if (in2 >= 0) {
                state.move(in2, r);
            }
            if (in2 >= 0 && (in1 < 0 || state.withinCap(in1)) && accept(state.objective())) {
                current = state.objective();
                improved();
            } else {
                if (in2 >= 0) {
                    state.move(in2, ForcePlan.UNASSIGNED);
                }
                if (in1 >= 0) {
                    state.move(in1, ForcePlan.UNASSIGNED);
                }
                if (out2 >= 0) {
                    state.move(out2, r);
                }
                state.move(out1, r);
            }
            remember();
        }

        /**
         * The best set of units for requirement {@code r}, the rest of the plan as it is: its own units
         * and up to {@link #REOPTIMIZE_CANDIDATES} free eligible ones (all of them on a small problem, a
         * random draw otherwise) searched exhaustively, depth first, largest units first.
         */
        private void reoptimize(int r) {
            int[] eligible = problem.unitsOf(r);
            int members = state.members(r);
            int[] list = new int[Math.min(eligible.length, members + REOPTIMIZE_CANDIDATES)];
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
            Subsets search = new Subsets(r, candidates, current);
            search.from(0);
            for (int u : search.found ? search.best : Arrays.copyOf(list, members)) {
                state.move(u, r);
            }
            decide(before);
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
         * The depth-first search of {@link #reoptimize}: the units taken so far are in the plan, and the
         * best set seen that beats the incumbent is kept. A set that covers the requirement gains nothing
         * from one more unit (a person over costs at least what it can take off a burden deviation), and
         * a partial set is abandoned when even covering the rest of the need at no cost, taking it all
         * off the states' deficits, could not beat the best.
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
                if (++nodes > REOPTIMIZE_NODES) {
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

        /** Keeps the change made since {@code before} if the acceptance rule takes it, or goes back to {@code before}. */
        private void decide(int[] before) {
            if (accept(state.objective())) {
                current = state.objective();
                improved();
            } else {
                restore(before);
            }
            remember();
        }

        /** Puts the plan back to {@code assignment}, unit by unit. */
        private void restore(int[] assignment) {
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
         * Ruin and recreate. What is ruined: for {@code r} = -1, every unit that arrives last (and the
         * requirements they served are refilled only with units that arrive earlier, so the whole force
         * arrives sooner); otherwise, at random, every unit of requirement {@code r}, every unit of
         * {@code r} and of a second requirement, or every unit one state contributes (which is what moves
         * the burden from one state to others). The requirements that lost units are then filled again
         * greedily, in random order.
         */
        private void recreate(int r) {
            int[] undoUnit = new int[64];
            int[] undoFrom = new int[64];
            int changes = 0;
            int limit = Integer.MAX_VALUE;
            int[] targets;
            int ruinedState = -1;
            if (r < 0) {
                int latest = state.maxArrival();
                if (latest == 0) {
                    return;
                }
                limit = latest - 1;
                targets = state.requirementsWithArrival(latest);
            } else {
                int kind = random.nextInt(3);
                if (kind == 0) {
                    ruinedState = random.nextInt(problem.states().size());
                    targets = state.requirementsServedBy(ruinedState);
                } else if (kind == 1) {
                    int other = random.nextInt(problem.requirements().size());
                    targets = other == r ? new int[] {r} : new int[] {r, other};
                } else {
                    targets = new int[] {r};
                }
            }
            for (int target : targets) {
                for (int i = state.members(target) - 1; i >= 0; i--) {
                    int u = state.member(target, i);
                    boolean ruined = r < 0 ? problem.units().get(u).arrivalHours() > limit
                            : ruinedState < 0 || problem.stateOf(u) == ruinedState;
                    if (ruined) {
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
            if (changes == 0) {
                return;
            }
            for (int i = targets.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = targets[i];
                targets[i] = targets[j];
                targets[j] = t;
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
            restore(bestAssignment);
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
