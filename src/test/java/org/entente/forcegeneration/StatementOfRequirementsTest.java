package org.entente.forcegeneration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.entente.forces.Capability;
import org.entente.forces.GeoPoint;
import org.entente.forces.PledgedUnit;
import org.entente.forces.Transport;
import org.junit.jupiter.api.Test;

/** A statement of requirements with the pledged units makes the problem the planner solves. */
class StatementOfRequirementsTest {

    private static final GeoPoint ALMATY = new GeoPoint(43.24, 76.89);
    private static final StatementOfRequirements SOR = new StatementOfRequirements(ALMATY, List.of(
            new Requirement("R1", Capability.INF, false, 72, 1200, 3), new Requirement("R2", Capability.MED, false, 96, 300, 1)));

    @Test
    void sharesTheBurdenEquallyAmongTheMembersAndComputesEachUnitsEta() {
        var moscow = new PledgedUnit("RUS-45", "RUS", "45th Guards Brigade", Capability.INF, 500, 6, new GeoPoint(55.75, 37.62), Transport.AIR, false, null);
        var minsk = new PledgedUnit("BLR-103", "BLR", "103rd Brigade", Capability.INF, 200, 12, new GeoPoint(53.90, 27.57), Transport.AIR, true, 250);
        var tashkent = new PledgedUnit("UZB-1", "UZB", "not a member", Capability.INF, 300, 6, new GeoPoint(41.3, 69.24), Transport.LAND, false, null);

        ForceProblem problem = SOR.problem("KAZ-2026-1", List.of("BLR", "RUS"), List.of(moscow, minsk, tashkent));

        assertThat(problem.units()).extracting(ForceUnit::id).as("a non-member's pledge does not count").containsExactly("RUS-45", "BLR-103");
        ForceUnit russian = problem.units().getFirst();
        assertThat(russian.arrivalHours()).isEqualTo(Eta.arrivalHours(6, StatementOfRequirements.TRANSPORT.get(Transport.AIR), moscow.base(), ALMATY));
        assertThat(problem.states()).extracting(Contributor::targetPersonnel).containsExactly(750, 750);
        assertThat(problem.states()).extracting(Contributor::nationalCapPersonnel).containsExactly(250, Integer.MAX_VALUE);
        assertThat(problem.unitsOf(0)).as("both infantry units may serve R1 in time").hasSize(2);
    }

    @Test
    void refusesAnEmptyStatementOrALineListedTwice() {
        assertThatThrownBy(() -> new StatementOfRequirements(ALMATY, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StatementOfRequirements(ALMATY, List.of(SOR.requirements().getFirst(), SOR.requirements().getFirst())))
                .hasMessageContaining("listed twice");
    }
}
