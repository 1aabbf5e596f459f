package org.entente.alerting.internal.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.entente.support.DatabaseTest;
import org.entente.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

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
