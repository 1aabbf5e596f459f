package org.entente.forces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.forces.PoolFixtures.TODAY;
import static org.entente.forces.PoolFixtures.pledge;
import static org.entente.forces.PoolFixtures.rapidReaction;
import static org.entente.forces.PoolFixtures.terms;

import java.time.Instant;
import java.util.List;
import org.entente.forces.GapAnalysis.Count;
import org.entente.provenance.Translations;
import org.junit.jupiter.api.Test;

class GapAnalysisTest {

    private static final Instant LATER = Instant.parse("2026-06-02T10:00:00Z");

    @Test
    void countsValidPledgesAtEachRungAndInTotalAgainstTheGoalWithTheShortfall() {
        List<Pledge> pledges = List.of(
                pledge(1, terms(Capability.INF, 250, TODAY.plusYears(1)), Readiness.PLEDGED),
                pledge(2, terms(Capability.INF, 200, TODAY.plusYears(1)), Readiness.RAPID_DEPLOYMENT),
                pledge(3, terms(Capability.MED, 90, TODAY.plusYears(1)), Readiness.VERIFIED));

        GapAnalysis analysis = GapAnalysis.of(rapidReaction(), pledges, TODAY);

        assertThat(analysis.lines()).extracting(GapAnalysis.Line::capability).containsExactly(Capability.INF, Capability.MED);
        GapAnalysis.Line infantry = analysis.lines().getFirst();
        assertThat(infantry.at(Readiness.PLEDGED)).isEqualTo(new Count(1, 250));
        assertThat(infantry.at(Readiness.VERIFIED)).isEqualTo(Count.NONE);
        assertThat(infantry.at(Readiness.RAPID_DEPLOYMENT)).isEqualTo(new Count(1, 200));
        assertThat(infantry.total()).isEqualTo(new Count(2, 450));
        assertThat(infantry.shortfall()).as("600 personnel in 2 units asked").isEqualTo(new Count(0, 150));
        GapAnalysis.Line medical = analysis.lines().getLast();
        assertThat(medical.shortfall()).as("more than the goal is no negative shortfall").isEqualTo(new Count(0, 0));
    }

    @Test
    void expiredAndWithdrawnPledgesAndThoseOfOtherPoolsDoNotCount() {
        Pledge expiring = pledge(1, terms(Capability.INF, 250, TODAY.plusDays(30)), Readiness.VERIFIED);
        Pledge withdrawn = pledge(2, terms(Capability.INF, 100, TODAY.plusYears(1)), Readiness.VERIFIED).withdraw("liaison-fin", LATER);
        var elsewhere = terms(Capability.INF, 70, TODAY.plusYears(1));
        Pledge otherPool = pledge(3, new PledgeTerms("NLP-PKF", elsewhere.designation(), elsewhere.capability(), elsewhere.personnel(),
                elsewhere.equipment(), elsewhere.noticeToMoveHours(), elsewhere.homeBase(), elsewhere.transport(), elsewhere.caveats(),
                elsewhere.expiresOn()), Readiness.PLEDGED);

        GapAnalysis today = GapAnalysis.of(rapidReaction(), List.of(expiring, withdrawn, otherPool), TODAY);
        GapAnalysis afterExpiry = GapAnalysis.of(rapidReaction(), List.of(expiring, withdrawn, otherPool), TODAY.plusDays(30));

        assertThat(today.lines().getFirst().total()).isEqualTo(new Count(1, 250));
        assertThat(afterExpiry.lines().getFirst().total()).isEqualTo(Count.NONE);
        assertThat(afterExpiry.lines().getFirst().shortfall()).isEqualTo(new Count(2, 600));
        assertThat(afterExpiry.on()).isEqualTo(TODAY.plusDays(30));
    }

    @Test
    void aCapabilityPledgedWithoutAGoalIsCountedWithNoShortfallAndAPoolWithoutGoalsSaysSo() {
        var withoutGoals = new ForcePool("NLP-PKF", "Peacekeeping", PoolKind.PEACEKEEPING, rapidReaction().established(), null, null, 500,
                List.of(), List.of("PACT-TEXT"), Translations.NONE);
        var terms = terms(Capability.ENG, 120, TODAY.plusYears(1));
        Pledge engineers = pledge(4, new PledgeTerms("NLP-PKF", terms.designation(), terms.capability(), terms.personnel(), terms.equipment(),
                terms.noticeToMoveHours(), terms.homeBase(), terms.transport(), terms.caveats(), terms.expiresOn()), Readiness.PLEDGED);

        GapAnalysis analysis = GapAnalysis.of(withoutGoals, List.of(engineers), TODAY);

        assertThat(analysis.hasGoals()).isFalse();
        assertThat(analysis.lines()).singleElement().satisfies(line -> {
            assertThat(line.capability()).isEqualTo(Capability.ENG);
            assertThat(line.goal()).isNull();
            assertThat(line.shortfall()).isNull();
            assertThat(line.total()).isEqualTo(new Count(1, 120));
        });
        assertThat(GapAnalysis.of(withoutGoals, List.of(), TODAY).lines()).isEmpty();
    }
}
