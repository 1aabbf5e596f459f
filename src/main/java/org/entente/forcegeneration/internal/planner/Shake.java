package org.entente.forcegeneration.internal.planner;

import org.entente.forcegeneration.ForcePlan;

/**
 * Back to the best plan, shaken: a few units sent away or brought in regardless of cost, and the
 * acceptance's memory reset to the shaken plan, so the search leaves the basin it was stuck in.
 */
final class Shake extends MoveFamily {

    Shake(Walk walk) {
        super(walk);
    }

    void run() {
        walk.backToBest();
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
        walk.restart();
    }
}
