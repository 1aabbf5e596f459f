package org.entente.forcegeneration.internal.planner;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.function.DoubleSupplier;
import java.util.stream.IntStream;
import org.entente.forcegeneration.Contributor;
import org.entente.forcegeneration.ForcePlan;
import org.entente.forcegeneration.ForceProblem;
import org.entente.forcegeneration.Objective;
import org.entente.forcegeneration.Progress;
import org.entente.forcegeneration.Requirement;
import org.entente.forcegeneration.Weights;

/**
 * An exact search for small problems: from a plan, finds a better one or proves there is none.
 *
 * <p>The force's arrival bound T is taken level by level, earliest first (the distinct arrival hours): at level T only units
 * arriving by T may serve, the arrival term costs at most {@code weight * T}, and a plan must use a unit arriving at T (one that
 * does not was searched at an earlier level, against a looser cut); the search ends, proved, at the first level whose arrival
 * term alone costs as much as the best plan. Within a level, a depth-first branch and bound chooses each requirement's set of
 * units, largest requirement first, and within one the best plan's units first, then the largest. It only tries sets in which
 * every unit is needed (removing one would leave the requirement short of personnel or units): where a person over
 * costs at least what it can take off a state's burden deviation (true of the product's and the benchmark's weights; otherwise
 * the search does not run), a plan with a unit not needed is never better than the same plan without it.
 *
 * <p>A node is cut when what is fixed plus a bound on the rest reaches the best plan's objective. The rest costs at least what
 * each open requirement costs on its own (a subset sum over its candidates; for the one being filled, over its remaining
 * candidates), and at least the larger of: the burden deviation left by the personnel A the open requirements add, weighed with
 * what covering their need with A costs, at the best A (a state's gap can be filled only by its open units within its cap;
 * what fills no gap lands above a target); and, state by state, how far its
 * gap is from the nearest sum its open units can make.
 *
 * <p>{@link #searchAround} searches the same way over the plans that keep a plan's units of all but a few requirements (the units
 * kept are fixed before the first node): a neighbourhood small enough to search exactly in a few milliseconds ({@link ExactDescent}).
 */
final class ExactSearch {

    /**
     * The best plan it found (the one it started from where it found none better) and its objective; whether it proved that no plan
     * is better than the lesser of that objective and the best the other searches had ({@code elsewhere}); the nodes it visited.
     */
    record Outcome(ForcePlan plan, double objective, boolean proved, long nodes) {
    }

    /** Where the search stops short of a proof: a moment ({@link System#nanoTime()}), a number of nodes, or a request to stop. */
    record Limits(long deadline, long maxNodes, Progress progress) {

        static Limits until(long deadline, Progress progress) {
            return new Limits(deadline, Long.MAX_VALUE, progress);
        }

        static Limits nodes(long maxNodes) {
            return new Limits(Long.MAX_VALUE, maxNodes, Progress.NONE);
        }
    }

    private static final double EPSILON = 1e-6;

    private final ForceProblem problem;
    private final double shortPerson;
    private final double shortUnit;
    private final double perHour;
    private final double overPerson;
    private final double devPerson;
    private final int[] personnel;
    private final int[] arrival;
    private final int[] stateOf;
    private final int[] target;
    private final int[] cap;
    private final Limits limits;
    private final Progress progress;
    private final DoubleSupplier elsewhere;
    /** The plan searched around, and which of its requirements get their units chosen again (all where null); the others keep the start's. */
    private final ForcePlan start;
    private final boolean[] free;

    private ForcePlan best;
    private double bestObjective;
    private long nodes;
    private boolean stopped;

    // One level's search.
    private int[] order;
    private int[][] candidates;
    private long[][] restPersonnel;

