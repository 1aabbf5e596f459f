package org.entente.alerting.internal.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import org.entente.alerting.internal.digest.IsoWeek;
import org.entente.support.DatabaseTest;
import org.entente.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The weekly digest by mail, to the tests' SMTP server: a subscriber of the CSTO's weekly digest gets the Kazakhstan 2022
 * week (rebuilt from the record) in their language, with the request, the decision, the mission and its casualty figures,
 * each with its sources and links to the originals; queued twice (two instances, or a rerun after a crash), it is mailed
 * once.
 */
class WeeklyDigestMailTest extends DatabaseTest {

    @Autowired
    private WeeklyDigests digests;

    @Test
    void aSubscriberGetsTheKazakhstanWeekWithItsSourcesOnceHoweverOftenItIsQueued() throws Exception {
        String tag = "digest" + System.nanoTime() % 100000;
        String address = tag + "@example.org";
        AlertFixtures.subscriber(this, tag, address, "en", "weekly_digest", List.of("decision_taken"));

        IsoWeek week = IsoWeek.parse("2022-W01");
        assertThat(digests.queue(week)).as("queued for this subscriber (and any other of the shared database)").isPositive();
        await().atMost(Duration.ofSeconds(60)).until(() -> !TestMailServer.to(address).isEmpty());
        assertThat(digests.queue(week)).as("queued again: nothing new").isZero();

        List<MimeMessage> mails = TestMailServer.to(address);
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.getFirst();
        assertThat(mail.getSubject()).startsWith("[Entente] ").contains("2022");
        String text = String.join("\n", AlertMailTest.parts(mail));
        assertThat(text).contains("KAZ-2022").contains("/organizations/CSTO/digest?week=2022-W01");
        assertThat(text).as("the request's sources, with the originals").contains("https://aboutlyrics.eu/csto-started-consultations-on-providing-assistance-to-kazakhstan");
        assertThat(text).as("the decision's").contains("https://en.armradio.am/2022/01/06/csto-peacekeeping-forces-deployed-to-kazakhstan/");
        assertThat(text).as("the mission and the early official toll, with its source").contains("/missions/MIS-KAZ-2022").contains("https://www.yahoo.com/news/violent-unrest-kazakhstan-left-225-105843985.html");
        assertThat(AlertMailTest.parts(mail).get(1)).contains("rel=\"external\"");
    }
}
