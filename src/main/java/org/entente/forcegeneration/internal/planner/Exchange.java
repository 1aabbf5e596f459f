package org.entente.forcegeneration.internal.planner;

import org.entente.forcegeneration.ForcePlan;

/**
 * Two of a requirement's units for one free unit, or one for two: the moves that keep a requirement
 * covered while changing how many units cover it, which single moves cannot make without passing
 * through a shortfall. The last unit brought in is the best (the least objective after it) of up to
 * {@link #DRAWS} free eligible units; the others are drawn at random.
 */
final class Exchange extends MoveFamily {

    /** How many free units an exchange weighs for the unit it brings in last. */
    private static final int DRAWS = 16;

    Exchange(Walk walk) {
        super(walk);
    }

    void tryOn(int r) {
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
        int secondOut = out2;
        int in2 = FreeUnits.best(state, random, r, eligible, DRAWS, u -> u != out1 && u != secondOut, u -> state.delta(u, r));
        if (in2 >= 0) {
            state.move(in2, r);
        }
        if (!walk.settle(in2 >= 0 && (in1 < 0 || state.withinCap(in1)))) {
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
    }
}