    /** Per requirement and position in its candidates, every sum of personnel the candidates from there on can make. */
    private BitSet[][] sumsFrom;
    private double[] leastFromHere;
    private long[] personnelFromHere;
    private final int[] assignment;
    private final long[] committed;
    private final long[] covered;
    private final int[] count;
    private final int[] openRequirements;
    private final long[] reachable;
    /**
     * Per depth and state, every sum of personnel the state's units of this level that may serve a requirement from that depth on can
     * make: what the state may still add is one of them.
     */
    private BitSet[][] sumsOfStateFrom;
    /** Units arriving at exactly this level: how many serve, and how many unused ones an open requirement may still take. */
    private int atLevelServing;
    private int atLevelOpen;
    private int level;
    private double fixedCost;
    private double cutoff;

    private ExactSearch(ForceProblem problem, ForcePlan start, boolean[] free, Limits limits, DoubleSupplier elsewhere) {
        this.problem = problem;
        this.start = start;
        this.free = free;
        Weights w = problem.weights();
        this.shortPerson = w.shortfallPersonnel();
        this.shortUnit = w.shortfallUnits();
        this.perHour = w.maxArrivalHours();
        this.overPerson = w.overcommitPersonnel();
        this.devPerson = w.burdenDeviationPersonnel();
        int units = problem.units().size();
        this.personnel = new int[units];
        this.arrival = new int[units];
        this.stateOf = new int[units];
        for (int u = 0; u < units; u++) {
            personnel[u] = problem.units().get(u).personnel();
            arrival[u] = problem.units().get(u).arrivalHours();
            stateOf[u] = problem.stateOf(u);
        }
        int states = problem.states().size();
        this.target = new int[states];
        this.cap = new int[states];
        for (int s = 0; s < states; s++) {
            Contributor state = problem.states().get(s);
            target[s] = state.targetPersonnel();
            cap[s] = state.nationalCapPersonnel();
        }
        this.limits = limits;
        this.progress = limits.progress();
        this.elsewhere = elsewhere;
        this.best = start;
        this.bestObjective = Objective.evaluate(problem, start).objective();
        this.assignment = new int[units];
        this.committed = new long[states];
        this.covered = new long[problem.requirements().size()];
        this.count = new int[problem.requirements().size()];
        this.openRequirements = new int[units];
        this.reachable = new long[states];
    }

    /** Whether the search's shortcut holds for these weights: a person over costs at least what it can take off a deviation. */
    static boolean applies(ForceProblem problem) {
        Weights w = problem.weights();
        return w.overcommitPersonnel() >= w.burdenDeviationPersonnel();
    }

    /** Searches from {@code start} (a feasible plan) until proved or until a limit. */
    static Outcome search(ForceProblem problem, ForcePlan start, Limits limits) {
        return search(problem, start, limits, () -> Double.POSITIVE_INFINITY);
    }

    /**
     * As above, cutting also at {@code elsewhere}, the best objective another search has (read now and then): a proof then says that
     * no plan is better than the lesser of the two.
     */
    static Outcome search(ForceProblem problem, ForcePlan start, Limits limits, DoubleSupplier elsewhere) {
        return search(problem, start, null, limits, elsewhere);
    }

    /**
     * The best plan that keeps {@code start}'s units of every requirement not {@code free} and chooses the free ones' units again
     * (from the units no kept requirement has), or a proof that none is better than {@code start} and {@code elsewhere}: the exact
     * search over a neighbourhood of {@code start}, which a proof says nothing about beyond.
     */
    static Outcome searchAround(ForceProblem problem, ForcePlan start, boolean[] free, Limits limits, DoubleSupplier elsewhere) {
        return search(problem, start, free.clone(), limits, elsewhere);
    }

    private static Outcome search(ForceProblem problem, ForcePlan start, boolean[] free, Limits limits, DoubleSupplier elsewhere) {
        ExactSearch search = new ExactSearch(problem, start, free, limits, elsewhere);
        if (!applies(problem)) {
            return new Outcome(start, search.bestObjective, false, 0);
        }
        boolean proved = search.run();
        return new Outcome(search.best, search.bestObjective, proved, search.nodes);
    }

