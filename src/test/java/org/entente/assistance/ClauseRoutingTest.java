package org.entente.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.entente.assistance.ClauseRouting.Precedent;
import org.entente.assistance.ClauseRouting.Route;
import org.entente.command.Verdict;
import org.entente.provenance.Claim;
import org.entente.provenance.Disagreement;
import org.entente.provenance.Translations;
import org.entente.register.Clause;
import org.entente.register.ClauseKind;
import org.entente.register.PartialDate;
import org.entente.register.ThreatCategory;
import org.junit.jupiter.api.Test;

/**
 * Clause routing reads the record: which threats each clause's text covers, when it is in force, the decisions
 * the organization took on it for a threat, and the disagreements about it.
 */
class ClauseRoutingTest {

    private static final LocalDate FILED_ON = LocalDate.parse("2022-01-05");

    private static Clause clause(String id, ClauseKind kind, String from, String until, ThreatCategory... covers) {
        return new Clause(id, "T", id, id, null, Set.of(kind), PartialDate.parse(from), until == null ? null : PartialDate.parse(until),
                List.of("S"), Set.of(covers), null, Translations.NONE);
    }

    private static final Clause ARTICLE_4 = clause("ART4", ClauseKind.COLLECTIVE_DEFENCE, "1994-04-20", null, ThreatCategory.EXTERNAL_AGGRESSION);
    private static final Clause ARTICLE_2 = clause("ART2", ClauseKind.CONSULTATION, "1994-04-20", null, ThreatCategory.BORDER_INCIDENT,
            ThreatCategory.EXTERNAL_AGGRESSION);
    private static final Clause CRISIS = clause("CRISIS", ClauseKind.CRISIS_RESPONSE, "2003-09-18", null, ThreatCategory.INTERNAL_UNREST,
            ThreatCategory.TERRORISM);

    private static final List<Clause> CLAUSES = List.of(ARTICLE_4, ARTICLE_2, CRISIS,
            clause("OLD-CRISIS", ClauseKind.CRISIS_RESPONSE, "1994-04-20", "2003-09-18", ThreatCategory.INTERNAL_UNREST),
            clause("RULE", ClauseKind.DECISION_RULE, "2003-09-18", null));

    private static Precedent decided(String request, ThreatCategory threat, String clause, DecisionKind decision) {
        return new Precedent(request, threat, clause, decision);
    }

    /** The register doubts that CRISIS exists as a clause: the preferred claim says no such paragraph was verified. */
    private static Disagreement doubtAbout(String clause) {
        return new Disagreement("DIS-" + clause, "clause:" + clause, "basis", "Does a Charter paragraph on crises exist?",
                "only one article names it", List.of(new Claim("no such paragraph verified", null, true, List.of("OFFICIAL")),
                new Claim("a Charter paragraph on crises", null, false, List.of("ARTICLE"))));
    }

    /** The register disagrees about {@code attribute} of the clause (its date, its title...), not about whether it exists. */
    private static Disagreement disagreementAbout(String clause, String attribute) {
        return new Disagreement("DIS-" + clause + "-" + attribute, "clause:" + clause, attribute, "When did it enter into force?",
                "the official text is dated", List.of(new Claim("2003-09-18", null, true, List.of("OFFICIAL")),
                new Claim("2002-10-07", null, false, List.of("ARTICLE"))));
    }

    private static List<String> proposed(ThreatCategory threat, LocalDate filedOn, List<Precedent> decisions, List<Disagreement> disagreements) {
        return ClauseRouting.candidates(CLAUSES, threat, filedOn, decisions, disagreements).stream().map(route -> route.clause().id()).toList();
    }

    @Test
    void proposesTheClausesInForceWhoseTextCoversTheThreatByIdentifier() {
        assertThat(proposed(ThreatCategory.EXTERNAL_AGGRESSION, FILED_ON, List.of(), List.of())).containsExactly("ART2", "ART4");
        assertThat(proposed(ThreatCategory.INTERNAL_UNREST, FILED_ON, List.of(), List.of())).containsExactly("CRISIS");
        assertThat(proposed(ThreatCategory.INTERNAL_UNREST, LocalDate.parse("2000-01-01"), List.of(), List.of()))
                .as("the clause in force then").containsExactly("OLD-CRISIS");
    }

