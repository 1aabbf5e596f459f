package org.entente.forcegeneration.internal.planner;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Random;
import org.entente.forcegeneration.ForcePlan;
import org.entente.forcegeneration.ForceProblem;

/**
 * A short local search that keeps near an anchor plan, for re-planning ({@link Replanning}): it lowers the objective plus
 * {@code changeCost} for each unit whose requirement differs from the anchor's (a change the secretariat must negotiate
 * again), never using a barred unit (one that dropped out). Each step, judged by that sum under late acceptance over a
 * short history, is one of five moves on a random requirement: bring in an eligible unit (free, or from another
 * requirement), send one of its units away, replace one of its units (the one replaced going where the newcomer was, if it
 * may, or out; half the time then levelling the requirement, {@link Levelling}), swap one of its units with a unit of another requirement it may serve, and exchange one of its units of a
 * state above its burden target for the best of a few free units of other states (the burden deviation, which dominates
 * what a repair leaves, is per state, and a replacement drawn at random rarely moves it where it should go); or, one step
 * in 1,024, every
 * unit that arrives last leaves and its requirements are refilled with free units arriving earlier (the force's arrival
 * weighs on every requirement, and no single move lowers it while two units share the latest arrival). National caps are
 * never exceeded. Then
 * {@link #revert} puts changed units back where the anchor had them wherever that does not worsen the objective. Seeded;
 * its result depends on the clock only where the deadline comes before the move limit or the patience.
 */
final class AnchoredSearch {

    /**
     * The late acceptance's memory, in steps: shorter than the planner's, since the search itself is, but long enough that
     * the exchanges' quick descent does not stop the walk in the first deep plan it finds.
     */
    private static final int HISTORY = 2000;

    /** How many eligible units an exchange weighs for the one it brings in. */
    static final int DRAWS = 32;

    /** One step in this many (a power of two, less one, as a mask) takes out the units that arrive last. */
    private static final long LATEST_EVERY = 1023;

    private final ForceProblem problem;
    private final PlanState state;
    private final int[] anchor;
    private final BitSet barred;
    private final double changeCost;
    private final Random random;
    private final Levelling levelling;
    private final double[] history = new double[HISTORY];
    private final int[] bestAssignment;
    private int changes;
    private double current;
    private double best;
    private long moves;
    private long lastBest;
    /** The moves of the step being made, to be undone in reverse if it is not kept. */
    private final MoveLog log;

    AnchoredSearch(ForceProblem problem, ForcePlan start, ForcePlan anchor, BitSet barred, double changeCost, long seed) {
        this.problem = problem;
        this.state = new PlanState(problem, start);
        this.anchor = anchor.requirementOfUnit();
        this.barred = barred;
        this.changeCost = changeCost;
        this.random = new Random(seed);
        this.levelling = new Levelling(problem);
        this.log = new MoveLog(state, this::move);
        for (int u = 0; u < this.anchor.length; u++) {
            if (!barred.get(u) && state.requirementOf(u) != this.anchor[u]) {
                changes++;
            }
        }
        this.current = penalized();
        this.best = current;
        this.bestAssignment = state.assignment().clone();
        Arrays.fill(history, current);
    }

    /**
     * Searches until {@code deadline} (a {@link System#nanoTime()}), {@code maxMoves} moves, or {@code patience} moves
     * without a better plan, whichever comes first, and leaves the best plan found in the state; how many moves it made.
     */
    long run(long deadline, long maxMoves, long patience) {
        int requirements = problem.requirements().size();
        while (requirements > 0 && moves < maxMoves && moves - lastBest < patience) {
            if ((moves & 255) == 0 && System.nanoTime() >= deadline) {
                break;
            }
            moves++;
            int r = random.nextInt(requirements);
            if ((moves & LATEST_EVERY) == 0) {
                latestOut();
            } else {
                switch (random.nextInt(5)) {
                    case 0 -> bringIn(r);
                    case 1 -> sendAway(r);
                    case 2 -> replace(r);
                    case 3 -> swap(r);
                    default -> exchange(r);
                }
            }
            history[(int) (moves % HISTORY)] = current;
            if (current < best - 1e-9) {
                best = current;
                System.arraycopy(state.assignment(), 0, bestAssignment, 0, bestAssignment.length);
                lastBest = moves;
            }
        }
        restore(bestAssignment);
        current = penalized();
        return moves;
    }

    /**
     * Puts each changed unit back where the anchor had it, alone or with a changed unit that took its place (which goes
     * back where the anchor had it, or to the first unit's requirement), wherever that keeps the caps and does not worsen
     * the objective; again until none goes back.
     */
    void revert() {
        boolean reverted = true;
        while (reverted) {
            reverted = false;
            for (int u = 0; u < anchor.length; u++) {
                if (!barred.get(u) && state.requirementOf(u) != anchor[u] && revert(u)) {
                    reverted = true;
                }
            }
        }
        current = penalized();
    }

    private boolean revert(int u) {
        int back = anchor[u];
        int now = state.requirementOf(u);
        if (back != ForcePlan.UNASSIGNED && !problem.requirements().get(back).accepts(problem.units().get(u))) {
            return false;
        }
        if (state.fits(u, back) && state.delta(u, back) <= 1e-9) {
            move(u, back);
            return true;
        }
        if (back == ForcePlan.UNASSIGNED) {
            return false;
        }
        double before = state.objective();
        for (int i = 0; i < state.members(back); i++) {
            int v = state.member(back, i);
            if (barred.get(v) || anchor[v] == back) {
                continue;
            }
            for (int to : new int[] {anchor[v], now}) {
                if (to != ForcePlan.UNASSIGNED && !problem.requirements().get(to).accepts(problem.units().get(v))) {
                    continue;
                }
                move(v, to);
                move(u, back);
                if (state.withinCap(u) && state.withinCap(v) && state.objective() <= before + 1e-9) {
                    return true;
                }
                move(u, now);
                move(v, back);
            }
        }
        return false;
    }