    private boolean run() {
        ForcePlan empty = ForcePlan.empty(problem);
        double emptyObjective = Objective.evaluate(problem, empty).objective();
        if (free == null && emptyObjective < bestObjective - EPSILON) {
            best = empty;
            bestObjective = emptyObjective;
        }
        // Around a plan, the force arrives no earlier than the last of the units it keeps, and a level is searched only where a
        // plan must use a unit arriving at it: the one of the units kept, or one a requirement chosen again may take.
        int kept = IntStream.range(0, arrival.length).filter(this::kept).map(u -> arrival[u]).max().orElse(0);
        int[] levels = IntStream.concat(IntStream.of(kept).filter(t -> free != null), IntStream.range(0, problem.units().size())
                        .filter(u -> !kept(u) && Arrays.stream(problem.requirementsOf(u)).anyMatch(this::chosen)).map(u -> arrival[u]))
                .filter(t -> t >= kept).distinct().sorted().toArray();
        for (int level : levels) {
            if (perHour * level >= cutoff() - EPSILON) {
                return true;
            }
            if (outOfLimits()) {
                // Setting a level up costs more than a few nodes: the limits are checked before each one too.
                stopped = true;
                return false;
            }
            searchLevel(level);
            if (stopped) {
                return false;
            }
        }
        return true;
    }

    /** Whether unit {@code u} keeps the start's requirement, which is not chosen again. */
    private boolean kept(int u) {
        return free != null && start.requirementOf(u) != ForcePlan.UNASSIGNED && !free[start.requirementOf(u)];
    }

    private boolean chosen(int r) {
        return free == null || free[r];
    }

