package org.entente.alerting.internal.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.entente.support.DatabaseTest;
import org.entente.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * When an inject arrives in an exercise, everyone who takes part in it and has a mail address hears of it at once, without
 * subscribing (as a representative hears that their vote is needed), under the exercise's mark and in their language; no one
 * outside the exercise does; injects arriving within the quiet period after a mail wait in one delivery holding the latest.
 */
class InjectAlertsTest extends DatabaseTest {

    @Autowired
    private JdbcClient jdbc;

    @Test
    void everyParticipantHearsOfAnInjectAtOnceUnderTheExercisesMarkAndNoOneElse() throws Exception {
        String tag = "injalert" + System.nanoTime() % 1000000;
        // The director becomes the exercise's secretariat as it is made, before any inject can arrive.
        String director = tokenFor(tag + "-director", "secretariat@CSTO");
        String player = tag + "-director@example.org";
        String outsider = tag + "-outsider@example.org";
        contact(director, player, "ru");
        contact(tokenFor(tag + "-outsider", "observer@CSTO"), outsider, "en");
        // The exercise's clock stands at the scenario's start: only its opening message is due.
        Answer created = postAs(director, "/api/v1/organizations/CSTO/exercises",
                json().writeValueAsBytes(Map.of("title", "Inject alerts " + tag, "scenario", "CSTO-FLOOD-KGZ", "speed", 0)));
        assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
        String exercise = created.body().path("code").asString();

        awaitScheduledWork("the opening inject's mail", Duration.ofSeconds(60), () -> !TestMailServer.to(player).isEmpty());

        MimeMessage mail = TestMailServer.to(player).getFirst();
        assertThat(mail.getSubject()).startsWith("[УЧЕНИЯ " + exercise + "] [Entente] " + exercise + ":").contains("flood-start");
        assertThat(AlertMailTest.parts(mail).getFirst()).contains("/organizations/" + exercise + "/exercise", "Exercise start: rivers rising in the south");
        assertThat(jdbc.sql("select count(*) from alert_delivery where recipient = :r").param("r", tag + "-outsider").query(Long.class).single())
                .as("the CSTO's observer takes no part").isZero();
        assertThat(TestMailServer.to(player)).as("once").hasSize(1);

        // Seven hours on, the request (at 2 h) and an update (at 6 h) arrive: within the quiet period, they wait in one delivery.
        Answer moved = putAs(director, "/api/v1/organizations/" + exercise + "/clock",
                json().valueToTree(Map.of("world", java.time.Instant.parse(created.body().path("scenario").path("world").asString())
                        .plus(Duration.ofHours(7)).toString())));
        assertThat(moved.status()).as("%s", moved.body()).isEqualTo(200);
        awaitScheduledWork("the update's alert", Duration.ofSeconds(60),
                () -> waiting(tag + "-director").stream().anyMatch(alert -> alert.contains("\"flood-update\"")));
        assertThat(waiting(tag + "-director")).as("the request's news replaced by the update's").hasSize(1);
        assertThat(TestMailServer.to(player)).as("no mail per inject within the quiet period").hasSize(1);
    }

    /** The alerts waiting for {@code recipient}, as stored. */
    private java.util.List<String> waiting(String recipient) {
        return jdbc.sql("select alert from alert_delivery where recipient = :r and status = 'pending'").param("r", recipient).query(String.class).list();
    }

    private void contact(String token, String address, String language) {
        assertThat(putAs(token, "/api/v1/me/alerts/contact", json().valueToTree(Map.of("email", address, "language", language))).status()).isEqualTo(200);
    }
}
