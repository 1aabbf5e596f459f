package org.entente.alerting.internal.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.entente.support.CrisisSteps;
import org.entente.support.DatabaseTest;
import org.entente.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The daily digest: a decision a subscriber of the daily digest asked for is held, not mailed at once; the day's digest mails
 * it, in the subscriber's language with a link to the request; queued again, the day mails nothing more.
 */
class DailyDigestMailTest extends DatabaseTest {

    @Autowired
    private DailyDigests digests;

    @Autowired
    private JdbcClient jdbc;

    @Test
    void aDecisionIsHeldAndMailedOnceInTheDaysDigest() throws Exception {
        String tag = "daily" + System.nanoTime() % 100000;
        String address = tag + "@example.org";
        AlertFixtures.subscriber(this, tag, address, "ru", "daily_digest", List.of("decision_taken"), "observer@CSTO");

        String request = CrisisSteps.decidedToDeploy(this, tag, tokenFor(tag + "-secretariat", "secretariat@CSTO"));

        await().atMost(Duration.ofSeconds(60)).until(() -> held(tag) == 1);
        assertThat(TestMailServer.to(address)).as("held, not mailed at once").isEmpty();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(digests.queue(today)).isPositive();
        await().atMost(Duration.ofSeconds(60)).until(() -> !TestMailServer.to(address).isEmpty());
        assertThat(digests.queue(today)).as("the day again: nothing more").isZero();
        assertThat(held(tag)).isZero();

        assertThat(TestMailServer.subjects(address)).containsExactly("[Entente] CSTO: ваши оповещения за " + today);
        String text = AlertMailTest.parts(TestMailServer.to(address).getFirst()).getFirst();
        assertThat(text).contains("решение совета по запросу " + request).contains("/organizations/CSTO/requests/" + request);
    }

    private long held(String username) {
        return jdbc.sql("select count(*) from alert_delivery where channel = 'digest' and status = 'held' and recipient = :r").param("r", username)
                .query(Long.class).single();
    }
}