    private void searchLevel(int level) {
        this.level = level;
        cutoff();
        int requirements = problem.requirements().size();
        candidates = new int[requirements][];
        restPersonnel = new long[requirements][];

        sumsFrom = new BitSet[requirements][];
        double[] least = new double[requirements];
        for (int r = 0; r < requirements; r++) {
            Requirement requirement = problem.requirements().get(r);
            int r0 = r;
            candidates[r] = Arrays.stream(problem.unitsOf(r)).filter(u -> chosen(r0) && arrival[u] <= level && !kept(u)).boxed()
                    .sorted(Comparator.comparingInt((Integer u) -> best.requirementOf(u) == r0 ? 0 : 1)
                            .thenComparingInt(u -> -personnel[u]).thenComparingInt(u -> u))
                    .mapToInt(Integer::intValue).toArray();
            restPersonnel[r] = new long[candidates[r].length + 1];
            sumsFrom[r] = new BitSet[candidates[r].length + 1];
            sumsFrom[r][candidates[r].length] = new BitSet();
            sumsFrom[r][candidates[r].length].set(0);
            int limit = requirement.personnel() + Arrays.stream(candidates[r]).map(u -> personnel[u]).max().orElse(0);
            for (int i = candidates[r].length - 1; i >= 0; i--) {
                restPersonnel[r][i] = restPersonnel[r][i + 1] + personnel[candidates[r][i]];
                sumsFrom[r][i] = (BitSet) sumsFrom[r][i + 1].clone();
                sumsFrom[r][i].or(shifted(sumsFrom[r][i + 1], personnel[candidates[r][i]], limit));
            }
            least[r] = chosen(r) ? leastCost(requirement, candidates[r]) : 0;
        }
        order = IntStream.range(0, requirements).filter(this::chosen).boxed()
                .sorted(Comparator.comparingInt((Integer r) -> -problem.requirements().get(r).personnel()).thenComparingInt(r -> r))
                .mapToInt(Integer::intValue).toArray();
        leastFromHere = new double[order.length + 1];
        personnelFromHere = new long[order.length + 1];
        for (int d = order.length - 1; d >= 0; d--) {
            leastFromHere[d] = leastFromHere[d + 1] + least[order[d]];
            personnelFromHere[d] = personnelFromHere[d + 1] + problem.requirements().get(order[d]).personnel();
        }
        Arrays.fill(assignment, ForcePlan.UNASSIGNED);
        Arrays.fill(committed, 0);
        Arrays.fill(covered, 0);
        Arrays.fill(count, 0);
        Arrays.fill(openRequirements, 0);
        Arrays.fill(reachable, 0);
        fixedCost = 0;
        atLevelServing = 0;
        for (int u = 0; u < assignment.length; u++) {
            if (kept(u)) {
                int r = start.requirementOf(u);
                assignment[u] = r;
                committed[stateOf[u]] += personnel[u];
                covered[r] += personnel[u];
                count[r]++;
                if (arrival[u] == level) {
                    atLevelServing++;
                }
            }
        }
        for (int r = 0; r < requirements; r++) {
            if (!chosen(r)) {
                fixedCost += cost(problem.requirements().get(r), r);
            }
        }
        for (int r = 0; r < requirements; r++) {
            for (int u : candidates[r]) {
                if (openRequirements[u]++ == 0) {
                    reachable[stateOf[u]] += personnel[u];
                }
            }
        }
        sumsOfStateFrom = new BitSet[order.length][committed.length];
        // A unit that may serve at depth d or later is counted once, at the deepest depth it may serve at.
        int[] lastDepth = new int[assignment.length];
        Arrays.fill(lastDepth, -1);
        for (int d = 0; d < order.length; d++) {
            for (int u : candidates[order[d]]) {
                lastDepth[u] = d;
            }
        }
        for (int d = order.length - 1; d >= 0; d--) {
            for (int s = 0; s < committed.length; s++) {
                sumsOfStateFrom[d][s] = d + 1 < order.length ? (BitSet) sumsOfStateFrom[d + 1][s].clone() : new BitSet();
                sumsOfStateFrom[d][s].set(0);
            }
            for (int u = 0; u < assignment.length; u++) {
                if (lastDepth[u] == d) {
                    BitSet sums = sumsOfStateFrom[d][stateOf[u]];
                    sums.or(shifted(sums, personnel[u], cap[stateOf[u]]));
                }
            }
        }
        atLevelOpen = 0;
        for (int u = 0; u < assignment.length; u++) {
            if (openRequirements[u] > 0 && arrival[u] == level) {
                atLevelOpen++;
            }
        }
        if (order.length == 0) {
            return;
        }
        choose(0, 0, level);
    }

    /** {@code sums} shifted up by {@code by}, kept to {@code limit}: word by word, since the searches around a plan set levels up often. */
    private static BitSet shifted(BitSet sums, int by, int limit) {
        if (limit < by) {
            return new BitSet();
        }
        long[] words = sums.toLongArray();
        int wordShift = by >>> 6;
        int bitShift = by & 63;
        int length = (int) Math.min((long) words.length + wordShift + 1, (limit >>> 6) + 1L);
        long[] moved = new long[length];
        for (int i = 0; i < words.length && i + wordShift < length; i++) {
            moved[i + wordShift] |= words[i] << bitShift;
            if (bitShift != 0 && i + wordShift + 1 < length) {
                moved[i + wordShift + 1] |= words[i] >>> (64 - bitShift);
            }
        }
        if (length == (limit >>> 6) + 1 && (limit & 63) != 63) {
            moved[length - 1] &= (1L << ((limit & 63) + 1)) - 1;
        }
        return BitSet.valueOf(moved);
    }

