package org.entente.alerting.internal.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.entente.support.CrisisSteps;
import org.entente.support.DatabaseTest;
import org.entente.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Alert mail through a real SMTP server (GreenMail, started by the tests): a subscriber hears of a decision in their
 * language with a link back to the page; a council representative hears a vote is needed without subscribing; nobody hears
 * of what they may not read.
 */
class AlertMailTest extends DatabaseTest {

    private static final AtomicInteger RUN = new AtomicInteger();
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private JdbcDeliveries deliveries;

    @Autowired
    private DeliveryWorker worker;

    private final String tag = "mail" + System.nanoTime() % 100000 + "-" + RUN.incrementAndGet();

    @Test
    void aSubscriberHearsOfADecisionByMailInTheirLanguageWithALinkToThePage() throws Exception {
        String address = tag + "-reader@example.org";
        String reader = AlertFixtures.subscriber(this, tag + "-reader", address, "ru", "email", List.of("decision_taken"), "observer@CSTO");

        String request = CrisisSteps.decidedToDeploy(this, tag, tokenFor(tag + "-secretariat", "secretariat@CSTO"));

        MimeMessage mail = awaitOne(address, "/requests/" + request);
        assertThat(mail.getSubject()).isEqualTo("[Entente] CSTO: решение совета по запросу " + request + ": направить силы");
        assertThat(mail.getHeader("Content-Language")).containsExactly("ru");
        List<String> parts = parts(mail);
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0)).as("the plain text").contains("решение совета по запросу " + request)
                .contains("/organizations/CSTO/requests/" + request).contains("/account");
        assertThat(parts.get(1)).as("the HTML").contains("<a href=\"http").contains("/organizations/CSTO/requests/" + request + "\"")
                .contains("lang=\"ru\"");
        assertThat(reader).isNotBlank();
    }

    @Test
    void aCouncilRepresentativeHearsThatTheirVoteIsNeededWithoutSubscribing() throws Exception {
        String address = tag + "-rep@example.org";
        String representative = tokenFor(tag + "-rep-kgz-own", "council_representative@CSTO/KGZ");
        assertThat(putAs(representative, "/api/v1/me/alerts/contact", json().valueToTree(Map.of("email", address, "language", "id"))).status())
                .isEqualTo(200);

        String request = CrisisSteps.decidedToDeploy(this, tag, tokenFor(tag + "-secretariat", "secretariat@CSTO"));

        MimeMessage mail = awaitOne(address, "/requests/" + request);
        assertThat(mail.getSubject()).isEqualTo("[Entente] CSTO: suara KGZ diperlukan atas permintaan " + request);
    }

    @Test
    void nobodyHearsOfWhatTheyMayNotRead() throws Exception {
        String member = tag + "-member@example.org";
        String outsider = tag + "-outsider@example.org";
        AlertFixtures.subscriber(this, tag + "-member", member, "en", "email", List.of("request_filed"), "observer@CSTO");
        AlertFixtures.subscriber(this, tag + "-outsider", outsider, "en", "email", List.of("request_filed"), "observer@NATO");

        String request = CrisisSteps.decidedToDeploy(this, tag, tokenFor(tag + "-secretariat", "secretariat@CSTO"));

        MimeMessage mail = awaitOne(member, "/requests/" + request);
        assertThat(mail.getSubject()).startsWith("[Entente] CSTO: request " + request + " filed by KGZ");
        assertThat(TestMailServer.to(outsider)).as("an open request is the organization's: not told to another's observer").isEmpty();
        assertThat(deliveriesTo(tag + "-outsider")).as("no delivery was even written").isZero();
    }

    @Test
    void aMemberHearsThatAForcePackageWasAccepted() throws Exception {
        String address = tag + "-package@example.org";
        AlertFixtures.subscriber(this, tag + "-package", address, "en", "email", List.of("package_accepted"), "liaison@CSTO/KGZ");
        String secretariat = tokenFor(tag + "-secretariat", "secretariat@CSTO");
        String request = CrisisSteps.decidedToDeploy(this, tag, secretariat);
        CrisisSteps.pledged(this, tag, "KAZ", "Engineer company " + tag, "eng", 120);
        CrisisSteps.pledged(this, tag, "RUS", "Engineer battalion " + tag, "eng", 120);

        CrisisSteps.acceptedAPackage(this, secretariat, request);

        MimeMessage mail = awaitOne(address, "/requests/" + request + "/force-generation");
        assertThat(mail.getSubject()).isEqualTo("[Entente] CSTO: force package accepted for request " + request);
    }

    @Test
    void aMailWaitingForSomeoneWhoMayNoLongerReadItIsNotSent() throws Exception {
        String address = tag + "-former@example.org";
        AlertFixtures.subscriber(this, tag + "-former", address, "en", "email", List.of("request_filed"), "observer@NATO");
        Alert open = new Alert(org.entente.alerting.AlertKind.REQUEST_FILED, "CSTO", "requests/" + tag, "/organizations/CSTO/requests/" + tag,
                java.time.Instant.now(), org.entente.access.ReleaseMarking.MEMBERS, List.of(), "KGZ", null, Map.of("request", tag));
        // Written while they were the CSTO's (say), sent after their role was taken away: only NATO's observer now.
        deliveries.add(open, Delivery.Via.EMAIL, tag + "-former", java.time.Instant.now());
        worker.wake();

        await().atMost(WAIT).until(() -> deliveries.of(Delivery.Via.EMAIL, tag + "-former", 1).getFirst().status() == Delivery.Status.FAILED);
        assertThat(deliveries.attempts(deliveries.of(Delivery.Via.EMAIL, tag + "-former", 1).getFirst().id()).getFirst().error())
                .contains("may no longer read");
        assertThat(TestMailServer.to(address)).isEmpty();
    }

    @Test
    void refusesAnAddressThatIsNotOneNamingTheField() {
        String someone = tokenFor(tag + "-someone");
        Answer refused = putAs(someone, "/api/v1/me/alerts/contact", json().valueToTree(Map.of("email", "not an address", "language", "en")));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().toString()).contains("\"email\"");
        Answer language = putAs(someone, "/api/v1/me/alerts/contact", json().valueToTree(Map.of("email", "a@example.org", "language", "fr")));
        assertThat(language.status()).isEqualTo(400);
        assertThat(language.body().toString()).contains("\"language\"");
        Answer kind = postAs(someone, "/api/v1/me/alerts/subscriptions",
                json().writeValueAsBytes(Map.of("organization", "CSTO", "kinds", List.of("endpoint_disabled"))));
        assertThat(kind.status()).as("the secretariat's notices are not subscribed to").isEqualTo(400);
    }

    /** Waits for the one mail to {@code address} whose text names {@code naming}; fails if a second one comes with it. */
    private static MimeMessage awaitOne(String address, String naming) {
        List<MimeMessage> found = new ArrayList<>();
        await().atMost(WAIT).until(() -> {
            found.clear();
            for (MimeMessage message : TestMailServer.to(address)) {
                if (String.join("\n", parts(message)).contains(naming)) {
                    found.add(message);
                }
            }
            return !found.isEmpty();
        });
        assertThat(found).hasSize(1);
        return found.getFirst();
    }

    private long deliveriesTo(String username) {
        return jdbc.sql("select count(*) from alert_delivery where recipient = :r").param("r", username).query(Long.class).single();
    }

    /** The message's text parts (plain, then HTML), however deeply nested. */
    static List<String> parts(MimeMessage message) throws Exception {
        List<String> texts = new ArrayList<>();
        collect(message.getContent(), texts);
        return texts;
    }

    private static void collect(Object content, List<String> texts) throws Exception {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                collect(part.getContent(), texts);
            }
        } else if (content instanceof String text) {
            texts.add(text);
        }
    }
}
