package org.entente.alerting.internal.delivery;

import static org.awaitility.Awaitility.await;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.access.ReleaseMarking;
import org.entente.alerting.AlertKind;
import org.entente.support.CrisisSteps;
import org.entente.support.DatabaseTest;
import org.entente.support.Percentiles;
import org.entente.support.TestMailServer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How fast alerts leave one instance: the time from a council decision's commit (the decision's recorded time, on the
 * server's clock, which the test shares) to the mail in the SMTP server and to the webhook at the receiver, median and
 * p90 over repeated decisions, beside the closing call's own answer time; and the deliveries per second one instance
 * sustains, webhooks and mails, beside the same number of plain POSTs sent one at a time to the same receiver by one
 * client (no database), in the same run.
 *
 * <p>{@code ./mvnw test -Dsurefire.excludedGroups= -Dgroups=benchmark -Dtest='AlertDeliveryBenchmark*'}
 */
@Tag("benchmark")
class AlertDeliveryBenchmark {

    private static final int WARM_UP = 3;
    private static final int DECISIONS = 15;
    private static final int BULK = 2000;

    abstract static class Checks extends DatabaseTest {

        @Autowired
        private JdbcDeliveries deliveries;

        @Autowired
        private DeliveryWorker worker;

        @Autowired
        private JdbcClient jdbc;

        private final String tag = "bench" + System.nanoTime() % 100000;

        @Test
        void decisionToMailAndWebhook() throws Exception {
            try (WebhookReceiver receiver = new WebhookReceiver()) {
                String secretariat = tokenFor(tag + "-secretariat", "secretariat@CSTO");
                postAs(secretariat, "/api/v1/organizations/CSTO/webhooks", json().writeValueAsBytes(Map.of("url", receiver.url().toString(),
                        "kinds", List.of("decision_taken"), "description", tag)));
                String reader = tokenFor(tag + "-reader", "observer@CSTO");
                String address = tag + "@example.org";
                putAs(reader, "/api/v1/me/alerts/contact", json().valueToTree(Map.of("email", address, "language", "en")));
                postAs(reader, "/api/v1/me/alerts/subscriptions", json().writeValueAsBytes(Map.of("organization", "CSTO", "kinds", List.of("decision_taken"))));

                List<Double> toMail = new ArrayList<>();
                List<Double> toWebhook = new ArrayList<>();
                List<Double> closing = new ArrayList<>();
                for (int i = 0; i < WARM_UP + DECISIONS; i++) {
                    long started = System.nanoTime();
                    String request = CrisisSteps.decidedToDeploy(this, tag + i, secretariat);
                    double cycle = (System.nanoTime() - started) / 1e6;
                    String subject = "\"subject\":\"requests/" + request + "\"";
                    Instant[] mailed = new Instant[1];
                    await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(2)).until(() -> {
                        if (mailed[0] == null && TestMailServer.subjects(address).stream().anyMatch(said -> said.contains(request + ":"))) {
                            mailed[0] = Instant.now();
                        }
                        return mailed[0] != null && !receiver.naming(subject).isEmpty();
                    });
                    Instant decided = occurredAt(request);
                    if (i >= WARM_UP) {
                        toMail.add(Duration.between(decided, mailed[0]).toNanos() / 1e6);
                        toWebhook.add(Duration.between(decided, receiver.naming(subject).getFirst().at()).toNanos() / 1e6);
                        closing.add(cycle / 8); // the cycle is 8 calls: filing, convening, 5 votes, closing
                    }
                    postAs(secretariat, "/api/v1/organizations/CSTO/requests/" + request + "/closure", new byte[0]);
                }
                System.out.printf(Locale.ROOT, "%nAlert latency, %s, %d decisions after %d warm-up, from the decision's commit:%n"
                                + "  to the mail in the SMTP server: median %.1f ms, p90 %.1f ms%n"
                                + "  to the webhook at the receiver: median %.1f ms, p90 %.1f ms%n"
                                + "  baseline, one call of the crisis cycle through the API (mean of its 8): median %.1f ms%n",
                        getClass().getSimpleName(), DECISIONS, WARM_UP, Percentiles.of(toMail, 0.5), Percentiles.of(toMail, 0.9),
                        Percentiles.of(toWebhook, 0.5), Percentiles.of(toWebhook, 0.9), Percentiles.of(closing, 0.5));
            }
        }

        @Test
        void deliveriesPerSecond() throws Exception {
            try (WebhookReceiver receiver = new WebhookReceiver()) {
                HttpClient client = HttpClient.newHttpClient();
                long baselineStart = System.nanoTime();
                for (int i = 0; i < BULK; i++) {
                    client.send(HttpRequest.newBuilder(receiver.url()).POST(HttpRequest.BodyPublishers.ofString("{\"n\":" + i + "}")).build(),
                            HttpResponse.BodyHandlers.discarding());
                }
                double baseline = BULK / ((System.nanoTime() - baselineStart) / 1e9);

                String secretariat = tokenFor(tag + "-bulk-secretariat", "secretariat@CSTO");
                String endpoint = postAs(secretariat, "/api/v1/organizations/CSTO/webhooks", json().writeValueAsBytes(Map.of("url",
                        receiver.url().toString(), "kinds", List.of("mission_deployed"), "description", tag))).body().path("id").asString();
                String reader = tokenFor(tag + "-bulk-reader", "observer@CSTO");
                putAs(reader, "/api/v1/me/alerts/contact", json().valueToTree(Map.of("email", tag + "-bulk@example.org", "language", "en")));

                double webhooks = bulk(Delivery.Via.WEBHOOK, endpoint, "hook");
                double mails = bulk(Delivery.Via.EMAIL, tag + "-bulk-reader", "mail");
                System.out.printf(Locale.ROOT, "%nDeliveries one instance sustains, %s, %d each:%n"
                                + "  webhooks: %.0f per second%n  mails: %.0f per second%n"
                                + "  baseline, %d plain POSTs to the same receiver from one client, no database: %.0f per second%n",
                        getClass().getSimpleName(), BULK, webhooks, mails, BULK, baseline);
            }
        }

        /** Writes {@link #BULK} due deliveries to the recipient, wakes the worker, and times until all are sent; per second. */
        private double bulk(Delivery.Via via, String recipient, String run) {
            Instant now = Instant.now();
            for (int i = 0; i < BULK; i++) {
                deliveries.add(new Alert(AlertKind.MISSION_DEPLOYED, "CSTO", "missions/" + tag + "-" + run + "-" + i, "/organizations/CSTO/missions/x",
                        now, ReleaseMarking.PUBLIC, List.of(), null, null, Map.of("n", String.valueOf(i))), via, recipient, now);
            }
            long start = System.nanoTime();
            worker.wake();
            String pending = "select count(*) from alert_delivery where recipient = :r and channel = :c and status <> 'sent'";
            await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(20))
                    .until(() -> jdbc.sql(pending).param("r", recipient).param("c", via.code()).query(Long.class).single() == 0);
            return BULK / ((System.nanoTime() - start) / 1e9);
        }

        private Instant occurredAt(String request) {
            return jdbc.sql("select occurred_at from alert_delivery where kind = 'decision_taken' and alert like :r fetch first 1 rows only")
                    .param("r", "%\"requests/" + request + "\"%").query(OffsetDateTime.class).single().toInstant();
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
