package org.entente.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.entente.command.Verdict;
import org.entente.command.Wording;
import org.entente.register.Clause;
import org.entente.register.ClauseKind;
import org.entente.register.MembershipEvent;
import org.entente.register.MembershipEventType;
import org.entente.register.MembershipHistory;
import org.entente.register.PartialDate;
import org.entente.register.StateCode;
import org.entente.register.ThreatCategory;
import org.entente.support.MessageFiles;
import org.junit.jupiter.api.Test;

/** The eligibility policies against the CSTO's recorded history (from the built-in dataset's events). */
class EligibilityTest {

    private static MembershipEvent event(String state, MembershipEventType type, String date) {
        return new MembershipEvent(state + "-" + type.code() + "-" + date, StateCode.of(state), type, PartialDate.parse(date), null, null, List.of("S"));
    }

    private static final MembershipHistory ARMENIA = MembershipHistory.derive(StateCode.of("ARM"), List.of(
            event("ARM", MembershipEventType.SIGNED, "1992-05-15"),
            event("ARM", MembershipEventType.PARTICIPATION_FROZEN, "2024-02-22")));
    private static final MembershipHistory UZBEKISTAN = MembershipHistory.derive(StateCode.of("UZB"), List.of(
            event("UZB", MembershipEventType.SIGNED, "1992-05-15"),
            event("UZB", MembershipEventType.DID_NOT_RENEW, "1999-04-20"),
            event("UZB", MembershipEventType.ACCEDED, "2006-06-23"),
            event("UZB", MembershipEventType.SUSPENDED_PENDING_DECISION, "2012-06-28"),
            event("UZB", MembershipEventType.SUSPENDED, "2012-12-19")));
    private static final Clause ARTICLE_4 = new Clause("CST-ART4", "CST", "4", "Article 4: collective defence", null,
            Set.of(ClauseKind.COLLECTIVE_DEFENCE), PartialDate.parse("1994-04-20"), null, List.of("S"));

    @Test
    void aMemberInGoodStandingMayFile() {
        assertThat(Eligibility.requesterInGoodStanding(ARMENIA, LocalDate.parse("2022-09-13"))).isInstanceOf(Verdict.Allowed.class);
    }

    @Test
    void aMemberWhoseParticipationIsFrozenMayFileOnceTheSecretariatAcknowledgesIt() {
        Verdict verdict = Eligibility.requesterInGoodStanding(ARMENIA, LocalDate.parse("2024-06-01"));

        assertThat(verdict).isInstanceOf(Verdict.Warning.class);
        assertThat(Eligibility.allowsFiling(List.of(verdict), false)).isFalse();
        assertThat(Eligibility.allowsFiling(List.of(verdict), true)).isTrue();
    }

    @Test
    void aMemberSuspendedPendingTheCouncilsDecisionMayFileOnceTheSecretariatAcknowledgesIt() {
        Verdict verdict = Eligibility.requesterInGoodStanding(UZBEKISTAN, LocalDate.parse("2012-07-01"));

        assertThat(verdict).isInstanceOf(Verdict.Warning.class);
        assertThat(((Verdict.Warning) verdict).reason()).contains("pending");
        assertThat(Eligibility.allowsFiling(List.of(verdict), false)).isFalse();
        assertThat(Eligibility.allowsFiling(List.of(verdict), true)).isTrue();
    }

    @Test
    void aSuspendedMemberMayNotFile() {
        Verdict verdict = Eligibility.requesterInGoodStanding(UZBEKISTAN, LocalDate.parse("2020-01-01"));

        assertThat(verdict).isInstanceOf(Verdict.Refused.class);
        assertThat(((Verdict.Refused) verdict).reason()).contains("suspended");
        assertThat(Eligibility.allowsFiling(List.of(verdict), true)).isFalse();
    }

    @Test
    void aStateThatIsNotAMemberThenMayNotFile() {
        assertThat(Eligibility.requesterInGoodStanding(UZBEKISTAN, LocalDate.parse("2001-01-01"))).isInstanceOf(Verdict.Refused.class);
    }

    @Test
    void theClauseInvokedMustBeInForceOnTheFilingDate() {
        assertThat(Eligibility.clauseInForce(ARTICLE_4, LocalDate.parse("2022-01-05"))).isInstanceOf(Verdict.Allowed.class);
        Verdict before = Eligibility.clauseInForce(ARTICLE_4, LocalDate.parse("1993-01-01"));
        assertThat(before).isInstanceOf(Verdict.Refused.class);
        assertThat(((Verdict.Refused) before).reason()).contains("1994-04-20");
    }

    @Test
    void everyReasonItGivesHasItsKindAndValuesForAPageToWordInEachLanguage() {
        List<Verdict> verdicts = List.of(
                Eligibility.requesterInGoodStanding(ARMENIA, LocalDate.parse("2024-06-01")),
                Eligibility.requesterInGoodStanding(UZBEKISTAN, LocalDate.parse("2012-07-01")),
                Eligibility.requesterInGoodStanding(UZBEKISTAN, LocalDate.parse("2020-01-01")),
                Eligibility.requesterInGoodStanding(UZBEKISTAN, LocalDate.parse("2001-01-01")),
                Eligibility.clauseInForce(ARTICLE_4, LocalDate.parse("1993-01-01")),
                Eligibility.clauseCoversThreat(ARTICLE_4, ThreatCategory.NATURAL_DISASTER, List.of()),
                Eligibility.noOpenRequestForTheSituation(List.of(new Eligibility.OpenRequest("KAZ-2026-1", ThreatCategory.TERRORISM,
                        RequestState.Status.FILED)), ThreatCategory.TERRORISM));
        for (Verdict verdict : verdicts) {
            Wording wording = verdict instanceof Verdict.Warning warning ? warning.wording() : ((Verdict.Refused) verdict).wording();
            String reason = verdict instanceof Verdict.Warning warning ? warning.reason() : ((Verdict.Refused) verdict).reason();
            assertThat(wording).as("%s", verdict).isNotNull();
            wording.values().forEach(value -> assertThat(reason).as("%s: its values are in its words", verdict).contains(value.toString()));
            for (String messages : MessageFiles.LANGUAGES) {
                var words = MessageFiles.of(messages);
                assertThat(words).as("%s in %s", wording.kind(), messages).containsKey("verdict." + wording.kind());
            }
        }
    }
}
