package org.entente.alerting.internal.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.entente.support.CrisisSteps;
import org.entente.support.DatabaseTest;
import org.entente.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A mandate ending soon is told to its subscribers once: a mission whose mandate ends in five days is in the day's
 * reminders, mailed to a subscriber of {@code mandate_ending}; the next day's run tells nobody again; a mandate ending in
 * a month is not yet told.
 */
class MandateRemindersTest extends DatabaseTest {

    @Autowired
    private MandateReminders reminders;

    @Test
    void aMandateEndingWithinTheNoticeIsToldOnce() throws Exception {
        String tag = "mandate" + System.nanoTime() % 100000;
        String address = tag + "@example.org";
        String reader = tokenFor(tag + "-reader", "observer@CSTO");
        assertThat(putAs(reader, "/api/v1/me/alerts/contact", json().valueToTree(Map.of("email", address, "language", "en"))).status()).isEqualTo(200);
        assertThat(postAs(reader, "/api/v1/me/alerts/subscriptions", json().writeValueAsBytes(Map.of("organization", "CSTO",
                "kinds", List.of("mandate_ending")))).status()).isEqualTo(201);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String secretariat = tokenFor(tag + "-secretariat", "secretariat@CSTO");
        String soon = mission(secretariat, tag + "-soon", today.plusDays(5));
        String later = mission(secretariat, tag + "-later", today.plusDays(40));

        assertThat(reminders.remind(today)).as("at least the mission ending soon").isPositive();
        await().atMost(Duration.ofSeconds(60)).until(() -> TestMailServer.to(address).stream().anyMatch(mail -> subject(mail).contains(soon)));
        assertThat(reminders.remind(today.plusDays(1))).as("the next day: told already").isZero();

        List<String> subjects = TestMailServer.to(address).stream().map(MandateRemindersTest::subject).toList();
        assertThat(subjects).containsExactly("[Entente] CSTO: the mandate of mission " + soon + " ends on " + today.plusDays(5));
        assertThat(subjects).noneMatch(subject -> subject.contains(later));
    }

    /** A mission on a request decided to deploy forces, its mandate ending on {@code until}; its id. */
    private String mission(String secretariat, String name, LocalDate until) {
        String request = CrisisSteps.decidedToDeploy(this, name, secretariat);
        Answer created = postAs(secretariat, "/api/v1/organizations/CSTO/missions", json().writeValueAsBytes(Map.of("request", request, "name", name,
                "mandate", Map.of("text", "Support the host", "tasks", List.of("humanitarian_relief")), "until", until.toString(),
                "theatre", Map.of("area", "Batken Region", "lat", 40.06, "lon", 70.82, "timeZone", "Asia/Bishkek"), "sources", List.of())));
        assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
        String id = created.body().path("id").asString();
        CrisisSteps.Client.of(this).postAs(secretariat, "/api/v1/organizations/CSTO/requests/" + request + "/closure", null);
        return id;
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
