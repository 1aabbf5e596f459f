package org.entente.forcegeneration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.entente.command.Verdict;
import org.entente.forces.Capability;
import org.entente.forces.GeoPoint;
import org.junit.jupiter.api.Test;

/** What a package leaves short, the warning before accepting it, and what changed in its statement of requirements since. */
class PackagePoliciesTest {

    private static final GeoPoint OSH = new GeoPoint(40.5, 72.8);

    private static StatementOfRequirements statement(GeoPoint theatre, Requirement... requirements) {
        return new StatementOfRequirements(theatre, List.of(requirements));
    }

    private static Requirement infantry(int personnel, int units) {
        return new Requirement("R1", Capability.INF, true, 48, personnel, units);
    }

    private static Requirement medics() {
        return new Requirement("R2", Capability.MED, false, 72, 60, 1);
    }

    @Test
    void theSameShortfallGivesTheSameConfirmationAndAnyOtherADifferentOne() {
        var short400 = List.of(new Shortfall("R1", Capability.INF, 400, 0));

        assertThat(Shortfall.confirmation(short400)).isEqualTo(Shortfall.confirmation(List.of(new Shortfall("R1", Capability.INF, 400, 0))));
        assertThat(Shortfall.confirmation(short400)).isNotEqualTo(Shortfall.confirmation(List.of(new Shortfall("R1", Capability.INF, 800, 0))))
                .isNotEqualTo(Shortfall.confirmation(List.of(new Shortfall("R1", Capability.INF, 400, 1))))
                .isNotEqualTo(Shortfall.confirmation(List.of(new Shortfall("R1", Capability.INF, 400, 0), new Shortfall("R2", Capability.MED, 60, 1))))
                .isNotEqualTo(Shortfall.confirmation(List.of()));
    }

    @Test
    void aPackageIsShortOfEachRequirementByThePersonnelAndUnitsItsUnitsLeaveUncovered() {
        var shortfalls = Shortfall.of(statement(OSH, infantry(650, 3), medics()), Map.of("R1", 50L), Map.of("R1", 1));

        assertThat(shortfalls).containsExactly(new Shortfall("R1", Capability.INF, 600, 2), new Shortfall("R2", Capability.MED, 60, 1));
        assertThat(shortfalls.getFirst().described()).isEqualTo("R1 (INF): 600 personnel, 2 units short");
        assertThat(Shortfall.of(statement(OSH, infantry(650, 3)), Map.of("R1", 700L), Map.of("R1", 3))).as("covered, and over").isEmpty();
        assertThatThrownBy(() -> new Shortfall("R1", Capability.INF, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPlanThatCoversEveryRequirementIsAllowedAndOneThatLeavesAnyShortIsAWarningNamingEach() {
        assertThat(PackagePolicies.coversEveryRequirement(List.of())).isInstanceOf(Verdict.Allowed.class);

        Verdict verdict = PackagePolicies.coversEveryRequirement(List.of(new Shortfall("R1", Capability.INF, 600, 2),
                new Shortfall("R2", Capability.MED, 0, 1)));

        assertThat(verdict).isInstanceOf(Verdict.Warning.class);
        assertThat(verdict.policy()).isEqualTo(PackagePolicies.COVERS_EVERY_REQUIREMENT);
        assertThat(((Verdict.Warning) verdict).reason())
                .isEqualTo("the plan leaves 2 requirement(s) short: R1 (INF): 600 personnel, 2 units short; R2 (MED): 0 personnel, 1 units short");
    }

    @Test
    void theChangesBetweenTwoStatementsAreTheTheatreMovedAndEachRequirementAddedChangedOrRemoved() {
        var before = statement(OSH, infantry(650, 3), medics());

        assertThat(RequirementsChange.between(before, statement(OSH, infantry(650, 3), medics()))).as("the same statement").isEmpty();
        assertThat(RequirementsChange.between(before, statement(new GeoPoint(41.0, 72.8), infantry(800, 3),
                new Requirement("R3", Capability.ENG, false, 96, 100, 1))))
                .containsExactly(new RequirementsChange(RequirementsChange.THEATRE, RequirementsChange.Kind.MOVED),
                        new RequirementsChange("R1", RequirementsChange.Kind.CHANGED), new RequirementsChange("R3", RequirementsChange.Kind.ADDED),
                        new RequirementsChange("R2", RequirementsChange.Kind.REMOVED));
        assertThat(RequirementsChange.between(before, statement(OSH, new Requirement("R1", Capability.INF, false, 48, 650, 3), medics())))
                .as("a combat task no longer").containsExactly(new RequirementsChange("R1", RequirementsChange.Kind.CHANGED));
    }
}
