package org.entente.forcegeneration.internal.planner;

import java.util.Random;
import org.entente.forcegeneration.ForcePlan;
import org.entente.forcegeneration.ForceProblem;

/** The moves of one unit: bring an eligible unit into a requirement (from nowhere or from another requirement), or send one of its units away. */
final class SingleMoves {

    private final Walk walk;
    private final ForceProblem problem;
    private final PlanState state;
    private final Random random;

    SingleMoves(Walk walk) {
        this.walk = walk;
        this.problem = walk.problem;
        this.state = walk.state;
        this.random = walk.random;
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
