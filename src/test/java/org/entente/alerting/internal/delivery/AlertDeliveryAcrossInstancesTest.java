package org.entente.alerting.internal.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.support.CrisisSteps;
import org.entente.support.DatabaseTest;
import org.entente.support.RealPostgres;
import org.entente.support.ScratchDatabase;
import org.entente.support.ServerProcess;
import org.entente.support.TestMailServer;
import org.junit.jupiter.api.Test;

/**
 * Delivery across real processes on one PostgreSQL: a server killed with SIGKILL while deliveries are in flight and
 * restarted delivers every one at least once, none lost; two instances on one database deliver each once. The receivers
 * are the tests' own: a webhook receiver that answers slowly (so deliveries are in flight when the server dies) and the
 * tests' SMTP server.
 */
class AlertDeliveryAcrossInstancesTest {

    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final List<String> STATES = List.of("BLR", "KAZ", "KGZ", "RUS", "TJK");
    private static final List<String> THREATS = List.of("natural_disaster", "terrorism");

    private final RealPostgres postgres = RealPostgres.availableOrSkip();

    /** The settings of every server here: the tests' SMTP server, short leases and retries, a quick poll. */
    private static String[] settings() {
        return new String[] {"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + TestMailServer.port(), "--entente.alerting.lease=PT4S",
                "--entente.alerting.webhook-timeout=PT3S", "--entente.alerting.retry-delays=PT0S,PT0.5S,PT1S,PT2S,PT4S,PT8S",
                "--entente.alerting.poll-interval=PT0.25S", "--entente.datasets.built-in=true",
                "--entente.alerting.webhooks.private-addresses=true"};
    }

    @Test
    void aServerKilledWhileDeliveriesAreInFlightDeliversEveryOneAtLeastOnceAfterTheRestart() throws Exception {
        String tag = "crash" + System.nanoTime() % 100000;
        try (ScratchDatabase database = ScratchDatabase.create(postgres, "alertcrash");
             WebhookReceiver receiver = new WebhookReceiver()) {
            receiver.thenAlways(WebhookReceiver.Answer.stall(Duration.ofMillis(700)));
            ServerProcess first = database.start(settings());
            List<String> filed;
            try {
                first.awaitReady();
                CrisisSteps.Client api = CrisisSteps.Client.of(first, database.jdbc());
                String address = subscribed(api, tag, receiver);
                filed = fileRequests(List.of(api), tag);
                await().atMost(WAIT).until(() -> !receiver.naming("\"org.entente.request.filed\"").isEmpty());
                first.kill();
                assertThat(address).isNotBlank();
            } finally {
                first.process().destroyForcibly();
            }
            long unsent = database.count("select count(*) from alert_delivery where status <> 'sent'")
                    + database.count("select count(*) from event_publication where completion_date is null");
            assertThat(unsent).as("deliveries (or events not yet made deliveries) were in flight when the server died").isPositive();

            ServerProcess second = database.start(settings());
            try {
                second.awaitReady();
                await().atMost(WAIT).until(() -> database.count("select count(*) from alert_delivery where status = 'sent'") == 2L * filed.size()
                        && database.count("select count(*) from event_publication where completion_date is null") == 0);
                assertThat(webhookIds(receiver, filed)).as("every filing reached the receiver at least once").hasSize(filed.size());
                assertThat(mailedRequests(tag + "@example.org", filed)).as("and the subscriber").isEqualTo(Set.copyOf(filed));
                assertThat(database.count("select count(*) from alert_delivery")).as("one delivery per alert and recipient, none twice")
                        .isEqualTo(2L * filed.size());
            } finally {
                second.stop();
            }
        }
    }

