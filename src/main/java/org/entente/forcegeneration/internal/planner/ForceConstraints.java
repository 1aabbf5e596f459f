package org.entente.forcegeneration.internal.planner;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.max;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import org.entente.forcegeneration.Objective;

/**
 * The benchmark's objective as Timefold constraints (soft, in objective units times the weights'
 * scale) and the national cap as the one hard constraint (the other hard rules are in each unit's value
 * range). Each penalty is a term of {@link Objective} ({@link Objective#personnelShort} and the others),
 * so together they score a plan as {@link Objective#evaluate} does, which a test checks on the
 * benchmark's instances.
 */
public class ForceConstraints implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                nationalCap(factory),
                requirementShortfall(factory),
                unservedRequirement(factory),
                overcommitment(factory),
                forceArrival(factory),
                burdenDeviation(factory),
                idleState(factory)
        };
    }

    Constraint nationalCap(ConstraintFactory factory) {
        return factory.forEach(UnitAssignment.class)
                .groupBy(UnitAssignment::state, sum(UnitAssignment::personnel))
                .filter((state, personnel) -> personnel > state.state().nationalCapPersonnel())
                .penalizeLong(HardSoftLongScore.ONE_HARD, (state, personnel) -> personnel - state.state().nationalCapPersonnel())
                .asConstraint("national cap");
    }

    /** Personnel and units short of a requirement that some unit serves. */
    Constraint requirementShortfall(ConstraintFactory factory) {
        return factory.forEach(UnitAssignment.class)
                .groupBy(UnitAssignment::requirement, sum(UnitAssignment::personnel), count())
                .join(SolverWeights.class)
                .filter((slot, personnel, units, w) -> Objective.personnelShort(slot.requirement(), personnel) > 0
                        || Objective.unitsShort(slot.requirement(), units) > 0)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, (slot, personnel, units, w) ->
                        w.shortfallPersonnel() * Objective.personnelShort(slot.requirement(), personnel)
                                + w.shortfallUnits() * Objective.unitsShort(slot.requirement(), units))
                .asConstraint("requirement shortfall");
    }

    /** A requirement no unit serves: all its personnel and units short. */
    Constraint unservedRequirement(ConstraintFactory factory) {
        return factory.forEach(RequirementSlot.class)
                .ifNotExists(UnitAssignment.class, Joiners.equal(slot -> slot, UnitAssignment::requirement))
                .join(SolverWeights.class)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, (slot, w) ->
                        w.shortfallPersonnel() * Objective.personnelShort(slot.requirement(), 0) + w.shortfallUnits() * Objective.unitsShort(slot.requirement(), 0))
                .asConstraint("unserved requirement");
    }

    Constraint overcommitment(ConstraintFactory factory) {
        return factory.forEach(UnitAssignment.class)
                .groupBy(UnitAssignment::requirement, sum(UnitAssignment::personnel))
                .filter((slot, personnel) -> Objective.personnelOver(slot.requirement(), personnel) > 0)
                .join(SolverWeights.class)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, (slot, personnel, w) -> w.overcommitPersonnel() * Objective.personnelOver(slot.requirement(), personnel))
                .asConstraint("overcommitment");
    }

    /** The force has arrived when its latest unit has. */
    Constraint forceArrival(ConstraintFactory factory) {
        return factory.forEach(UnitAssignment.class)
                .groupBy(max((UnitAssignment assignment) -> assignment.unit().arrivalHours()))
                .join(SolverWeights.class)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, (latest, w) -> w.maxArrivalHours() * latest)
                .asConstraint("force arrival");
    }

    /** A contributing state's personnel away from its burden share's target. */
    Constraint burdenDeviation(ConstraintFactory factory) {
        return factory.forEach(UnitAssignment.class)
                .groupBy(UnitAssignment::state, sum(UnitAssignment::personnel))
                .join(SolverWeights.class)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, (state, personnel, w) ->
                        w.burdenDeviationPersonnel() * Objective.burdenDeviation(state.state(), personnel))
                .asConstraint("burden deviation");
    }

    /** A state that contributes nothing is its whole target away from it. */
    Constraint idleState(ConstraintFactory factory) {
        return factory.forEach(StateFact.class)
                .ifNotExists(UnitAssignment.class, Joiners.equal(state -> state, UnitAssignment::state))
                .join(SolverWeights.class)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, (state, w) -> w.burdenDeviationPersonnel() * Objective.burdenDeviation(state.state(), 0))
                .asConstraint("idle state");
    }
}
