package org.entente.forcegeneration.internal.planner;

import org.entente.forcegeneration.ForcePlan;

/** One of a requirement's units replaced by an eligible unit, the one replaced going where the newcomer was, if it may, or out. */
final class Replace extends MoveFamily {

    Replace(Walk walk) {
        super(walk);
    }

    void tryOn(int r) {
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
        if (!walk.settle(state.withinCap(in) && state.withinCap(out))) {
            state.move(in, inFrom);
            state.move(out, r);
        }
    }
}
