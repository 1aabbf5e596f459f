package org.entente.forces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.forces.PoolFixtures.TODAY;
import static org.entente.forces.PoolFixtures.pledge;
import static org.entente.forces.PoolFixtures.terms;

import java.time.Instant;
import java.util.List;
import org.entente.forcegeneration.Eta;
import org.entente.forcegeneration.ForceUnit;
import org.entente.forcegeneration.Requirement;
import org.entente.forcegeneration.StatementOfRequirements;
import org.junit.jupiter.api.Test;

class PledgeTest {

    private static final Instant LATER = Instant.parse("2026-06-02T10:00:00Z");

    @Test
    void anEditOfAVerifiedPledgeSendsItBackToPledgedAndRecordsWhatChanged() {
        Pledge verified = pledge(7, terms(Capability.INF, 400, TODAY.plusYears(1)), Readiness.VERIFIED);

        Pledge edited = verified.edit(terms(Capability.INF, 450, TODAY.plusYears(1)), "liaison-fin", LATER);

        assertThat(edited.readiness()).isEqualTo(Readiness.PLEDGED);
        assertThat(edited.version()).isEqualTo(verified.version() + 1);
        Pledge.Change change = edited.history().getLast();
        assertThat(change.action()).isEqualTo(Pledge.Action.EDIT);
        assertThat(change.by()).isEqualTo("liaison-fin");
        assertThat(change.at()).isEqualTo(LATER);
        assertThat(change.differences()).containsExactly(new PledgeTerms.Difference("personnel", "400", "450"));
    }

    @Test
    void aVerificationIsAStepUpTheLadderInTheHistory() {
        Pledge pledged = pledge(7, terms(Capability.MED, 60, TODAY.plusYears(1)), Readiness.PLEDGED);

        Pledge rapid = pledged.raise(Readiness.VERIFIED, "secretariat", LATER).raise(Readiness.RAPID_DEPLOYMENT, "secretariat", LATER.plusSeconds(1));

        assertThat(rapid.history()).extracting(Pledge.Change::action)
                .containsExactly(Pledge.Action.CREATE, Pledge.Action.VERIFY, Pledge.Action.VERIFY);
        assertThat(rapid.history()).extracting(Pledge.Change::readiness)
                .containsExactly(Readiness.PLEDGED, Readiness.VERIFIED, Readiness.RAPID_DEPLOYMENT);
        assertThatThrownBy(() -> pledged.raise(Readiness.RAPID_DEPLOYMENT, "secretariat", LATER)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aPledgeCountsUntilTheDayItExpiresAndNotOnceWithdrawn() {
        Pledge pledge = pledge(7, terms(Capability.INF, 400, TODAY.plusDays(10)), Readiness.VERIFIED);

        assertThat(pledge.validOn(TODAY.plusDays(9))).isTrue();
        assertThat(pledge.validOn(TODAY.plusDays(10))).as("the expiry is the first day it no longer stands").isFalse();
        Pledge withdrawn = pledge.withdraw("liaison-fin", LATER);
        assertThat(withdrawn.validOn(TODAY)).isFalse();
        assertThat(withdrawn.readiness()).as("a withdrawal keeps the rung it was at").isEqualTo(Readiness.VERIFIED);
        assertThatThrownBy(() -> withdrawn.edit(pledge.terms(), "liaison-fin", LATER)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void forceGenerationSeesThePledgeWithItsArrivalByTheOneEtaFormula() {
        Pledge pledge = pledge(7, terms(Capability.INF, 400, TODAY.plusYears(1)), Readiness.VERIFIED);
        GeoPoint theatre = new GeoPoint(43.24, 76.95);
        var requirements = new StatementOfRequirements(theatre, List.of(new Requirement("R1", Capability.INF, false, 1000, 400, 1)));

        ForceUnit unit = requirements.problem("test", List.of("FIN"), List.of(pledge.asPledgedUnit())).units().getFirst();

        assertThat(unit.id()).isEqualTo("7");
        assertThat(unit.state()).isEqualTo("FIN");
        assertThat(unit.personnel()).isEqualTo(400);
        assertThat(unit.distanceKm()).isEqualTo(pledge.terms().homeBase().distanceKmTo(theatre));
        assertThat(unit.arrivalHours()).isEqualTo(Eta.arrivalHours(48, StatementOfRequirements.TRANSPORT.get(pledge.terms().transport()),
                pledge.terms().homeBase(), theatre));
        assertThat(unit.noCombat()).isFalse();
    }

    @Test
    void equipmentIsANameAndACountAndNothingMore() {
        assertThat(Equipment.class.getRecordComponents()).extracting(component -> component.getName()).containsExactly("name", "count");
        assertThatThrownBy(() -> new Equipment("Leer-3", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Equipment("Leer-3", 2)).hasToString("2 × Leer-3");
    }
}
