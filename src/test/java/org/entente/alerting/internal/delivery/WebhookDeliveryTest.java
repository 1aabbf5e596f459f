package org.entente.alerting.internal.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.entente.alerting.WebhookSecret;
import org.entente.alerting.WebhookSignature;
import org.entente.command.Verdict;
import org.entente.support.CrisisSteps;
import org.entente.support.DatabaseTest;
import org.entente.support.TestMailServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Webhooks against a real HTTP receiver started by the test: a receiver that fails, stalls past the sender's timeout and
 * recovers gets the decision as a signed CloudEvent it verifies, with one webhook-id on every attempt, and the delivery log
 * shows each attempt; a redelivery sends it once more with the same id; an endpoint that answers 410 Gone, or fails every
 * attempt, is disabled and the secretariat is told by mail.
 */
class WebhookDeliveryTest extends DatabaseTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private final String tag = "hook" + System.nanoTime() % 1000000;
    private String secretariat;

    @BeforeEach
    void signIn() {
        secretariat = tokenFor(tag + "-secretariat", "secretariat@CSTO");
    }

    @Test
    void aReceiverThatFailsStallsAndRecoversGetsTheDecisionSignedWithOneIdOnEveryAttempt() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(WebhookReceiver.Answer.status(500), WebhookReceiver.Answer.stall(Duration.ofSeconds(4)))) {
            JsonNode endpoint = registered(receiver, "decision_taken");
            WebhookSecret secret = WebhookSecret.parse(endpoint.path("secret").asString());

            String request = CrisisSteps.decidedToDeploy(this, tag, secretariat);

            String subject = "\"subject\":\"requests/" + request + "\"";
            await().atMost(WAIT).until(() -> receiver.naming(subject).size() >= 3 && sent(endpoint, request));
            List<WebhookReceiver.Received> attempts = receiver.naming(subject);
            assertThat(attempts).hasSize(3);
            assertThat(attempts).extracting(received -> received.header("webhook-id")).as("one id on every attempt").containsOnly(attempts.getFirst()
                    .header("webhook-id"));
            for (WebhookReceiver.Received attempt : attempts) {
                Verdict verdict = new WebhookSignature(secret).verify(attempt.headers(), attempt.body(), attempt.at());
                assertThat(verdict).as("each attempt verifies with the endpoint's secret").isInstanceOf(Verdict.Allowed.class);
                assertThat(attempt.header("content-type")).isEqualTo("application/cloudevents+json");
            }
            JsonNode event = json().readTree(attempts.getLast().body());
            assertThat(event.path("type").asString()).isEqualTo("org.entente.request.decided");
            assertThat(event.path("source").asString()).isEqualTo("/organizations/CSTO");
            assertThat(event.path("id").asString()).isEqualTo(attempts.getLast().header("webhook-id"));
            assertThat(event.path("data").path("decision").asString()).isEqualTo("deploy_forces");
            assertThat(event.path("ententeexercise").asBoolean()).isFalse();

            JsonNode delivery = delivery(endpoint, request);
            assertThat(delivery.path("status").asString()).isEqualTo("sent");
            assertThat(delivery.path("attempts").asInt()).isEqualTo(3);
            JsonNode log = delivery.path("log");
            assertThat(log.get(0).path("statusCode").asInt()).isEqualTo(500);
            assertThat(log.get(1).path("statusCode").isNull()).as("no answer within the timeout").isTrue();
            assertThat(log.get(1).path("error").asString()).containsIgnoringCase("timed out");
            assertThat(log.get(2).path("statusCode").asInt()).isEqualTo(200);

            Answer redelivered = postAs(secretariat, path(endpoint) + "/deliveries/" + delivery.path("id").asLong() + "/redelivery", "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(redelivered.status()).isEqualTo(202);
            await().atMost(WAIT).until(() -> receiver.naming(subject).size() == 4);
            assertThat(receiver.naming(subject).getLast().header("webhook-id")).isEqualTo(attempts.getFirst().header("webhook-id"));
        }
    }

    @Test
    void anEndpointThatIsGoneIsDisabledAndTheSecretariatIsToldByMail() throws Exception {
        String address = tag + "-secretariat@example.org";
        assertThat(putAs(secretariat, "/api/v1/me/alerts/contact", json().valueToTree(Map.of("email", address, "language", "en"))).status())
                .isEqualTo(200);
        try (WebhookReceiver receiver = new WebhookReceiver(WebhookReceiver.Answer.status(410))) {
            JsonNode endpoint = registered(receiver, "request_filed", "decision_taken");

            String request = CrisisSteps.decidedToDeploy(this, tag, secretariat);

            await().atMost(WAIT).until(() -> !getAs(secretariat, path(endpoint)).body().path("enabled").asBoolean());
            JsonNode disabled = getAs(secretariat, path(endpoint)).body();
            assertThat(disabled.path("disabledReason").asString()).contains("410");
            await().atMost(WAIT).until(() -> TestMailServer.subjects(address).stream().anyMatch(subject -> subject.contains(endpoint.path("id").asString())));
            assertThat(receiver.naming("requests/" + request)).as("nothing more after it was gone").hasSize(1);
        }
    }

    @Test
    void anEndpointWhoseDeliveryFailsEveryAttemptIsDisabled() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            receiver.thenAlways(WebhookReceiver.Answer.status(503));
            JsonNode endpoint = registered(receiver, "decision_taken");

            String request = CrisisSteps.decidedToDeploy(this, tag, secretariat);

            await().atMost(WAIT).until(() -> !getAs(secretariat, path(endpoint)).body().path("enabled").asBoolean());
            JsonNode delivery = delivery(endpoint, request);
            assertThat(delivery.path("status").asString()).isEqualTo("failed");
            assertThat(delivery.path("attempts").asInt()).as("the first and one per delay of the schedule (three in the tests)").isEqualTo(4);
            assertThat(receiver.naming("requests/" + request)).hasSize(4);
            assertThat(getAs(secretariat, path(endpoint)).body().path("disabledReason").asString()).contains("503");
        }
    }

    @Test
    void onlyTheSecretariatKeepsEndpointsAndBadInputIsRefusedNamingTheField() {
        String liaison = tokenFor(tag + "-liaison", "liaison@CSTO/KAZ");
        assertThat(getAs(liaison, "/api/v1/organizations/CSTO/webhooks").status()).isEqualTo(403);
        Answer badUrl = postAs(secretariat, "/api/v1/organizations/CSTO/webhooks",
                json().writeValueAsBytes(Map.of("url", "ftp://example.org/x", "kinds", List.of("decision_taken"))));
        assertThat(badUrl.status()).isEqualTo(400);
        assertThat(badUrl.body().toString()).contains("\"url\"");
        Answer badKind = postAs(secretariat, "/api/v1/organizations/CSTO/webhooks",
                json().writeValueAsBytes(Map.of("url", "https://example.org/x", "kinds", List.of("everything"))));
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.body().toString()).contains("\"kinds\"");
    }

    private JsonNode registered(WebhookReceiver receiver, String... kinds) {
        Answer answer = postAs(secretariat, "/api/v1/organizations/CSTO/webhooks",
                json().writeValueAsBytes(Map.of("url", receiver.url().toString(), "kinds", List.of(kinds), "description", tag)));
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(201);
        assertThat(answer.body().path("secret").asString()).startsWith("whsec_");
        return answer.body();
    }

    private static String path(JsonNode endpoint) {
        return "/api/v1/organizations/CSTO/webhooks/" + endpoint.path("id").asString();
    }

    private boolean sent(JsonNode endpoint, String request) {
        JsonNode delivery = delivery(endpoint, request);
        return delivery != null && delivery.path("status").asString().equals("sent");
    }

    /** The endpoint's delivery of the request's decision, as its log shows it; null before there is one. */
    private JsonNode delivery(JsonNode endpoint, String request) {
        for (JsonNode delivery : getAs(secretariat, path(endpoint) + "/deliveries").body()) {
            if (delivery.path("subject").asString().equals("requests/" + request) && delivery.path("kind").asString().equals("decision_taken")) {
                return delivery;
            }
        }
        return null;
    }
}
