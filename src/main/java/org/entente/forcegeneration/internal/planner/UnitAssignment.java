package org.entente.forcegeneration.internal.planner;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.List;
import org.entente.forcegeneration.ForceUnit;

/**
 * One pledged unit and the requirement it serves, if any: the solver's planning entity. Its value range
 * is the requirements the hard rules let it serve (capability, arrival in time, combat caveat), so the
 * solver never proposes another.
 */
@PlanningEntity
public class UnitAssignment {

    @PlanningId
    private int index;
    private ForceUnit unit;
    private StateFact state;
    private List<RequirementSlot> eligible;

    @PlanningVariable(allowsUnassigned = true)
    private RequirementSlot requirement;

    public UnitAssignment() {
    }

    UnitAssignment(int index, ForceUnit unit, StateFact state, List<RequirementSlot> eligible, RequirementSlot requirement) {
        this.index = index;
        this.unit = unit;
        this.state = state;
        this.eligible = List.copyOf(eligible);
        this.requirement = requirement;
    }

    @ValueRangeProvider
    public List<RequirementSlot> eligible() {
        return eligible;
    }

    public int index() {
        return index;
    }

    public ForceUnit unit() {
        return unit;
    }

    public StateFact state() {
        return state;
    }

    public RequirementSlot requirement() {
        return requirement;
    }

    public void setRequirement(RequirementSlot requirement) {
        this.requirement = requirement;
    }

    public RequirementSlot getRequirement() {
        return requirement;
    }

    public int personnel() {
        return unit.personnel();
    }

    @Override
    public String toString() {
        return unit.id() + "->" + requirement;
    }
}
