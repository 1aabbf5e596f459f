package org.entente.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.entente.command.Verdict;
import org.entente.register.Clause;
import org.entente.register.ClauseKind;
import org.entente.register.PartialDate;
import org.entente.register.ThreatCategory;
import org.junit.jupiter.api.Test;

/** Clause routing reads the clauses' own data: which threats each covers, and when it is in force. */
class ClauseRoutingTest {

    private static Clause clause(String id, ClauseKind kind, String from, String until, ThreatCategory... covers) {
        return new Clause(id, "T", id, id, null, Set.of(kind), PartialDate.parse(from), until == null ? null : PartialDate.parse(until),
                List.of("S"), Set.of(covers), null);
    }

    private static final List<Clause> CLAUSES = List.of(
            clause("ART4", ClauseKind.COLLECTIVE_DEFENCE, "1994-04-20", null, ThreatCategory.EXTERNAL_AGGRESSION),
            clause("ART2", ClauseKind.CONSULTATION, "1994-04-20", null, ThreatCategory.BORDER_INCIDENT, ThreatCategory.EXTERNAL_AGGRESSION),
            clause("CRISIS", ClauseKind.CRISIS_RESPONSE, "2003-09-18", null, ThreatCategory.INTERNAL_UNREST),
            clause("OLD-CRISIS", ClauseKind.CRISIS_RESPONSE, "1994-04-20", "2003-09-18", ThreatCategory.INTERNAL_UNREST),
            clause("RULE", ClauseKind.DECISION_RULE, "2003-09-18", null));

    @Test
    void proposesTheClausesInForceThatCoverTheThreatByIdentifier() {
        assertThat(ClauseRouting.candidates(CLAUSES, ThreatCategory.EXTERNAL_AGGRESSION, LocalDate.parse("2022-01-05")))
                .extracting(Clause::id).containsExactly("ART2", "ART4");
        assertThat(ClauseRouting.candidates(CLAUSES, ThreatCategory.INTERNAL_UNREST, LocalDate.parse("2022-01-05")))
                .extracting(Clause::id).containsExactly("CRISIS");
        assertThat(ClauseRouting.candidates(CLAUSES, ThreatCategory.INTERNAL_UNREST, LocalDate.parse("2000-01-01")))
                .extracting(Clause::id).as("the clause in force then").containsExactly("OLD-CRISIS");
    }

    @Test
    void proposesNothingForAThreatNoClauseCovers() {
        assertThat(ClauseRouting.candidates(CLAUSES, ThreatCategory.NATURAL_DISASTER, LocalDate.parse("2022-01-05"))).isEmpty();
    }

    @Test
    void theCoverPolicyRefusesAClauseThatDoesNotCoverTheThreatNamingWhatItCovers() {
        Verdict verdict = Eligibility.clauseCoversThreat(CLAUSES.getFirst(), ThreatCategory.BORDER_INCIDENT);

        assertThat(verdict).isInstanceOf(Verdict.Refused.class);
        assertThat(((Verdict.Refused) verdict).reason()).contains("does not cover border incident").contains("external aggression");
    }
}
