package org.entente.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.entente.assistance.DecisionKind;
import org.entente.assistance.RecordedRequest;
import org.entente.assistance.RecordedRequests;
import org.entente.assistance.Vote;
import org.entente.register.OrganizationCode;
import org.entente.register.StateCode;
import org.entente.register.ThreatCategory;
import org.entente.support.DatabaseTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Historical requests for assistance in the dataset format: the built-in CSTO dataset records its four
 * requests, the export carries them (and the clauses' routing and decision-rule data) and re-imports to
 * the same record at the same version, and a corrected request supersedes the old one, which stays
 * readable as the register stood.
 */
class HistoricalRequestsTest {

    @Nested
    class OnH2 extends Checks {
    }

    @Nested
    @DatabaseTest.Postgres
    class OnPostgres extends Checks {
    }

    abstract static class Checks extends DatabaseTest {

        @Autowired
        private RecordedRequests recordedRequests;

        private List<RecordedRequest> requests(String organization, Instant recordedAt) {
            return recordedRequests.all(OrganizationCode.of(organization), recordedAt);
        }

        @Test
        void theBuiltInCstoDatasetRecordsItsFourRequestsWithTheirDatesThreatsClausesAndDecisions() {
            List<RecordedRequest> requests = requests("CSTO", Instant.now()).stream().filter(RecordedRequest::isFormal).toList();

            assertThat(requests).extracting(RecordedRequest::id).containsExactly("KGZ-2010", "ARM-2021", "KAZ-2022", "ARM-2022");
            assertThat(requests).extracting(request -> request.state().value()).containsExactly("KGZ", "ARM", "KAZ", "ARM");
            assertThat(requests).extracting(request -> request.received().toString())
                    .containsExactly("2010-06-12", "2021-05-14", "2022-01-05", "2022-09-13");
            assertThat(requests).extracting(RecordedRequest::threat).containsExactly(ThreatCategory.INTERNAL_UNREST,
                    ThreatCategory.BORDER_INCIDENT, ThreatCategory.TERRORISM, ThreatCategory.EXTERNAL_AGGRESSION);
            assertThat(requests).extracting(RecordedRequest::clause).containsExactly(null, "CST-ART2", "CST-ART4", "CST-ART4");
            assertThat(requests).extracting(request -> request.decision().kind()).containsExactly(DecisionKind.NON_MILITARY_ASSISTANCE,
                    DecisionKind.REJECTED, DecisionKind.DEPLOY_FORCES, DecisionKind.NON_MILITARY_ASSISTANCE);
            assertThat(requests).extracting(request -> request.decision().date().toString())
                    .containsExactly("2010-06-14", "2021-05", "2022-01-06", "2022-09-13");
            assertThat(requests).extracting(request -> request.decision().clause()).containsExactly(null, "CST-ART2", "CST-ART4", "CST-ART4");
            assertThat(requests).extracting(RecordedRequest::daysToDecision).as("the 2021 decision is dated to the month only")
                    .containsExactly(2L, null, 1L, 0L);
            assertThat(requests).allSatisfy(request -> {
                assertThat(request.decision().votes()).as("history did not record the votes").isEmpty();
                assertThat(request.sources()).isNotEmpty();
            });
            assertThat(requests.getFirst().addressedTo()).startsWith("Russia");
            assertThat(requests.getLast().responses()).extracting(response -> response.date().toString())
                    .containsExactly("2022-09-15", "2022-10-28");
        }

        @Test
        void theBuiltInCstoDatasetKeepsKyrgyzstansProposalOf2022OutsideTheFormalRecordWithTheReason() {
            List<RecordedRequest> outside = requests("CSTO", Instant.now()).stream().filter(request -> !request.isFormal()).toList();

            assertThat(outside).extracting(RecordedRequest::id).containsExactly("KGZ-2022-PROPOSAL");
            RecordedRequest proposal = outside.getFirst();
            assertThat(proposal.outsideFormalRecord()).contains("not a formal request to the organization");
            assertThat(proposal.received().toString()).isEqualTo("2022-10-19");
            assertThat(proposal.sources()).containsExactly("KGZ_2022_PROPOSAL");
            assertThat(proposal.decision()).as("no decision followed").isNull();
        }

        @Test
        void aRequestOutsideTheFormalRecordReadsBackAndExportsAsTheDocumentSays() {
            ObjectNode document = RequestFixtures.withARequest(smallDataset("TESTQ-INFORMAL"), json());
            RequestFixtures.request(document).put("outsideFormalRecord", "An informal proposal by a minister, not a request to the pact.");
            imported(document);

            RecordedRequest request = requests("TESTQ-INFORMAL", Instant.now()).getFirst();

            assertThat(request.isFormal()).isFalse();
            assertThat(request.outsideFormalRecord()).isEqualTo("An informal proposal by a minister, not a request to the pact.");
            assertThat(exported("TESTQ-INFORMAL", "").body().path("requests")).isEqualTo(document.path("requests"));
        }

        @Test
        void theCstoExportCarriesTheRequestsAndTheClausesRoutingAndDecisionRule() {
            JsonNode csto = exported("CSTO", "").body();

            assertThat(csto.path("requests")).extracting(request -> request.path("id").asString())
                    .containsExactly("KGZ-2010", "ARM-2021", "KAZ-2022", "ARM-2022", "KGZ-2022-PROPOSAL");
            assertThat(csto.path("requests").path(4).path("outsideFormalRecord").asString()).isNotBlank();
            assertThat(csto.path("requests").path(0).has("outsideFormalRecord")).as("a formal request has none").isFalse();
            assertThat(RequestFixtures.clause(csto, "CST-ART4").path("covers")).extracting(JsonNode::asString).containsExactly("external_aggression");
            assertThat(RequestFixtures.clause(csto, "CST-ART2").path("covers")).extracting(JsonNode::asString).containsExactly("border_incident");
            assertThat(RequestFixtures.clause(csto, "CRISIS-RESPONSE").path("covers")).extracting(JsonNode::asString)
                    .containsExactly("drug_trafficking", "extremism", "internal_unrest", "natural_disaster", "terrorism");
            JsonNode rule = RequestFixtures.clause(csto, "CHARTER-DECISION-RULE").path("decisionRule");
            assertThat(rule.path("kind").asString()).isEqualTo("consensus");
            assertThat(rule.path("quorum").asDouble()).isEqualTo(1.0);
            assertThat(rule.path("requesterVotes").asBoolean()).isTrue();
            assertThat(rule.path("body").asString()).as("the body the rule applies to").isEqualTo("Collective Security Council");
            assertThat(RequestFixtures.clause(csto, "CHARTER-DECISION-RULE").path("sources")).extracting(JsonNode::asString)
                    .as("the charter's text, which names the body").contains("CSTO_CHARTER");
            assertThat(rule.has("threshold")).isFalse();
            assertThat(RequestFixtures.clause(csto, "CST-ART1").has("covers")).as("no empty covers").isFalse();
        }

        @Test
        void theCstoExportReimportsToTheSameRecordAtTheSameVersion() {
            JsonNode csto = exported("CSTO", "").body();
            // A copy under its own code that is no military alliance, so that it causes no exclusivity conflict for the CSTO.
            ObjectNode copy = (ObjectNode) csto.deepCopy();
            ((ObjectNode) copy.get("organization")).put("code", "TESTQ-CSTO").put("militaryAlliance", false);
            imported(copy);
            Answer exported = exported("TESTQ-CSTO", "");

            Answer again = imported(exported.body());

            assertThat(again.status()).as("nothing changed").isEqualTo(200);
            assertThat(again.headers().getETag()).isEqualTo(exported.headers().getETag());
            assertThat(exported("TESTQ-CSTO", "").headers().getETag()).isEqualTo(exported.headers().getETag());
            assertThat(exported.body().path("requests")).isEqualTo(csto.path("requests"));
            assertThat(requests("TESTQ-CSTO", Instant.now())).isEqualTo(requests("CSTO", Instant.now()));
        }

        @Test
        void aRequestWithResponsesAndVotesReadsBackAsTheDocumentSays() {
            ObjectNode document = RequestFixtures.withARequest(smallDataset("TESTQ-READ"), json());
            imported(document);

            RecordedRequest request = requests("TESTQ-READ", Instant.now()).getFirst();

            assertThat(request.decision().votes()).containsExactly(
                    Map.entry(StateCode.of("EST"), Vote.ABSTAIN), Map.entry(StateCode.of("FIN"), Vote.FOR));
            assertThat(request.decision().date().toString()).isEqualTo("2019-12");
            assertThat(request.responses()).extracting(RecordedRequest.Response::action).containsExactly("Observers sent to the border.");
            JsonNode exported = exported("TESTQ-READ", "").body();
            assertThat(exported.path("requests")).isEqualTo(document.path("requests"));
            assertThat(RequestFixtures.clause(exported, "NLP-ART7")).isEqualTo(RequestFixtures.clause(document, "NLP-ART7"));
            assertThat(RequestFixtures.clause(exported, "NLP-ART3").path("covers")).isEqualTo(RequestFixtures.clause(document, "NLP-ART3").path("covers"));
        }

        @Test
        void aCorrectedRequestSupersedesTheOldOneWhichStaysReadableAsTheRegisterStood() {
            ObjectNode original = RequestFixtures.withARequest(smallDataset("TESTQ-CORR"), json());
            imported(original);
            Instant between = Instant.now();
            ObjectNode corrected = original.deepCopy();
            ((ObjectNode) RequestFixtures.request(corrected).path("decision")).put("kind", "non_military_assistance").put("date", "2019-12-16");

            Answer answer = imported(corrected);

            assertThat(answer.status()).isEqualTo(201);
            assertThat(answer.body().path("changes").path("corrected").asInt()).isEqualTo(1);
            assertThat(answer.body().path("changes").path("added").asInt()).isZero();
            RecordedRequest then = requests("TESTQ-CORR", between).getFirst();
            RecordedRequest now = requests("TESTQ-CORR", Instant.now()).getFirst();
            assertThat(then.decision().kind()).isEqualTo(DecisionKind.DEPLOY_FORCES);
            assertThat(then.decision().date().toString()).isEqualTo("2019-12");
            assertThat(now.decision().kind()).isEqualTo(DecisionKind.NON_MILITARY_ASSISTANCE);
            assertThat(now.daysToDecision()).isEqualTo(2L);
            assertThat(exported("TESTQ-CORR", "?recordedAt=" + between).body().path("requests")).isEqualTo(original.path("requests"));
            assertThat(exported("TESTQ-CORR", "").body().path("requests")).isEqualTo(corrected.path("requests"));
        }

        @Test
        void aRequestLeftOutOfAReimportedDocumentIsRetiredAndStaysReadableAsTheRegisterStood() {
            ObjectNode original = RequestFixtures.withARequest(smallDataset("TESTQ-RETIRE"), json());
            imported(original);
            Instant between = Instant.now();
            ObjectNode shortened = original.deepCopy();
            shortened.remove("requests");

            Answer answer = imported(shortened);

            assertThat(answer.body().path("changes").path("retired").asInt()).isEqualTo(1);
            assertThat(requests("TESTQ-RETIRE", Instant.now())).isEmpty();
            assertThat(requests("TESTQ-RETIRE", between)).extracting(RecordedRequest::id).containsExactly("EST-2019");
            assertThat(exported("TESTQ-RETIRE", "").body().has("requests")).as("no empty requests").isFalse();
        }
    }
}
