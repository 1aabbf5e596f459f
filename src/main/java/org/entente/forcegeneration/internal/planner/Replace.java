package org.entente.forcegeneration.internal.planner;

import java.util.Random;
import java.util.function.IntPredicate;
import org.entente.forcegeneration.ForcePlan;
import org.entente.forcegeneration.ForceProblem;

/**
 * One of a requirement's units replaced by an eligible unit, the one replaced going where the newcomer was, if it may, or out;
 * and, where asked, the requirement then levelled ({@link Levelling}): brought to its need exactly by a second replacement.
 */
final class Replace extends MoveFamily {

    /** A replacement drawn for a requirement: the unit going {@code out} (to {@code outTo}), the unit coming {@code in} from {@code inFrom}. */
    record Drawn(int out, int outTo, int in, int inFrom) {
    }

    private final Levelling levelling;
    private final MoveLog log;

    Replace(Walk walk) {
        this(walk, new Levelling(walk.problem));
    }

    /** With {@code levelling}, shared with the walk's other levelling moves. */
    Replace(Walk walk, Levelling levelling) {
        super(walk);
        this.levelling = levelling;
        this.log = new MoveLog(state, state::move);
    }

    /**
     * Draws a replacement for requirement {@code r}: one of its units at random and an eligible unit at random, the one going out
     * sent where the newcomer was if it may serve there, or out; none where {@code r} has no unit or the newcomer is already its.
     */
    static Drawn draw(ForceProblem problem, PlanState state, Random random, int r) {
        int[] eligible = problem.unitsOf(r);
        if (state.members(r) == 0 || eligible.length == 0) {
            return null;
        }
        int out = state.member(r, random.nextInt(state.members(r)));
        int in = eligible[random.nextInt(eligible.length)];
        int inFrom = state.requirementOf(in);
        if (inFrom == r) {
            return null;
        }
        int outTo = inFrom != ForcePlan.UNASSIGNED && problem.requirements().get(inFrom).accepts(problem.units().get(out)) ? inFrom : ForcePlan.UNASSIGNED;
        return new Drawn(out, outTo, in, inFrom);
    }

    void tryOn(int r) {
        tryOn(r, false);
    }

    /** A replacement in {@code r}, and, if {@code level}, the levelling after it (both kept or neither). */
    void tryOn(int r, boolean level) {
        Drawn drawn = draw(problem, state, random, r);
        if (drawn == null) {
            return;
        }
        log.clear();
        if (!walk.settle(make(state, levelling, random, log, r, drawn, level, u -> true))) {
            log.undo();
        }
    }

    /**
     * Makes {@code drawn} in requirement {@code r} through {@code log} and, if {@code level}, the levelling after it
     * ({@link Levelling#find}, with free units that {@code admits}, never the two units just exchanged); whether every unit brought
     * in keeps its state within its cap. The planner's search and the repair's make their replacements so.
     */
    static boolean make(PlanState state, Levelling levelling, Random random, MoveLog log, int r, Drawn drawn, boolean level, IntPredicate admits) {
        log.move(drawn.out(), drawn.outTo());
        log.move(drawn.in(), r);
        int[] second = level ? levelling.find(state, random, r, u -> u != drawn.in() && u != drawn.out() && admits.test(u)) : null;
        if (second != null) {
            log.move(second[0], ForcePlan.UNASSIGNED);
            log.move(second[1], r);
        }
        return state.withinCap(drawn.in()) && state.withinCap(drawn.out()) && (second == null || state.withinCap(second[1]));
    }
}
