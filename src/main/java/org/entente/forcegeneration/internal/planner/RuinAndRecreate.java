package org.entente.forcegeneration.internal.planner;

import java.util.Arrays;
import org.entente.forcegeneration.ForcePlan;

/**
 * Ruin and recreate. What is ruined, half the time: every unit that arrives last (and the requirements
 * they served are refilled only with units that arrive earlier, so the whole force arrives sooner);
 * otherwise, at random, every unit of the requirement, every unit of it and of a second requirement, or
 * every unit one state contributes (which is what moves the burden from one state to others). The
 * requirements that lost units are then filled again greedily, in random order, now and then with the
 * second-best unit so that recreating twice can differ.
 */
final class RuinAndRecreate extends MoveFamily {

    /** The moves made, to be undone in reverse if the recreated plan is not kept: each unit and where it was. */
    private int[] undoUnit = new int[64];
    private int[] undoFrom = new int[64];
    private int changes;

    RuinAndRecreate(Walk walk) {
        super(walk);
    }

    void tryOn(int r) {
        boolean latest = random.nextBoolean();
        changes = 0;
        int limit = Integer.MAX_VALUE;
        int[] targets;
        int ruinedState = -1;
        if (latest) {
            int arrival = state.maxArrival();
            if (arrival == 0) {
                return;
            }
            limit = arrival - 1;
            targets = state.requirementsWithArrival(arrival);
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
                boolean ruined = latest ? problem.units().get(u).arrivalHours() > limit : ruinedState < 0 || problem.stateOf(u) == ruinedState;
                if (ruined) {
                    moveLogged(u, target, ForcePlan.UNASSIGNED);
                }
            }
        }
        if (changes == 0) {
            return;
        }
        shuffle(targets);
        for (int target : targets) {
            recreate(target, limit);
        }
        if (!walk.settle(true)) {
            for (int i = changes - 1; i >= 0; i--) {
                state.move(undoUnit[i], undoFrom[i]);
            }
        }
    }

    private void shuffle(int[] targets) {
        for (int i = targets.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = targets[i];
            targets[i] = targets[j];
            targets[j] = t;
        }
    }

    /** Fills {@code target} with free units arriving by {@code limit}: the best unit, or now and then the second best, while one lowers the objective. */
    private void recreate(int target, int limit) {
        while (true) {
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
                return;
            }
            if (secondUnit >= 0 && random.nextInt(4) == 0) {
                bestUnit = secondUnit;
            }
            moveLogged(bestUnit, ForcePlan.UNASSIGNED, target);
        }
    }

    private void moveLogged(int u, int from, int to) {
        if (changes == undoUnit.length) {
            undoUnit = Arrays.copyOf(undoUnit, changes * 2);
            undoFrom = Arrays.copyOf(undoFrom, changes * 2);
        }
        undoUnit[changes] = u;
        undoFrom[changes++] = from;
        state.move(u, to);
    }
}
