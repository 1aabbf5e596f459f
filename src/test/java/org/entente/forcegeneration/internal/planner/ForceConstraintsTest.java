package org.entente.forcegeneration.internal.planner;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import java.util.List;
import org.entente.forcegeneration.Contributor;
import org.entente.forcegeneration.ForceUnit;
import org.entente.forcegeneration.Requirement;
import org.entente.forcegeneration.Weights;
import org.entente.forces.Capability;
import org.entente.forces.GeoPoint;
import org.entente.forces.Transport;
import org.junit.jupiter.api.Test;

/** One ConstraintVerifier test per constraint, on hand-made units, requirements and states. */
class ForceConstraintsTest {

    private static final GeoPoint HERE = new GeoPoint(0, 0);
    private static final SolverWeights WEIGHTS = SolverWeights.of(new Weights(1000, 100000, 10, 1, 1));
    private static final StateFact A = new StateFact(0, new Contributor("A", 0.6, 500, 700, false, HERE));
    private static final StateFact B = new StateFact(1, new Contributor("B", 0.4, 300, 1000, true, HERE));
    private static final RequirementSlot INFANTRY = new RequirementSlot(0, new Requirement("R1", Capability.INF, true, 200, 600, 2));
    private static final RequirementSlot MEDICAL = new RequirementSlot(1, new Requirement("R2", Capability.MED, false, 200, 100, 1));

    private final ConstraintVerifier<ForceConstraints, ForceSchedule> verifier =
            ConstraintVerifier.build(new ForceConstraints(), ForceSchedule.class, UnitAssignment.class);

    private static int next;

    private static UnitAssignment unit(StateFact state, int personnel, int arrival, RequirementSlot serving) {
        int index = next++;
        var unit = new ForceUnit("U" + index, state.state().id(), serving == null ? Capability.INF : serving.requirement().capability(), personnel,
                0, HERE, Transport.AIR, 0, arrival, state.state().noCombat());
        return new UnitAssignment(index, unit, state, serving == null ? List.of() : List.of(serving), serving);
    }

    @Test
    void aStateAboveItsNationalCapCostsOneHardPointPerPersonAbove() {
        verifier.verifyThat(ForceConstraints::nationalCap)
                .given(unit(A, 400, 10, INFANTRY), unit(A, 350, 10, INFANTRY), unit(B, 900, 10, MEDICAL))
                .penalizesBy(50);
    }

    @Test
    void aRequirementShortOfPersonnelOrUnitsCostsTheirWeights() {
        verifier.verifyThat(ForceConstraints::requirementShortfall)
                .given(WEIGHTS, unit(A, 400, 10, INFANTRY), unit(B, 150, 10, MEDICAL))
                .penalizesBy(1000L * 200 + 100000L * 1);
    }

    @Test
    void aRequirementNoUnitServesIsShortOfEverything() {
        verifier.verifyThat(ForceConstraints::unservedRequirement)
                .given(WEIGHTS, INFANTRY, MEDICAL, unit(A, 400, 10, INFANTRY))
                .penalizesBy(1000L * 100 + 100000L * 1);
    }

    @Test
    void personnelBeyondARequirementCostsTheOvercommitmentWeight() {
        verifier.verifyThat(ForceConstraints::overcommitment)
                .given(WEIGHTS, unit(A, 400, 10, INFANTRY), unit(A, 300, 10, INFANTRY), unit(B, 80, 10, MEDICAL))
                .penalizesBy(100);
    }

    @Test
    void theForceArrivesWithItsLatestUnit() {
        verifier.verifyThat(ForceConstraints::forceArrival)
                .given(WEIGHTS, unit(A, 100, 30, INFANTRY), unit(B, 100, 170, MEDICAL), unit(A, 100, 500, null))
                .penalizesBy(10L * 170);
    }

    @Test
    void aContributingStateCostsItsDistanceFromItsBurdenShare() {
        verifier.verifyThat(ForceConstraints::burdenDeviation)
                .given(WEIGHTS, unit(A, 400, 10, INFANTRY), unit(A, 200, 10, INFANTRY), unit(B, 100, 10, MEDICAL))
                .penalizesBy(100 + 200);
    }

    @Test
    void aStateThatContributesNothingCostsItsWholeTarget() {
        verifier.verifyThat(ForceConstraints::idleState)
                .given(WEIGHTS, A, B, unit(A, 400, 10, INFANTRY), unit(B, 100, 10, null))
                .penalizesBy(300);
    }
}