    @Test
    void twoInstancesOnOneDatabaseDeliverEachAlertAndEachDigestOnce() throws Exception {
        String tag = "twice" + System.nanoTime() % 100000;
        try (ScratchDatabase database = ScratchDatabase.create(postgres, "alerttwo");
             WebhookReceiver receiver = new WebhookReceiver()) {
            receiver.thenAlways(WebhookReceiver.Answer.stall(Duration.ofMillis(200)));
            // The weekly digest's schedule every two seconds on both instances: each run queues last week's digest.
            List<String> often = new ArrayList<>(List.of(settings()));
            often.addAll(List.of("--entente.alerting.weekly-digest-cron=*/2 * * * * *", "--entente.scheduler.polling-interval=1s"));
            ServerProcess one = database.start(often.toArray(String[]::new));
            ServerProcess two = database.start(often.toArray(String[]::new));
            try {
                one.awaitReady();
                two.awaitReady();
                CrisisSteps.Client first = CrisisSteps.Client.of(one, database.jdbc());
                CrisisSteps.Client second = CrisisSteps.Client.of(two, database.jdbc());
                subscribed(first, tag, receiver);
                List<String> filed = fileRequests(List.of(first, second), tag);

                await().atMost(WAIT).until(() -> database.count("select count(*) from alert_delivery where status = 'sent'") == 2L * filed.size());
                List<WebhookReceiver.Received> posts = new ArrayList<>();
                filed.forEach(id -> posts.addAll(receiver.naming("\"subject\":\"requests/" + id + "\"")));
                assertThat(posts).as("each filing posted once").hasSize(filed.size());
                assertThat(webhookIds(receiver, filed)).hasSize(filed.size());
                List<MimeMessage> mails = TestMailServer.to(tag + "@example.org");
                assertThat(mails).as("each filing mailed once").hasSize(filed.size());
                assertThat(mailedRequests(tag + "@example.org", filed)).isEqualTo(Set.copyOf(filed));
                assertThat(database.count("select count(distinct worker) from alert_attempt")).as("both instances sent some").isEqualTo(2);

                String reader = first.tokenFor(tag + "-digest", "observer@CSTO");
                String digestAddress = tag + "-digest@example.org";
                first.putAs(reader, "/api/v1/me/alerts/contact", Map.of("email", digestAddress, "language", "en"));
                assertThat(second.postAs(reader, "/api/v1/me/alerts/subscriptions", Map.of("organization", "CSTO", "kinds", List.of("decision_taken"),
                        "channel", "weekly_digest")).status()).isEqualTo(201);
                await().atMost(WAIT).until(() -> !TestMailServer.to(digestAddress).isEmpty());
                long runs = database.count("select count(*) from alert_delivery where kind = 'weekly_digest'");
                java.time.Instant mailed = java.time.Instant.now();
                await().atMost(WAIT).until(() -> database.jdbc().sql("select last_success from scheduled_tasks where task_name = 'weekly-digest'")
                        .query(java.time.OffsetDateTime.class).single().toInstant().isAfter(mailed.plusSeconds(4)));
                assertThat(TestMailServer.to(digestAddress)).as("the week's digest once, however often the schedule ran on either instance").hasSize(1);
                assertThat(database.count("select count(*) from alert_delivery where kind = 'weekly_digest'")).isEqualTo(runs).isEqualTo(1);
            } finally {
                one.stop();
                two.stop();
            }
        }
    }

    /** A webhook endpoint for filed requests at the receiver, and an observer subscribed by mail to them; the observer's address. */
    private static String subscribed(CrisisSteps.Client api, String tag, WebhookReceiver receiver) {
        String secretariat = api.tokenFor(tag + "-secretariat", "secretariat@CSTO");
        DatabaseTest.Answer endpoint = api.postAs(secretariat, "/api/v1/organizations/CSTO/webhooks",
                Map.of("url", receiver.url().toString(), "kinds", List.of("request_filed"), "description", tag));
        assertThat(endpoint.status()).as("%s", endpoint.body()).isEqualTo(201);
        String observer = api.tokenFor(tag + "-observer", "observer@CSTO");
        String address = tag + "@example.org";
        assertThat(api.putAs(observer, "/api/v1/me/alerts/contact", Map.of("email", address, "language", "en")).status()).isEqualTo(200);
        assertThat(api.postAs(observer, "/api/v1/me/alerts/subscriptions", Map.of("organization", "CSTO", "kinds", List.of("request_filed"))).status())
                .isEqualTo(201);
        return address;
    }

    /** One request per member state and threat, filed by the state's liaison through the clients in turn; their ids. */
    private static List<String> fileRequests(List<CrisisSteps.Client> clients, String tag) {
        List<String> ids = new ArrayList<>();
        int turn = 0;
        for (String threat : THREATS) {
            for (String state : STATES) {
                CrisisSteps.Client api = clients.get(turn++ % clients.size());
                String liaison = api.tokenFor(tag + "-liaison-" + state.toLowerCase(), "liaison@CSTO/" + state);
                DatabaseTest.Answer filed = api.postAs(liaison, "/api/v1/organizations/CSTO/requests",
                        Map.of("state", state, "threat", threat, "description", "Exercise of alert delivery " + tag));
                assertThat(filed.status()).as("%s", filed.body()).isEqualTo(201);
                ids.add(filed.body().path("id").asString());
            }
        }
        return ids;
    }

    /** The distinct webhook-ids the receiver got for the requests. */
    private static Set<String> webhookIds(WebhookReceiver receiver, List<String> requests) {
        return requests.stream().flatMap(id -> receiver.naming("\"subject\":\"requests/" + id + "\"").stream())
                .map(received -> received.header("webhook-id")).collect(Collectors.toSet());
    }

    /** The requests named in the subjects of the mails to {@code address}. */
    private static Set<String> mailedRequests(String address, List<String> requests) {
        return TestMailServer.subjects(address).stream().flatMap(subject -> requests.stream().filter(id -> subject.contains("request " + id + " filed"))).collect(Collectors.toSet());
    }
}
