package org.entente.forcegeneration.internal.planner;

import java.util.ArrayList;
import java.util.List;
import org.entente.forcegeneration.ForcePlan;
import org.entente.forcegeneration.ForceProblem;

/** Between the problem and a plan on one side and the solver's planning solution on the other. */
public final class Schedules {

    private Schedules() {
    }

    public static ForceSchedule of(ForceProblem problem, ForcePlan plan) {
        List<RequirementSlot> slots = new ArrayList<>();
        for (int r = 0; r < problem.requirements().size(); r++) {
            slots.add(new RequirementSlot(r, problem.requirements().get(r)));
        }
        List<StateFact> states = new ArrayList<>();
        for (int s = 0; s < problem.states().size(); s++) {
            states.add(new StateFact(s, problem.states().get(s)));
        }
        List<UnitAssignment> assignments = new ArrayList<>();
        for (int u = 0; u < problem.units().size(); u++) {
            List<RequirementSlot> eligible = new ArrayList<>();
            for (int r : problem.requirementsOf(u)) {
                eligible.add(slots.get(r));
            }
            int assigned = plan.requirementOf(u);
            assignments.add(new UnitAssignment(u, problem.units().get(u), states.get(problem.stateOf(u)), eligible,
                    assigned == ForcePlan.UNASSIGNED ? null : slots.get(assigned)));
        }
        return new ForceSchedule(slots, states, SolverWeights.of(problem.weights()), assignments);
    }

    public static ForcePlan plan(ForceProblem problem, ForceSchedule schedule) {
        int[] plan = ForcePlan.empty(problem).requirementOfUnit();
        for (UnitAssignment assignment : schedule.assignments()) {
            plan[assignment.index()] = assignment.requirement() == null ? ForcePlan.UNASSIGNED : assignment.requirement().index();
        }
        return new ForcePlan(plan);
    }

    /** The objective a schedule's score stands for. */
    public static double objective(ForceSchedule schedule) {
        return -(double) schedule.score().softScore() / schedule.weights().scale();
    }
}
