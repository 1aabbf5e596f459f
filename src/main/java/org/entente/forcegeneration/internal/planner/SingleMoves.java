package org.entente.forcegeneration.internal.planner;

import org.entente.forcegeneration.ForcePlan;

/** The moves of one unit: bring an eligible unit into a requirement (from nowhere or from another requirement), or send one of its units away. */
final class SingleMoves extends MoveFamily {

    SingleMoves(Walk walk) {
        super(walk);
    }

    void bringIn(int r) {
        int[] eligible = problem.unitsOf(r);
        if (eligible.length == 0) {
            return;
        }
        int u = eligible[random.nextInt(eligible.length)];
        if (state.requirementOf(u) != r && state.fits(u, r)) {
            walk.settleSingle(u, r);
        }
    }

    void sendAway(int r) {
        if (state.members(r) > 0) {
            walk.settleSingle(state.member(r, random.nextInt(state.members(r))), ForcePlan.UNASSIGNED);
        }
    }
}