    @Test
    void proposesNothingForAThreatNoClauseCovers() {
        assertThat(proposed(ThreatCategory.NATURAL_DISASTER, FILED_ON, List.of(), List.of())).isEmpty();
    }

    @Test
    void aDecisionToAssistOnAClauseForAThreatIsEvidenceThatTheClauseCoversIt() {
        var decisions = List.of(decided("KAZ-2022", ThreatCategory.TERRORISM, "ART4", DecisionKind.DEPLOY_FORCES));

        Route route = ClauseRouting.route(ARTICLE_4, ThreatCategory.TERRORISM, decisions, List.of());

        assertThat(route.covers()).isTrue();
        assertThat(route.coveredByText()).isFalse();
        assertThat(route.precedents()).extracting(Precedent::request).containsExactly("KAZ-2022");
    }

    @Test
    void aDecisionOfNonMilitaryAssistanceIsEvidenceToo() {
        var decisions = List.of(decided("ARM-2022", ThreatCategory.BORDER_INCIDENT, "ART4", DecisionKind.NON_MILITARY_ASSISTANCE));

        assertThat(ClauseRouting.route(ARTICLE_4, ThreatCategory.BORDER_INCIDENT, decisions, List.of()).covers()).isTrue();
    }

    @Test
    void aRejectionOrADeferralIsNoEvidenceThatTheClauseCoversTheThreat() {
        var decisions = List.of(decided("ARM-2021", ThreatCategory.TERRORISM, "ART4", DecisionKind.REJECTED),
                decided("TJK-2023", ThreatCategory.TERRORISM, "ART4", DecisionKind.DEFERRED));

        assertThat(ClauseRouting.route(ARTICLE_4, ThreatCategory.TERRORISM, decisions, List.of()).covers()).isFalse();
    }

    @Test
    void aDecisionAboutAnotherThreatOrOnAnotherClauseIsNoEvidence() {
        var decisions = List.of(decided("KAZ-2022", ThreatCategory.EXTREMISM, "ART4", DecisionKind.DEPLOY_FORCES),
                decided("KGZ-2022", ThreatCategory.TERRORISM, "ART2", DecisionKind.DEPLOY_FORCES));

        assertThat(ClauseRouting.route(ARTICLE_4, ThreatCategory.TERRORISM, decisions, List.of()).covers()).isFalse();
    }

    @Test
    void aClauseNoSourceDisputesIsProposedBeforeADisputedOne() {
        var decisions = List.of(decided("KAZ-2022", ThreatCategory.TERRORISM, "ART4", DecisionKind.DEPLOY_FORCES));

        List<Route> routes = ClauseRouting.candidates(CLAUSES, ThreatCategory.TERRORISM, FILED_ON, decisions, List.of(doubtAbout("CRISIS")));

        assertThat(routes).extracting(route -> route.clause().id()).containsExactly("ART4", "CRISIS");
        assertThat(routes.get(1).disputes()).extracting(Disagreement::id).containsExactly("DIS-CRISIS");
    }

    @Test
    void aDisputedClauseIsStillACandidateWhenNoOtherCoversTheThreatAndCarriesItsDispute() {
        List<Route> routes = ClauseRouting.candidates(CLAUSES, ThreatCategory.INTERNAL_UNREST, FILED_ON, List.of(), List.of(doubtAbout("CRISIS")));

        assertThat(routes).extracting(route -> route.clause().id()).containsExactly("CRISIS");
        assertThat(routes.getFirst().disputed()).isTrue();
        assertThat(routes.getFirst().disputes().getFirst().preferred().value()).isEqualTo("no such paragraph verified");
    }

    @Test
    void aDisagreementAboutAClausesDateDoesNotDisputeItNorPushItDown() {
        var decisions = List.of(decided("KAZ-2022", ThreatCategory.TERRORISM, "CRISIS", DecisionKind.DEPLOY_FORCES));

        List<Route> routes = ClauseRouting.candidates(CLAUSES, ThreatCategory.TERRORISM, FILED_ON, decisions, List.of(disagreementAbout("CRISIS", "date")));

        assertThat(routes).extracting(route -> route.clause().id()).containsExactly("CRISIS");
        assertThat(routes.getFirst().disputed()).isFalse();
        assertThat(routes.getFirst().disputes()).isEmpty();
        assertThat(routes.getFirst().otherDisagreements()).extracting(Disagreement::attribute).containsExactly("date");
    }

