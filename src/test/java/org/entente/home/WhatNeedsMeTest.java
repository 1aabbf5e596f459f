package org.entente.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.entente.support.CrisisSteps;
import org.entente.support.DatabaseTest;
import org.entente.support.SignedInPages;
import org.entente.support.TestPledges;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.WebApplicationContext;

/**
 * "Awaiting you" on the home page: each kind of item appears for the person who must act, links to where they act, and is gone
 * once they have; someone not signed in sees nothing of it.
 */
class WhatNeedsMeTest {

    @Nested
    class OnH2 extends Checks {
    }

    @Nested
    @DatabaseTest.Postgres
    class OnPostgres extends Checks {
    }

    abstract static class Checks extends DatabaseTest {

        private static final String REQUESTS = "/api/v1/organizations/CSTO/requests";

        @Autowired
        private WebApplicationContext context;

        @Autowired
        private JdbcClient jdbc;

        private String home(SignedInPages pages) {
            try {
                return pages.get("/?lang=en").getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.UnsupportedEncodingException e) {
                throw new IllegalStateException(e);
            }
        }

        /** A request of {@code state} filed by the secretariat on its behalf (warnings acknowledged): its id. */
        private String filed(String secretariat, String state, String description) {
            CrisisSteps.noOpenRequest(CrisisSteps.Client.of(this), secretariat, state, "border_incident");
            Answer filing = postAs(secretariat, REQUESTS, json().writeValueAsBytes(Map.of(
                    "state", state, "threat", "border_incident", "description", description, "acknowledgeWarnings", true)));
            assertThat(filing.status()).as("%s", filing.body()).isEqualTo(201);
            return filing.body().path("id").asString();
        }

        private void convened(String secretariat, String id) {
            Answer convened = postAs(secretariat, REQUESTS + "/" + id + "/session", json().writeValueAsBytes(Map.of("motion", "deploy_forces")));
            assertThat(convened.status()).as("%s", convened.body()).isEqualTo(200);
        }

        private void voted(String state, String id, String vote) {
            Answer cast = putAs(tokenFor("needs-me-voter-" + state.toLowerCase(), "council_representative@CSTO/" + state),
                    REQUESTS + "/" + id + "/session/votes/" + state, json().valueToTree(Map.of("vote", vote)));
            assertThat(cast.status()).as("%s", cast.body()).isEqualTo(200);
        }

        @Test
        void aCouncilRepresentativeSeesTheVoteTheirStateOwesLinkedToTheVoteFormUntilTheyCastIt() {
            String secretariat = tokenFor("needs-me-vote-secretariat", "secretariat@CSTO");
            String id = filed(secretariat, "KGZ", "Shelling across the Batken border section");
            SignedInPages representative = SignedInPages.signIn(context, jdbc, "needs-me-vote-rep-kaz", "council_representative@CSTO/KAZ");
            String item = "awaiting-vote-CSTO-" + id + "-KAZ";
            assertThat(home(representative)).as("before the council is convened").doesNotContain(item);

            convened(secretariat, id);
            String awaiting = home(representative);
            assertThat(awaiting).contains("id=\"" + item + "\"").contains("/organizations/CSTO/requests/" + id + "#vote-form-KAZ")
                    .contains("Vote for Kazakhstan on request " + id);

            voted("KAZ", id, "for");
            assertThat(home(representative)).doesNotContain(item);
        }

        @Test
        void theSecretariatSeesARequestToPutBeforeTheCouncilUntilItIsConvened() {
            String secretariat = tokenFor("needs-me-convene-secretariat", "secretariat@CSTO");
            SignedInPages pages = SignedInPages.signIn(context, jdbc, "needs-me-convene-officer", "secretariat@CSTO");
            String id = filed(secretariat, "TJK", "Armed incursion at the Vorukh enclave");
            String item = "awaiting-request_to_convene-CSTO-" + id + "-TJK";

            assertThat(home(pages)).contains("id=\"" + item + "\"").contains("Convene the council on request " + id);
            convened(secretariat, id);
            assertThat(home(pages)).doesNotContain(item);
        }

        @Test
        void theSecretariatSeesASessionToCloseOnceEveryVoteIsInAndNoLongerOnceClosed() {
            String secretariat = tokenFor("needs-me-close-secretariat", "secretariat@CSTO");
            SignedInPages pages = SignedInPages.signIn(context, jdbc, "needs-me-close-officer", "secretariat@CSTO");
            String id = filed(secretariat, "BLR", "Drones crossing the border at night");
            convened(secretariat, id);
            String item = "awaiting-session_to_close-CSTO-" + id;
            for (String state : java.util.List.of("BLR", "KAZ", "RUS", "TJK")) {
                voted(state, id, "for");
            }
            assertThat(home(pages)).as("the CSTO's consensus needs every member present: one vote is missing").doesNotContain(item);

            voted("KGZ", id, "against");
            assertThat(home(pages)).as("every vote is in").contains("id=\"" + item + "\"")
                    .contains("/organizations/CSTO/requests/" + id + "#session");

            Answer closed = postAs(secretariat, REQUESTS + "/" + id + "/session/closure", new byte[0]);
            assertThat(closed.status()).as("%s", closed.body()).isEqualTo(200);
            assertThat(home(pages)).doesNotContain(item);
        }

        @Test
        void theSecretariatSeesAPledgeToVerifyUntilItIsVerifiedAndALiaisonDoesNot() {
            String liaison = tokenFor("needs-me-pledge-liaison", "liaison@CSTO/KAZ");
            Answer pledged = postAs(liaison, "/api/v1/organizations/CSTO/pledges",
                    json().writeValueAsBytes(TestPledges.body("KAZ", "Needs-me 7th Signals Company", "sig", 120)));
            assertThat(pledged.status()).as("%s", pledged.body()).isEqualTo(201);
            String id = pledged.body().path("id").asString();
            String item = "awaiting-pledge_to_verify-CSTO-" + id + "-KAZ";
            SignedInPages secretariat = SignedInPages.signIn(context, jdbc, "needs-me-pledge-officer", "secretariat@CSTO");

            assertThat(home(secretariat)).contains("id=\"" + item + "\"").contains("/organizations/CSTO/forces/pools/CPF#pledge-" + id)
                    .contains("Verify the pledge of Kazakhstan: Needs-me 7th Signals Company");
            assertThat(home(SignedInPages.signIn(context, jdbc, "needs-me-pledge-liaison-page", "liaison@CSTO/KAZ"))).doesNotContain(item);

            Answer verified = postAs(tokenFor("needs-me-pledge-secretariat", "secretariat@CSTO"),
                    "/api/v1/organizations/CSTO/pledges/" + id + "/verification", new byte[0]);
            assertThat(verified.status()).as("%s", verified.body()).isEqualTo(200);
            assertThat(home(secretariat)).doesNotContain(item);
        }

        @Test
        void someoneWithNothingToDoIsToldSoInWords() {
            SignedInPages observer = SignedInPages.signIn(context, jdbc, "needs-me-observer", "observer@CSTO");

            assertThat(home(observer)).contains("id=\"awaiting\"").contains("id=\"awaiting-none\"").contains("Nothing awaits you");
        }

        @Test
        void someoneNotSignedInSeesNothingOfIt() throws Exception {
            HttpResponse<String> home = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/?lang=en")).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).contains("Treaty organizations").doesNotContain("id=\"awaiting\"").doesNotContain("Awaiting you");
        }
    }
}
