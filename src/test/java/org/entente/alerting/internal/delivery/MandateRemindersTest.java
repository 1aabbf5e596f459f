package org.entente.alerting.internal.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
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
        AlertFixtures.subscriber(this, tag + "-reader", address, "en", "email", List.of("mandate_ending"), "observer@CSTO");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String secretariat = tokenFor(tag + "-secretariat", "secretariat@CSTO");
        String soon = AlertFixtures.mission(this, secretariat, tag + "-soon", today.plusDays(5));
        String later = AlertFixtures.mission(this, secretariat, tag + "-later", today.plusDays(40));

        assertThat(reminders.remind(today)).as("at least the mission ending soon").isPositive();
        await().atMost(Duration.ofSeconds(60)).until(() -> TestMailServer.subjects(address).stream().anyMatch(subject -> subject.contains(soon)));
        assertThat(reminders.remind(today.plusDays(1))).as("the next day: told already").isZero();

        List<String> subjects = TestMailServer.subjects(address);
        assertThat(subjects).containsExactly("[Entente] CSTO: the mandate of mission " + soon + " ends on " + today.plusDays(5));
        assertThat(subjects).noneMatch(subject -> subject.contains(later));
    }
}
