package org.entente.forcegeneration.internal.planner;

/** One of a requirement's units swapped with one of another requirement's, where each may serve the other's. */
final class Swap extends MoveFamily {

    Swap(Walk walk) {
        super(walk);
    }

    /** Swaps with a requirement drawn at random. */
    void tryOn(int r1) {
        int r2 = random.nextInt(problem.requirements().size());
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
        if (!walk.settle(true)) {
            state.move(u2, r2);
            state.move(u1, r1);
        }
    }
}
