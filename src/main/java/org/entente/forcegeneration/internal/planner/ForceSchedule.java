package org.entente.forcegeneration.internal.planner;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.ProblemFactProperty;
import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import java.util.List;

/** The solver's planning solution: the requirements and states (facts), the units to assign (entities), the weights and the score. */
@PlanningSolution
public class ForceSchedule {

    @ProblemFactCollectionProperty
    private List<RequirementSlot> requirements;
    @ProblemFactCollectionProperty
    private List<StateFact> states;
    @ProblemFactProperty
    private SolverWeights weights;
    @PlanningEntityCollectionProperty
    private List<UnitAssignment> assignments;
    @PlanningScore
    private HardSoftLongScore score;

    public ForceSchedule() {
    }

    ForceSchedule(List<RequirementSlot> requirements, List<StateFact> states, SolverWeights weights, List<UnitAssignment> assignments) {
        this.requirements = requirements;
        this.states = states;
        this.weights = weights;
        this.assignments = assignments;
    }

    public List<RequirementSlot> requirements() {
        return requirements;
    }

    public List<StateFact> states() {
        return states;
    }

    public SolverWeights weights() {
        return weights;
    }

    public List<UnitAssignment> assignments() {
        return assignments;
    }

    public HardSoftLongScore score() {
        return score;
    }
}