    ForcePlan plan() {
        return state.plan();
    }

    double objective() {
        return state.objective();
    }

    /** The units whose requirement differs from the anchor's, barred units left out. */
    int changes() {
        return changes;
    }

    private double penalized() {
        return state.objective() + changeCost * changes;
    }

    private int changed(int u, int r) {
        return r != anchor[u] ? 1 : 0;
    }

    private void move(int u, int r) {
        changes += changed(u, r) - changed(u, state.requirementOf(u));
        state.move(u, r);
    }

    private boolean accepts(double candidate) {
        return candidate <= current + 1e-9 || candidate <= history[(int) (moves % HISTORY)];
    }

    /** Ends a move whose change is made: keeps it if {@code allowed} and accepted, and says whether it did. */
    private boolean settle(boolean allowed) {
        double candidate = penalized();
        if (allowed && accepts(candidate)) {
            current = candidate;
            return true;
        }
        return false;
    }

    private void bringIn(int r) {
        int[] eligible = problem.unitsOf(r);
        if (eligible.length == 0) {
            return;
        }
        int u = eligible[random.nextInt(eligible.length)];
        int from = state.requirementOf(u);
        if (barred.get(u) || from == r || !state.fits(u, r)) {
            return;
        }
        move(u, r);
        if (!settle(true)) {
            move(u, from);
        }
    }

    private void sendAway(int r) {
        if (state.members(r) == 0) {
            return;
        }
        int u = state.member(r, random.nextInt(state.members(r)));
        move(u, ForcePlan.UNASSIGNED);
        if (!settle(true)) {
            move(u, r);
        }
    }

    private void replace(int r) {
        Replace.Drawn drawn = Replace.draw(problem, state, random, r);
        if (drawn == null || barred.get(drawn.in())) {
            return;
        }
        log.clear();
        if (!settle(Replace.make(state, levelling, random, log, r, drawn, random.nextBoolean(), u -> !barred.get(u)))) {
            log.undo();
        }
    }

    /**
     * One of the requirement's units, of a state above its burden target, leaves, and of up to {@link #DRAWS} eligible
     * units drawn at random, the free one of another state that lowers the objective plus the changes' cost most takes its
     * place: the burden moves from a state over its share to one that can take it, which a replacement drawn at random
     * rarely finds.
     */
    private void exchange(int r) {
        if (state.members(r) == 0) {
            return;
        }
        int out = state.member(r, random.nextInt(state.members(r)));
        int from = problem.stateOf(out);
        if (state.committed(from) <= problem.states().get(from).targetPersonnel()) {
            return;
        }
        move(out, ForcePlan.UNASSIGNED);
        int in = FreeUnits.best(state, random, r, problem.unitsOf(r), DRAWS, v -> !barred.get(v) && problem.stateOf(v) != from,
                v -> state.delta(v, r) + changeCost * (changed(v, r) - changed(v, ForcePlan.UNASSIGNED)));
        if (in >= 0) {
            move(in, r);
            if (settle(true)) {
                return;
            }
            move(in, ForcePlan.UNASSIGNED);
        }
        move(out, r);
    }

    private void swap(int r1) {
        if (state.members(r1) == 0) {
            return;
        }
        int u1 = state.member(r1, random.nextInt(state.members(r1)));
        int[] others = problem.requirementsOf(u1);
        int r2 = others[random.nextInt(others.length)];
        if (r2 == r1 || state.members(r2) == 0) {
            return;
        }
        int u2 = state.member(r2, random.nextInt(state.members(r2)));
        if (!problem.requirements().get(r1).accepts(problem.units().get(u2))) {
            return;
        }
        move(u1, r2);
        move(u2, r1);
        if (!settle(true)) {
            move(u2, r2);
            move(u1, r1);
        }
    }

    /**
     * Every unit that arrives last leaves, and the requirements it served are filled again greedily with free units that
     * arrive earlier, each time the one that lowers the objective and the changes' cost most, while one does.
     */
    private void latestOut() {
        int arrival = state.maxArrival();
        if (arrival == 0) {
            return;
        }
        log.clear();
        int[] targets = state.requirementsWithArrival(arrival);
        for (int target : targets) {
            for (int i = state.members(target) - 1; i >= 0; i--) {
                int u = state.member(target, i);
                if (problem.units().get(u).arrivalHours() >= arrival) {
                    log.move(u, ForcePlan.UNASSIGNED);
                }
            }
        }
        for (int target : targets) {
            while (true) {
                int bestUnit = -1;
                double bestDelta = -1e-9;
                for (int u : problem.unitsOf(target)) {
                    if (!barred.get(u) && state.requirementOf(u) == ForcePlan.UNASSIGNED && problem.units().get(u).arrivalHours() < arrival
                            && state.fits(u, target)) {
                        double delta = state.delta(u, target) + changeCost * (changed(u, target) - changed(u, ForcePlan.UNASSIGNED));
                        if (delta < bestDelta) {
                            bestDelta = delta;
                            bestUnit = u;
                        }
                    }
                }
                if (bestUnit < 0) {
                    break;
                }
                log.move(bestUnit, target);
            }
        }
        if (!settle(true)) {
            log.undo();
        }
    }

    private void restore(int[] assignment) {
        for (int u = 0; u < assignment.length; u++) {
            if (state.requirementOf(u) != assignment[u]) {
                move(u, ForcePlan.UNASSIGNED);
            }
        }
        for (int u = 0; u < assignment.length; u++) {
            if (state.requirementOf(u) != assignment[u]) {
                move(u, assignment[u]);
            }
        }
    }
}
