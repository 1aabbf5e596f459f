package org.entente.alerting.internal.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.entente.access.ReleaseMarking;
import org.entente.alerting.AlertKind;
import org.entente.support.DatabaseTest;
import org.entente.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An amendment does not flood: a casualty figure is mailed at once; the revisions that follow within the quiet period wait
 * in one delivery that each replaces with the latest, and are mailed once when the period ends; a webhook hears each.
 */
class QuietPeriodTest extends DatabaseTest {

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private JdbcDeliveries deliveries;

    @Autowired
    private DeliveryWorker worker;

    @Autowired
    private PlatformTransactionManager transactionManager;

    @Test
    void revisionsWithinTheQuietPeriodWaitInOneMailHoldingTheLatest() throws Exception {
        String tag = "quiet" + System.nanoTime() % 100000;
        String address = tag + "@example.org";
        AlertFixtures.subscriber(this, tag + "-reader", address, "en", "email", List.of("casualty_figure_revised"), "observer@CSTO");
        String secretariat = tokenFor(tag + "-secretariat", "secretariat@CSTO");
        String mission = AlertFixtures.mission(this, secretariat, tag, null);
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            assertThat(postAs(secretariat, "/api/v1/organizations/CSTO/webhooks", json().writeValueAsBytes(Map.of("url", receiver.url().toString(),
                    "kinds", List.of("casualty_figure_revised"), "description", tag))).status()).isEqualTo(201);

            String first = figure(secretariat, mission, 10, null);
            await().atMost(Duration.ofSeconds(60)).until(() -> TestMailServer.to(address).size() == 1);
            String second = figure(secretariat, mission, 12, first);
            String third = figure(secretariat, mission, 15, second);

            await().atMost(Duration.ofSeconds(60)).until(() -> receiver.naming("\"missions/" + mission + "\"").size() == 3);
            await().atMost(Duration.ofSeconds(60)).until(() -> waiting(address).size() == 1 && waiting(address).getFirst().contains("\"" + third + "\""));
            assertThat(TestMailServer.to(address)).as("no mail per revision within the quiet period").hasSize(1);

            long id = jdbc.sql("select id from alert_delivery where recipient = :r and status = 'pending'").param("r", tag + "-reader").query(Long.class).single();
            deliveries.redeliver(id, Instant.now()); // the quiet period is over
            worker.wake();
            await().atMost(Duration.ofSeconds(60)).until(() -> TestMailServer.to(address).size() == 2);
            assertThat(jdbc.sql("select count(*) from alert_delivery where recipient = :r").param("r", tag + "-reader").query(Long.class).single())
                    .as("the first figure and one delivery for its two revisions").isEqualTo(2);
        }
    }

    /**
     * Two revisions heard at the same moment (the outbox hears events on more than one thread) still wait in one delivery:
     * the second to be recorded waits for the first's transaction rather than adding a delivery of its own beside it.
     */
    @Test
    void twoRevisionsRecordedAtOnceWaitInOneDelivery() throws Exception {
        String tag = "atonce" + System.nanoTime() % 100000;
        String reader = tag + "-reader";
        AlertFixtures.subscriber(this, reader, tag + "@example.org", "en", "email", List.of("casualty_figure_revised"), "observer@CSTO");
        Instant start = Instant.now().plus(Duration.ofDays(3650)); // ten years ahead: no worker of the application claims these
        Duration quiet = Duration.ofMinutes(30);
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread other = new Thread(() -> {
            try {
                transactions.executeWithoutResult(status -> deliveries.amend(figure(tag, "F3", "F2", start.plusSeconds(2)), Delivery.Via.EMAIL, reader, quiet, start));
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        transactions.executeWithoutResult(status -> {
            assertThat(deliveries.amend(figure(tag, "F2", "F1", start.plusSeconds(1)), Delivery.Via.EMAIL, reader, quiet, start)).isTrue();
            other.start();
            // Until the other has recorded its revision, or waits for this transaction to end.
            await().atMost(Duration.ofSeconds(60)).until(() -> other.getState() == Thread.State.TERMINATED || waitingForALock() > 0);
        });
        other.join();
        assertThat(failure.get()).isNull();

        List<Delivery> all = deliveries.of(Delivery.Via.EMAIL, reader, 10);
        assertThat(all).as("one delivery, holding the latest revision").hasSize(1);
        assertThat(all.getFirst().alert().data()).containsEntry("figure", "F3");
    }

    /** How many of the database's sessions wait for a lock another holds. */
    private long waitingForALock() {
        return jdbc.sql("select count(*) from information_schema.sessions where blocker_id is not null").query(Long.class).single();
    }

    private static Alert figure(String mission, String id, String supersedes, Instant at) {
        return new Alert(AlertKind.CASUALTY_FIGURE_REVISED, "CSTO", "missions/" + mission, "/organizations/CSTO/missions/" + mission, at,
                ReleaseMarking.PUBLIC, List.of(), null, mission, Map.of("figure", id, "supersedes", supersedes, "category", "killed",
                "population", "civilians", "reportedBy", "MoH"));
    }

    /** The alerts waiting for the recipient of {@code address}'s account, as stored. */
    private List<String> waiting(String address) {
        return jdbc.sql("select d.alert from alert_delivery d join alert_contact c on c.username = d.recipient where c.email = :e and d.status = 'pending'")
                .param("e", address).query(String.class).list();
    }

    /** Reports a figure (superseding {@code supersedes} where not null); the new figure's id, the highest of the mission's. */
    private String figure(String secretariat, String mission, int value, String supersedes) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("category", "killed", "population", "civilians", "value", value,
                "asOf", LocalDate.now(ZoneOffset.UTC).toString(), "reportedBy", "Ministry of Health", "basis", "official", "sources", List.of("ART")));
        if (supersedes != null) {
            body.put("supersedes", supersedes);
        }
        Answer answer = postAs(secretariat, "/api/v1/organizations/CSTO/missions/" + mission + "/figures", json().writeValueAsBytes(body));
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(201);
        return answer.body().findValuesAsString("id").stream().filter(id -> id.matches("F\\d+"))
                .max(java.util.Comparator.comparingInt(id -> Integer.parseInt(id.substring(1)))).orElseThrow();
    }
}
