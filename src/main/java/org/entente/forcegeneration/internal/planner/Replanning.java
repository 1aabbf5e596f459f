package org.entente.forcegeneration.internal.planner;

import java.time.Duration;
import java.util.BitSet;
import java.util.Set;
import org.entente.forcegeneration.Evaluation;
import org.entente.forcegeneration.ForcePlan;
import org.entente.forcegeneration.ForceProblem;
import org.entente.forcegeneration.Objective;

/**
 * Repairs a chosen plan when pledged units drop out, changing as few other assignments as possible:
 * the dropped units leave, and only the requirements they served are filled again, greedily, from
 * units not yet in the package (never from another requirement's units), while that lowers the
 * objective. Every other assignment stays as it was.
 */
public final class Replanning {

    /** The repaired plan, how many assignments changed besides the dropped units leaving, and the objective before and after. */
    public record Repair(ForcePlan plan, Evaluation evaluation, int changedAssignments, double objectiveBefore, double objectiveAfter, Duration took) {
    }

    private Replanning() {
    }

    public static Repair repair(ForceProblem problem, ForcePlan chosen, Set<String> droppedUnits) {
        return repair(problem, chosen, droppedUnits, Set.of());
    }

    /**
     * As above, also refilling {@code alsoRefill}: requirements that lost units the problem no longer
     * knows (a pledge withdrawn or expired since the package was accepted).
     */
    public static Repair repair(ForceProblem problem, ForcePlan chosen, Set<String> droppedUnits, Set<String> alsoRefill) {
        long began = System.nanoTime();
        double before = Objective.evaluate(problem, chosen).objective();
        BitSet dropped = new BitSet(problem.units().size());
        droppedUnits.forEach(id -> dropped.set(problem.unitIndex(id)));
        PlanState state = new PlanState(problem, chosen);
        BitSet affected = new BitSet(problem.requirements().size());
        for (int u = dropped.nextSetBit(0); u >= 0; u = dropped.nextSetBit(u + 1)) {
            if (state.requirementOf(u) != ForcePlan.UNASSIGNED) {
                affected.set(state.requirementOf(u));
                state.move(u, ForcePlan.UNASSIGNED);
            }
        }
        alsoRefill.forEach(id -> affected.set(problem.requirementIndex(id)));
        int added = 0;
        for (int r = affected.nextSetBit(0); r >= 0; r = affected.nextSetBit(r + 1)) {
            added += GreedyConstruction.fill(problem, state, r, u -> !dropped.get(u));
        }
        ForcePlan repaired = state.plan();
        Evaluation evaluation = Objective.evaluate(problem, repaired);
        return new Repair(repaired, evaluation, added, before, evaluation.objective(), Duration.ofNanos(System.nanoTime() - began));
    }
}