    @Test
    void aClauseWithADisagreementAboutItsTitleIsRankedByItsEvidenceAsIfUndisputed() {
        var decisions = List.of(decided("KAZ-2022", ThreatCategory.TERRORISM, "ART4", DecisionKind.DEPLOY_FORCES),
                decided("KAZ-2023", ThreatCategory.TERRORISM, "CRISIS", DecisionKind.DEPLOY_FORCES),
                decided("KAZ-2024", ThreatCategory.TERRORISM, "CRISIS", DecisionKind.DEPLOY_FORCES));

        assertThat(proposed(ThreatCategory.TERRORISM, FILED_ON, decisions, List.of(disagreementAbout("CRISIS", "title"))))
                .as("two decisions rested on CRISIS, one on ART4").containsExactly("CRISIS", "ART4");
    }

    @Test
    void aDisagreementAboutWhetherTheClauseExistsDisputesIt() {
        Route route = ClauseRouting.route(CRISIS, ThreatCategory.TERRORISM, List.of(), List.of(disagreementAbout("CRISIS", "existence")));

        assertThat(route.disputed()).isTrue();
        assertThat(route.disputes()).extracting(Disagreement::attribute).containsExactly("existence");
        assertThat(route.otherDisagreements()).isEmpty();
    }

    @Test
    void aDisagreementAboutAnotherClauseIsNeitherADisputeNorAnotherDisagreementOfThisOne() {
        Route route = ClauseRouting.route(CRISIS, ThreatCategory.TERRORISM, List.of(), List.of(doubtAbout("ART4"), disagreementAbout("ART4", "date")));

        assertThat(route.disputed()).isFalse();
        assertThat(route.otherDisagreements()).isEmpty();
    }

    @Test
    void theClauseTheOrganizationsDecisionsRestedOnIsProposedBeforeOneOnlyItsTextCovers() {
        var decisions = List.of(decided("KAZ-2022", ThreatCategory.TERRORISM, "ART4", DecisionKind.DEPLOY_FORCES));

        assertThat(proposed(ThreatCategory.TERRORISM, FILED_ON, decisions, List.of())).containsExactly("ART4", "CRISIS");
    }

    @Test
    void theEvidenceSaysWhichDecisionRestedOnTheClauseForTheThreat() {
        var decisions = List.of(decided("KAZ-2022", ThreatCategory.TERRORISM, "ART4", DecisionKind.DEPLOY_FORCES));

        assertThat(ClauseRouting.route(ARTICLE_4, ThreatCategory.TERRORISM, decisions, List.of()).evidence())
                .isEqualTo("the council decided KAZ-2022 (terrorism) on ART4: deploy forces");
        assertThat(ClauseRouting.route(ARTICLE_2, ThreatCategory.BORDER_INCIDENT, List.of(), List.of()).evidence())
                .isEqualTo("its text covers border incident, external aggression");
    }

    @Test
    void theCoverPolicyAllowsAClauseTheOrganizationDecidedOnForTheThreat() {
        var decisions = List.of(decided("KAZ-2022", ThreatCategory.TERRORISM, "ART4", DecisionKind.DEPLOY_FORCES));

        assertThat(Eligibility.clauseCoversThreat(ARTICLE_4, ThreatCategory.TERRORISM, decisions)).isInstanceOf(Verdict.Allowed.class);
    }

    @Test
    void theCoverPolicyRefusesAClauseThatDoesNotCoverTheThreatNamingWhatItsTextCoversAndThatNoDecisionRestedOnIt() {
        Verdict verdict = Eligibility.clauseCoversThreat(ARTICLE_4, ThreatCategory.BORDER_INCIDENT, List.of());

        assertThat(verdict).isInstanceOf(Verdict.Refused.class);
        assertThat(((Verdict.Refused) verdict).reason()).contains("does not cover border incident").contains("external aggression")
                .contains("no decision of the organization");
    }
}
