package org.entente.forcegeneration.internal.planner;

import java.util.Random;
import org.entente.forcegeneration.ForceProblem;

/**
 * A family of moves of the local search: what every family reads from the {@link Walk} it makes its
 * moves in (the problem, the plan being changed, the seeded random draws), so that each family is only
 * its move.
 */
abstract class MoveFamily {

    final Walk walk;
    final ForceProblem problem;
    final PlanState state;
    final Random random;

    MoveFamily(Walk walk) {
        this.walk = walk;
        this.problem = walk.problem;
        this.state = walk.state;
        this.random = walk.random;
    }
}