    /** The least requirement {@code r} can cost on its own with these units: personnel and units short, personnel over. */
    private double leastCost(Requirement requirement, int[] units) {
        long need = requirement.personnel();
        long most = 0;
        for (int u : units) {
            most += personnel[u];
        }
        double unitsShort = shortUnit * Math.max(0, requirement.minUnits() - units.length);
        if (most < need) {
            return unitsShort + shortPerson * (need - most);
        }
        // The smallest sum of personnel at least {@code need}: a subset-sum over sums up to need plus the largest unit.
        int largest = units.length == 0 ? 0 : Arrays.stream(units).map(u -> personnel[u]).max().orElse(0);
        int limit = (int) Math.min(need + largest, Integer.MAX_VALUE - 1);
        BitSet sums = new BitSet(limit + 1);
        sums.set(0);
        for (int u : units) {
            sums.or(shifted(sums, personnel[u], limit));
        }
        int atLeast = sums.nextSetBit((int) need);
        int below = sums.previousSetBit((int) need);
        return unitsShort + Math.min(overPerson * (atLeast - need), shortPerson * (need - below));
    }

    private boolean outOfLimits() {
        cutoff = Math.min(bestObjective, elsewhere.getAsDouble());
        return nodes >= limits.maxNodes() || System.nanoTime() > limits.deadline() || (nodes & 65535) == 0 && progress.stopRequested();
    }

    /** No plan need be looked at that is not better than this: the best objective here or elsewhere. */
    private double cutoff() {
        cutoff = Math.min(bestObjective, elsewhere.getAsDouble());
        return cutoff;
    }

    private void choose(int depth, int i, int level) {
        if (stopped || (++nodes & 4095) == 0 && outOfLimits()) {
            stopped = true;
            return;
        }
        int r = order[depth];
        Requirement requirement = problem.requirements().get(r);
        if (atLevelServing == 0 && atLevelOpen == 0 || bound(depth, i, requirement) >= cutoff - perHour * level - EPSILON) {
            // A plan with no unit arriving at this level was searched at an earlier level, against a looser bound.
            return;
        }
        if (covered[r] >= requirement.personnel() && count[r] >= requirement.minUnits() || i == candidates[r].length) {
            finish(depth, level);
            return;
        }
        int u = candidates[r][i];
        int s = stateOf[u];
        if (assignment[u] == ForcePlan.UNASSIGNED && committed[s] + personnel[u] <= cap[s]) {
            assignment[u] = r;
            committed[s] += personnel[u];
            covered[r] += personnel[u];
            count[r]++;
            reachable[s] -= personnel[u];
            boolean atLevel = arrival[u] == level;
            if (atLevel) {
                atLevelServing++;
                atLevelOpen--;
            }
            choose(depth, i + 1, level);
            if (atLevel) {
                atLevelServing--;
                atLevelOpen++;
            }
            reachable[s] += personnel[u];
            count[r]--;
            covered[r] -= personnel[u];
            committed[s] -= personnel[u];
            assignment[u] = ForcePlan.UNASSIGNED;
        }
        choose(depth, i + 1, level);
    }

    /** Requirement {@code order[depth]} has its set: its cost is fixed, and the next one's set is chosen (or the plan is complete). */
    private void finish(int depth, int level) {
        int r = order[depth];
        Requirement requirement = problem.requirements().get(r);
        double cost = cost(requirement, r);
        fixedCost += cost;
        for (int u : candidates[r]) {
            if (--openRequirements[u] == 0 && assignment[u] == ForcePlan.UNASSIGNED) {
                reachable[stateOf[u]] -= personnel[u];
                if (arrival[u] == level) {
                    atLevelOpen--;
                }
            }
        }
        if (depth + 1 == order.length) {
            complete();
        } else {
            choose(depth + 1, 0, level);
        }
        for (int u : candidates[r]) {
            if (openRequirements[u]++ == 0 && assignment[u] == ForcePlan.UNASSIGNED) {
                reachable[stateOf[u]] += personnel[u];
                if (arrival[u] == level) {
                    atLevelOpen++;
                }
            }
        }
        fixedCost -= cost;
    }

    /** What requirement {@code r} costs with the units it has now: personnel and units short, personnel over. */
    private double cost(Requirement requirement, int r) {
        return shortPerson * Math.max(0, requirement.personnel() - covered[r]) + shortUnit * Math.max(0, requirement.minUnits() - count[r])
                + overPerson * Math.max(0, covered[r] - requirement.personnel());
    }

