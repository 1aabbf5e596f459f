package org.entente.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entente.support.DatabaseTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The crisis cycle through the API, on the built-in CSTO (consensus, every member in good standing
 * taking part; Armenia's participation frozen since 2024): file, convene, vote, decide, close, each step
 * in the audit trail; and the refusals, each with its reason. Each test uses its own threat, since a
 * state may have only one open request per situation.
 */
class CrisisCycleApiTest {

    abstract static class Checks extends DatabaseTest {

        private static final String REQUESTS = "/api/v1/organizations/CSTO/requests";

        private JsonNode body(Object value) {
            return json().valueToTree(value);
        }

        private DatabaseTest.Answer file(String token, String state, String threat, Map<String, Object> more) {
            var request = new java.util.LinkedHashMap<String, Object>(Map.of("state", state, "threat", threat,
                    "description", "Test: " + threat + " in " + state, "sources", List.of("liaison's report")));
            request.putAll(more);
            return postAs(token, REQUESTS, json().writeValueAsBytes(request));
        }

        private static JsonNode itemWithId(DatabaseTest.Answer list, String id) {
            for (JsonNode item : list.body().path("items")) {
                if (item.path("id").asString().equals(id)) {
                    return item;
                }
            }
            throw new AssertionError("no request " + id + " in " + list.body());
        }

        private List<String> voters(JsonNode request) {
            var voters = new ArrayList<String>();
            request.path("session").path("voters").forEach(voter -> voters.add(voter.asString()));
            return voters;
        }

        @Test
        void aLiaisonFilesTheSecretariatConvenesEveryMemberVotesAndTheCouncilDecidesByConsensus() {
            String liaison = tokenFor("cycle-liaison-kaz", "liaison@CSTO/KAZ");
            String secretariat = tokenFor("cycle-secretariat", "secretariat@CSTO");

            var filed = file(liaison, "KAZ", "internal_unrest", Map.of());
            assertThat(filed.status()).as(String.valueOf(filed.body())).isEqualTo(201);
            String id = filed.body().path("id").asString();
            assertThat(filed.body().path("clause").asString()).as("the clause proposed for internal unrest").isEqualTo("CRISIS-RESPONSE");
            assertThat(filed.body().path("onBehalf").asBoolean()).isFalse();

            var convened = postAs(secretariat, REQUESTS + "/" + id + "/session", json().writeValueAsBytes(Map.of("motion", "deploy_forces")));
            assertThat(convened.status()).as(String.valueOf(convened.body())).isEqualTo(200);
            List<String> voters = voters(convened.body());
            assertThat(voters).as("the members in good standing today: Armenia's participation is frozen")
                    .containsExactly("BLR", "KAZ", "KGZ", "RUS", "TJK");
            assertThat(convened.body().path("session").path("tally").path("outcome").asString()).isEqualTo("pending");

            for (String voter : voters) {
                String representative = tokenFor("cycle-rep-" + voter.toLowerCase(), "council_representative@CSTO/" + voter);
                var voted = putAs(representative, REQUESTS + "/" + id + "/session/votes/" + voter,
                        body(Map.of("vote", voter.equals("BLR") ? "abstain" : "for", "statement", voter + " supports the request")));
                assertThat(voted.status()).as(String.valueOf(voted.body())).isEqualTo(200);
            }
            var decided = postAs(secretariat, REQUESTS + "/" + id + "/session/closure", new byte[0]);
            assertThat(decided.status()).as(String.valueOf(decided.body())).isEqualTo(200);
            assertThat(decided.body().path("status").asString()).isEqualTo("decided");
            assertThat(decided.body().path("decision").path("kind").asString()).as("an abstention does not block a consensus").isEqualTo("deploy_forces");
            assertThat(decided.body().path("decision").path("clause").asString()).isEqualTo("CRISIS-RESPONSE");
            assertThat(decided.body().path("decision").path("body").asString()).as("the body the CSTO's rule applies to")
                    .isEqualTo("Collective Security Council");
            assertThat(decided.body().path("session").path("body").asString()).isEqualTo("Collective Security Council");
            assertThat(decided.body().path("session").path("rule").asString()).as("the body once, in its own member")
                    .isEqualTo("consensus quorum=1.0 requester-votes=true");
            assertThat(decided.body().path("decision").path("date").asString()).as("the dataset format's name for when it was decided")
                    .isEqualTo(decided.body().path("steps").get(2).path("at").asString());
            assertThat(decided.body().path("timeToDecision").path("seconds").isNumber()).isTrue();
            JsonNode listed = itemWithId(get(REQUESTS + "?size=100&status=decided"), id);
            assertThat(listed.path("decision").path("kind").asString()).as("the list's decision is the detail's object").isEqualTo("deploy_forces");
            assertThat(listed.path("decision").path("date").asString()).isEqualTo(decided.body().path("decision").path("date").asString());
            assertThat(listed.path("decision").path("clause").asString()).isEqualTo("CRISIS-RESPONSE");
            assertThat(listed.has("decided")).as("one name for the date, the format's").isFalse();

            var closed = postAs(secretariat, REQUESTS + "/" + id + "/closure", new byte[0]);
            assertThat(closed.body().path("status").asString()).isEqualTo("closed");

            var story = get(REQUESTS + "/" + id);
            assertThat(story.status()).as("a decided request is public record").isEqualTo(200);
            assertThat(story.body().path("steps").findValuesAsString("status"))
                    .containsExactly("filed", "under_consultation", "decided", "closed");

            String auditor = tokenFor("cycle-auditor", "observer@CSTO");
            var trail = getAs(auditor, "/api/v1/audit/entries?subject=request:" + id + "&size=50");
            assertThat(trail.body().path("items").findValuesAsString("action"))
                    .containsExactlyInAnyOrder("request.file", "request.convene", "request.vote", "request.vote", "request.vote", "request.vote",
                            "request.vote", "request.decide", "request.close");
        }

        @Test
        void aLiaisonFilesOnlyForTheirOwnState() {
            String liaison = tokenFor("cycle-liaison-kaz-2", "liaison@CSTO/KAZ");

            var refused = file(liaison, "KGZ", "extremism", Map.of());

            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.body().path("detail").asString()).contains("liaison files for their own state");
        }

        @Test
        void aFrozenParticipationIsAWarningOnlyTheSecretariatCanAcknowledgeAndItsFilingIsOnTheStatesBehalf() {
            String liaison = tokenFor("cycle-liaison-arm", "liaison@CSTO/ARM");
            String secretariat = tokenFor("cycle-secretariat-2", "secretariat@CSTO");

            var warned = file(liaison, "ARM", "external_aggression", Map.of("acknowledgeWarnings", true));
            assertThat(warned.status()).isEqualTo(422);
            assertThat(warned.body().path("errors").findValuesAsString("field")).containsExactly(Eligibility.GOOD_STANDING);

            var filed = file(secretariat, "ARM", "external_aggression", Map.of("acknowledgeWarnings", true));
            assertThat(filed.status()).as(String.valueOf(filed.body())).isEqualTo(201);
            assertThat(filed.body().path("onBehalf").asBoolean()).isTrue();
            assertThat(filed.body().path("warningsAcknowledged").asBoolean()).isTrue();
            assertThat(filed.body().path("clause").asString()).isEqualTo("CST-ART4");

            var again = file(secretariat, "ARM", "external_aggression", Map.of("acknowledgeWarnings", true));
            assertThat(again.status()).as("the same situation is already before the organization").isEqualTo(422);
            assertThat(again.body().path("errors").findValuesAsString("field")).contains(Eligibility.NO_OPEN_REQUEST);

            String id = filed.body().path("id").asString();
            assertThat(get(REQUESTS + "/" + id).status()).as("an open request is not public").isEqualTo(404);
            assertThat(get(REQUESTS).body().path("items").findValuesAsString("id")).doesNotContain(id);

            var withdrawn = postAs(liaison, REQUESTS + "/" + id + "/withdrawal", new byte[0]);
            assertThat(withdrawn.body().path("status").asString()).isEqualTo("withdrawn");
            assertThat(file(secretariat, "ARM", "external_aggression", Map.of("acknowledgeWarnings", true)).status())
                    .as("once withdrawn, the situation may be brought again").isEqualTo(201);
        }

        @Test
        void theEligibilityCheckProposesTheClauseAndGivesEveryPolicysVerdictBeforeFiling() {
            String liaison = tokenFor("cycle-liaison-tjk", "liaison@CSTO/TJK");

            var check = getAs(liaison, REQUESTS + "/eligibility?state=TJK&threat=border_incident&clause=CST-ART4");

            assertThat(check.status()).isEqualTo(200);
            assertThat(check.body().path("proposedClause").asString()).isEqualTo("CST-ART2");
            assertThat(check.body().path("allowsFiling").asBoolean()).isFalse();
            assertThat(check.body().path("verdicts").findValuesAsString("policy")).containsExactly(Eligibility.GOOD_STANDING,
                    Eligibility.CLAUSE_IN_FORCE, Eligibility.CLAUSE_COVERS_THREAT, Eligibility.NO_OPEN_REQUEST);
            assertThat(check.body().path("verdicts").get(2).path("verdict").asString()).isEqualTo("refused");
            assertThat(check.body().path("verdicts").get(2).path("reason").asString()).contains("does not cover border incident");
        }

        @Test
        void forTerrorismTheClauseTheCouncilsOwnDecisionRestedOnIsProposedWithItsEvidenceAndTheDisputedParagraphIsFlagged() {
            String liaison = tokenFor("cycle-liaison-kaz-routing", "liaison@CSTO/KAZ");

            var check = getAs(liaison, REQUESTS + "/eligibility?state=KAZ&threat=terrorism");

            assertThat(check.status()).isEqualTo(200);
            JsonNode body = check.body();
            assertThat(body.path("proposedClause").asString()).as("the council decided KAZ-2022 (terrorism) on Article 4").isEqualTo("CST-ART4");
            assertThat(body.path("candidates").findValuesAsString("clause")).containsExactly("CST-ART4", "CRISIS-RESPONSE");
            JsonNode proposed = body.path("candidates").get(0);
            assertThat(proposed.path("coveredByText").asBoolean()).as("its text covers external aggression only").isFalse();
            assertThat(proposed.path("decisions").findValuesAsString("request")).as("history's, and any taken here by other tests").contains("KAZ-2022");
            assertThat(proposed.path("evidence").asString()).contains("the council decided KAZ-2022 (terrorism) on CST-ART4: deploy forces");
            assertThat(proposed.path("disputed").asBoolean()).isFalse();
            assertThat(body.path("verdicts").get(2).path("policy").asString()).isEqualTo(Eligibility.CLAUSE_COVERS_THREAT);
            assertThat(body.path("verdicts").get(2).path("verdict").asString()).as("Article 4 is allowed for terrorism").isEqualTo("allowed");

            JsonNode paragraph = body.path("candidates").get(1);
            assertThat(paragraph.path("clause").asString()).isEqualTo("CRISIS-RESPONSE");
            assertThat(paragraph.path("disputed").asBoolean()).isTrue();
            assertThat(paragraph.path("disagreements").findValuesAsString("id")).containsExactly("DIS-CRISIS-RESPONSE-BASIS");
        }

        @Test
        void aDisputedClauseIsProposedWhereNoOtherCoversTheThreatAndTheAnswerSaysItIsDisputed() {
            String liaison = tokenFor("cycle-liaison-rus-routing", "liaison@CSTO/RUS");

            JsonNode body = getAs(liaison, REQUESTS + "/eligibility?state=RUS&threat=natural_disaster").body();

            assertThat(body.path("proposedClause").asString()).isEqualTo("CRISIS-RESPONSE");
            assertThat(body.path("candidates").get(0).path("disputed").asBoolean()).isTrue();
            JsonNode dispute = body.path("candidates").get(0).path("disagreements").get(0);
            assertThat(dispute.path("claims").findValuesAsString("value"))
                    .contains("no specific Charter paragraph verified; official statements cite Article 4 of the Treaty");
        }

        @Test
        void aRepresentativeVotesForTheirOwnStateOnlyAndMayChangeTheVoteUntilTheSessionCloses() {
            String liaison = tokenFor("cycle-liaison-kgz", "liaison@CSTO/KGZ");
            String secretariat = tokenFor("cycle-secretariat-3", "secretariat@CSTO");
            String kazakhstan = tokenFor("cycle-rep-kaz-2", "council_representative@CSTO/KAZ");
            String id = file(liaison, "KGZ", "drug_trafficking", Map.of()).body().path("id").asString();
            postAs(secretariat, REQUESTS + "/" + id + "/session", json().writeValueAsBytes(Map.of("motion", "non_military_assistance")));

            assertThat(putAs(kazakhstan, REQUESTS + "/" + id + "/session/votes/RUS", body(Map.of("vote", "for"))).status()).isEqualTo(403);
            JsonNode against = putAs(kazakhstan, REQUESTS + "/" + id + "/session/votes/KAZ", body(Map.of("vote", "against"))).body();
            assertThat(against.path("session").path("tally").path("against").asLong()).isEqualTo(1);
            assertThat(against.path("session").path("tally").path("outcome").asString()).as("1 of 5 has taken part").isEqualTo("pending");
            var changed = putAs(kazakhstan, REQUESTS + "/" + id + "/session/votes/KAZ", body(Map.of("vote", "for")));
            assertThat(changed.body().path("session").path("votes").findValuesAsString("vote")).containsExactly("for");
            assertThat(changed.body().path("session").path("tally").path("against").asLong()).isZero();

            var decided = postAs(secretariat, REQUESTS + "/" + id + "/session/closure", new byte[0]);
            assertThat(decided.body().path("decision").path("kind").asString()).as("4 of 5 voters never took part: no quorum").isEqualTo("deferred");
            var late = putAs(kazakhstan, REQUESTS + "/" + id + "/session/votes/KAZ", body(Map.of("vote", "against")));
            assertThat(late.status()).isEqualTo(409);
            assertThat(late.body().path("detail").asString()).contains("is decided");
        }

        @Test
        void aWithdrawnRequestTakesNoVoteAndHistoryDoesNotChange() {
            String liaison = tokenFor("cycle-liaison-blr", "liaison@CSTO/BLR");
            String secretariat = tokenFor("cycle-secretariat-4", "secretariat@CSTO");
            String belarus = tokenFor("cycle-rep-blr-2", "council_representative@CSTO/BLR");
            var filed = file(liaison, "BLR", "extremism", Map.of()).body();
            String id = filed.path("id").asString();

            var early = postAs(secretariat, REQUESTS + "/" + id + "/session",
                    json().writeValueAsBytes(Map.of("motion", "deploy_forces", "opensAt", "2020-01-01T00:00:00Z")));
            assertThat(early.status()).as("a session cannot open before the request was received").isEqualTo(400);
            postAs(secretariat, REQUESTS + "/" + id + "/session", json().writeValueAsBytes(Map.of("motion", "deploy_forces")));
            postAs(liaison, REQUESTS + "/" + id + "/withdrawal", new byte[0]);

            var vote = putAs(belarus, REQUESTS + "/" + id + "/session/votes/BLR", body(Map.of("vote", "for")));
            assertThat(vote.status()).isEqualTo(409);
            assertThat(vote.body().path("detail").asString()).contains("withdrawn");
            assertThat(postAs(secretariat, REQUESTS + "/" + id + "/session/closure", new byte[0]).status()).isEqualTo(409);

            var history = postAs(secretariat, REQUESTS + "/KAZ-2022/closure", new byte[0]);
            assertThat(history.status()).isEqualTo(409);
            assertThat(history.body().path("detail").asString()).contains("historical record");
        }

        @Test
        void theCstosFourHistoricalRequestsArePublicWithTheirLegalBasisSourcesAndUnknownVotes() {
            var list = get(REQUESTS + "?decision=&size=50");
            assertThat(list.body().path("items").findValuesAsString("id")).contains("KGZ-2010", "ARM-2021", "ARM-2022", "KAZ-2022");

            var kazakhstan = get(REQUESTS + "/KAZ-2022").body();
            assertThat(kazakhstan.path("received").asString()).isEqualTo("2022-01-05");
            assertThat(kazakhstan.path("decision").path("kind").asString()).isEqualTo("deploy_forces");
            assertThat(kazakhstan.path("decision").path("clause").asString()).isEqualTo("CST-ART4");
            assertThat(kazakhstan.path("timeToDecision").path("days").asLong()).isEqualTo(1);
            assertThat(kazakhstan.path("decision").path("date").asString()).as("decision.date, as the dataset format has it").isEqualTo("2022-01-06");
            assertThat(kazakhstan.path("decision").path("body").asString()).isEqualTo("Collective Security Council");
            assertThat(kazakhstan.path("votesUnrecorded").asBoolean()).isTrue();
            assertThat(kazakhstan.path("decision").path("votes").isArray()).as("the votes history recorded, in the decision as in the format").isTrue();
            assertThat(kazakhstan.path("decision").path("votes").size()).as("no vote invented").isZero();
            assertThat(kazakhstan.has("recordedVotes")).isFalse();
            JsonNode listed = itemWithId(list, "KAZ-2022");
            assertThat(listed.path("decision").path("kind").asString()).as("the same decision object in the list").isEqualTo("deploy_forces");
            assertThat(listed.path("decision").path("date").asString()).isEqualTo("2022-01-06");
            assertThat(listed.path("decision").path("clause").asString()).isEqualTo("CST-ART4");
            assertThat(itemWithId(list, "ARM-2021").path("decision").path("date").asString()).as("a month, as the sources give it").isEqualTo("2021-05");
            assertThat(kazakhstan.path("sources").size()).isPositive();

            var kyrgyzstan = get(REQUESTS + "/KGZ-2010").body();
            assertThat(kyrgyzstan.path("received").asString()).isEqualTo("2010-06-12");
            assertThat(kyrgyzstan.path("decision").path("kind").asString()).isEqualTo("non_military_assistance");
            assertThat(kyrgyzstan.path("decision").path("clause").isNull() || kyrgyzstan.path("decision").path("clause").isMissingNode()).isTrue();

            assertThat(get(REQUESTS + "/ARM-2021").body().path("clause").asString()).isEqualTo("CST-ART2");
            assertThat(get(REQUESTS + "/ARM-2022").body().path("decision").path("kind").asString()).isEqualTo("non_military_assistance");
            assertThat(get(REQUESTS + "?decision=deploy_forces").body().path("items").findValuesAsString("id")).contains("KAZ-2022")
                    .doesNotContain("KGZ-2010", "ARM-2021", "ARM-2022");
        }

        @Test
        void aRequestOutsideTheFormalRecordIsListedOnlyOnRequestAndMarkedWithItsReason() {
            List<String> formal = get(REQUESTS + "?size=100").body().path("items").findValuesAsString("id");
            List<String> informal = get(REQUESTS + "?record=informal&size=100").body().path("items").findValuesAsString("id");
            var all = get(REQUESTS + "?record=all&size=100");

            assertThat(formal).contains("KGZ-2010", "KAZ-2022").doesNotContain("KGZ-2022-PROPOSAL");
            assertThat(get(REQUESTS + "?record=formal&size=100").body().path("items").findValuesAsString("id")).isEqualTo(formal);
            assertThat(informal).containsExactly("KGZ-2022-PROPOSAL");
            assertThat(all.body().path("items").findValuesAsString("id")).containsAll(formal).contains("KGZ-2022-PROPOSAL");
            assertThat(get(REQUESTS + "?state=KGZ&threat=border_incident").body().path("totalItems").asInt()).as("the counts leave it out").isZero();
            JsonNode listed = itemWithId(all, "KGZ-2022-PROPOSAL");
            assertThat(listed.path("record").asString()).isEqualTo("informal");
            assertThat(listed.path("outsideFormalRecord").asString()).contains("not a formal request");
            assertThat(itemWithId(all, "KGZ-2010").path("record").asString()).isEqualTo("formal");

            JsonNode proposal = get(REQUESTS + "/KGZ-2022-PROPOSAL").body();
            assertThat(proposal.path("record").asString()).as("kept and shown, marked").isEqualTo("informal");
            assertThat(proposal.path("outsideFormalRecord").asString()).contains("not a formal request");
            assertThat(proposal.path("sources")).extracting(JsonNode::asString).containsExactly("KGZ_2022_PROPOSAL");

            var wrong = get(REQUESTS + "?record=secret");
            assertThat(wrong.status()).isEqualTo(400);
            assertThat(wrong.body().path("errors").path(0).path("field").asString()).isEqualTo("record");
        }
    }

    @Nested
    class OnH2 extends Checks {
    }

    @Nested
    @DatabaseTest.Postgres
    class OnPostgres extends Checks {
    }
}