    private void complete() {
        ForcePlan plan = new ForcePlan(assignment.clone());
        double objective = Objective.evaluate(problem, plan).objective();
        if (objective < bestObjective - EPSILON) {
            best = plan;
            bestObjective = objective;
            cutoff = Math.min(cutoff, objective);
            progress.improved(objective);
        }
    }

    /**
     * The least the plan can cost, the arrival term aside: what is fixed, plus the larger of two bounds on the rest. Both count the
     * least each open requirement costs on its own (for the one being filled, also what its remaining candidates cannot make up);
     * the first weighs the personnel A the open requirements add against what covering their need with A costs and against the
     * burden deviation A leaves (a state's gap can be filled only by its open units, within its cap; what fills no gap lands above a
     * target), taking the least over all A; the second asks each state for the sum of its units nearest its gap.
     */
    private double bound(int depth, int i, Requirement requirement) {
        int r = order[depth];
        long missing = requirement.personnel() - covered[r] - restPersonnel[r][i];
        int unitsMissing = requirement.minUnits() - count[r] - (candidates[r].length - i);
        double partial = shortPerson * Math.max(0, missing) + shortUnit * Math.max(0, unitsMissing);
        long still = requirement.personnel() - covered[r];
        if (still > 0 && missing <= 0) {
            // What the remaining candidates can add: the nearest sum above what is still needed, or a shortfall below it.
            BitSet sums = sumsFrom[r][i];
            int above = sums.nextSetBit((int) still);
            double over = above < 0 ? Double.MAX_VALUE : overPerson * (above - still);
            partial = Math.max(partial, shortUnit * Math.max(0, unitsMissing) + Math.min(over, shortPerson * (still - sums.previousSetBit((int) still))));
        }
        double open = leastFromHere[depth + 1] + Math.max(partial, leastFromHere[depth] - leastFromHere[depth + 1]);
        long need = personnelFromHere[depth + 1] + Math.max(0, requirement.personnel() - covered[r]);
        long above = 0;
        long gaps = 0;
        long fillable = 0;
        long nearest = 0;
        for (int s = 0; s < committed.length; s++) {
            long gap = target[s] - committed[s];
            if (gap < 0) {
                above -= gap;
            } else {
                gaps += gap;
                fillable += Math.min(gap, Math.min(reachable[s], cap[s] - committed[s]));
            }
            nearest += nearest(sumsOfStateFrom[depth][s], gap, cap[s] - committed[s]);
        }
        // Piecewise linear in A: its least is at a breakpoint.
        double byTotals = Double.MAX_VALUE;
        double[] breakpoints = {0, need, fillable, overPerson > 0 ? need + open / overPerson : need, shortPerson > 0 ? need - open / shortPerson : need};
        for (double added : breakpoints) {
            double a = Math.max(0, added);
            double covering = Math.max(open, shortPerson * Math.max(0, need - a) + overPerson * Math.max(0, a - need));
            double deviation = above + gaps + a - 2 * Math.min(a, fillable);
            byTotals = Math.min(byTotals, covering + devPerson * deviation);
        }
        return fixedCost + Math.max(byTotals, open + devPerson * nearest);
    }

    /** How far {@code gap} is from the nearest of {@code sums} that is at most {@code room} (a state adds one of its sums). */
    private static long nearest(BitSet sums, long gap, long room) {
        if (gap <= 0) {
            return -gap;
        }
        int above = gap > room ? -1 : sums.nextSetBit((int) gap);
        if (above > room) {
            above = -1;
        }
        int below = sums.previousSetBit((int) Math.min(gap, room));
        long distance = Long.MAX_VALUE;
        if (above >= 0) {
            distance = above - gap;
        }
        if (below >= 0) {
            distance = Math.min(distance, gap - below);
        }
        return distance;
    }
}
