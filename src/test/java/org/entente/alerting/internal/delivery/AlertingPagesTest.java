package org.entente.alerting.internal.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.support.CrisisSteps;
import org.entente.support.DatabaseTest;
import org.entente.support.SignedInPages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.WebApplicationContext;

/**
 * The alerting pages as a browser asks for them and posts their forms: one's mail address and subscriptions on the
 * account's alerts page (a refusal at its field, the form kept), and the secretariat's webhook endpoints with each one's
 * delivery log (the new secret shown once, a failed delivery with its attempts, sending it again).
 */
class AlertingPagesTest extends DatabaseTest {

    private static final AtomicInteger RUN = new AtomicInteger();
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Pattern NEW_ENDPOINT = Pattern.compile("data-endpoint=\"(ep_[0-9a-f]+)\"");

    @Autowired
    private WebApplicationContext context;

    @Autowired
    private JdbcClient jdbc;

    private final String tag = "alertpages" + System.nanoTime() % 100000 + "-" + RUN.incrementAndGet();

    private static String text(MockHttpServletResponse response) {
        try {
            return response.getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void subscribingThroughTheFormCreatesTheSubscriptionAndShowsItInWords() {
        var reader = SignedInPages.signIn(context, jdbc, tag + "-reader", "observer@CSTO");
        var saved = reader.post("/account/alerts/contact", Map.of("email", tag + "@example.org", "language", "ru"));
        assertThat(saved.getStatus()).as("%s", text(saved)).isEqualTo(302);

        var subscribed = reader.postValues("/account/alerts/subscriptions", Map.of("organization", List.of("CSTO"),
                "kinds", List.of("decision_taken", "mission_deployed"), "state", List.of("kaz"), "mission", List.of(""), "channel", List.of("weekly_digest")));

        assertThat(subscribed.getStatus()).as("%s", text(subscribed)).isEqualTo(302);
        assertThat(subscribed.getRedirectedUrl()).isEqualTo("/account/alerts");
        long id = jdbc.sql("select id from alert_subscription where username = :u").param("u", tag + "-reader").query(Long.class).single();
        String page = text(reader.get("/account/alerts?lang=en"));
        assertThat(page).contains("value=\"" + tag + "@example.org\"").contains("<option value=\"ru\" lang=\"ru\" selected=\"selected\">");
        String row = page.substring(page.indexOf("id=\"subscription-" + id + "\""), page.indexOf("</tr>", page.indexOf("id=\"subscription-" + id + "\"")));
        assertThat(row).contains("a council decision").contains("a mission deployed").doesNotContain("a request filed")
                .contains(">KAZ<").contains("in a weekly digest").contains("/account/alerts/subscriptions/" + id + "/removal");
        assertThat(page).as("the council's representatives hear of votes without subscribing; nobody of what they may not read")
                .contains("id=\"alerts-without-subscribing\"").contains("Nobody is told of what they may not read");
    }

    @Test
    void aBadMailAddressIsShownAtItsFieldWithWhatWasTyped() {
        var someone = SignedInPages.signIn(context, jdbc, tag + "-someone");

        var refused = someone.post("/account/alerts/contact", Map.of("email", "not an address", "language", "id"));

        assertThat(refused.getStatus()).isEqualTo(400);
        String page = text(refused);
        assertThat(page).contains("id=\"problem\"").contains("data-field=\"email\"").contains("value=\"not an address\"")
                .contains("<option value=\"id\" lang=\"id\" selected=\"selected\">");
        assertThat(jdbc.sql("select count(*) from alert_contact where username = :u").param("u", tag + "-someone").query(Integer.class).single())
                .isZero();
    }

    @Test
    void aSubscriptionWithoutKindsIsRefusedAtTheKindsKeepingTheOtherFields() {
        var someone = SignedInPages.signIn(context, jdbc, tag + "-nokinds");

        var refused = someone.postValues("/account/alerts/subscriptions", Map.of("organization", List.of("CSTO"), "mission", List.of("MIS-KAZ-2022"),
                "channel", List.of("daily_digest")));

        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(text(refused)).contains("data-field=\"kinds\"").contains("value=\"MIS-KAZ-2022\"")
                .containsPattern("id=\"channel-daily_digest\" value=\"daily_digest\"\\s+checked=\"checked\"");
    }

    @Test
    void endingASubscriptionRemovesIt() {
        var reader = SignedInPages.signIn(context, jdbc, tag + "-ender");
        reader.postValues("/account/alerts/subscriptions", Map.of("organization", List.of("CSTO"), "kinds", List.of("sitrep_filed"),
                "channel", List.of("email")));
        long id = jdbc.sql("select id from alert_subscription where username = :u").param("u", tag + "-ender").query(Long.class).single();
        assertThat(text(reader.get("/account/alerts"))).contains("id=\"subscription-" + id + "\"");

        var ended = reader.post("/account/alerts/subscriptions/" + id + "/removal", Map.of());

        assertThat(ended.getStatus()).isEqualTo(302);
        assertThat(text(reader.get("/account/alerts"))).doesNotContain("id=\"subscription-" + id + "\"").contains("id=\"no-subscriptions\"");
        assertThat(jdbc.sql("select count(*) from alert_subscription where id = :id").param("id", id).query(Integer.class).single()).isZero();
        assertThat(reader.post("/account/alerts/subscriptions/" + id + "/removal", Map.of()).getStatus()).as("ended already").isEqualTo(404);
    }

    @Test
    void theAccountPageLinksToTheAlertsAndThePagesSpeakRussianAndIndonesian() {
        var reader = SignedInPages.signIn(context, jdbc, tag + "-languages", "observer@CSTO");
        assertThat(text(reader.get("/account?lang=en"))).contains("href=\"/account/alerts\"");
        assertThat(text(reader.get("/account/alerts?lang=ru"))).contains("Ваши подписки").contains("решение совета").contains("в еженедельной сводке");
        assertThat(text(reader.get("/account/alerts?lang=id"))).contains("Langganan Anda").contains("keputusan dewan");
        var secretariat = SignedInPages.signIn(context, jdbc, tag + "-sec-languages", "secretariat@CSTO");
        assertThat(text(secretariat.get("/organizations/CSTO/webhooks?lang=ru"))).contains("Точки приёма вебхуков").contains("Как получатель проверяет доставку");
        assertThat(text(secretariat.get("/organizations/CSTO/webhooks?lang=id"))).contains("Daftarkan titik akhir");
    }

    @Test
    void theSecretariatRegistersAnEndpointThroughTheFormAndSeesItsSecretOnce() {
        var secretariat = SignedInPages.signIn(context, jdbc, tag + "-secretariat", "secretariat@CSTO");
        assertThat(text(secretariat.get("/organizations/CSTO/requests?lang=en"))).as("linked where the secretariat works")
                .contains("href=\"/organizations/CSTO/webhooks\"");

        String endpoint = registered(secretariat, "http://127.0.0.1:9/" + tag, "mandate_ending");

        try {
            String again = text(secretariat.get("/organizations/CSTO/webhooks?lang=en"));
            assertThat(again).as("shown once").doesNotContain("id=\"new-secret\"");
            String card = again.substring(again.indexOf("id=\"endpoint-" + endpoint + "\""));
            assertThat(card).contains("http://127.0.0.1:9/" + tag).contains("a mandate ending").contains("Show secret").contains("whsec_")
                    .contains("href=\"/organizations/CSTO/webhooks/" + endpoint + "\"");
            var refused = secretariat.postValues("/organizations/CSTO/webhooks", Map.of("url", List.of("ftp://example.org"), "kinds", List.of("mandate_ending"),
                    "description", List.of(tag + " kept")));
            assertThat(refused.getStatus()).isEqualTo(400);
            assertThat(text(refused)).contains("data-field=\"url\"").contains("value=\"ftp://example.org\"").contains("value=\"" + tag + " kept\"");
        } finally {
            var removed = secretariat.post("/organizations/CSTO/webhooks/" + endpoint + "/removal", Map.of());
            assertThat(removed.getStatus()).isEqualTo(302);
        }
        assertThat(text(secretariat.get("/organizations/CSTO/webhooks"))).doesNotContain("id=\"endpoint-" + endpoint + "\"");
    }

    @Test
    void anotherRoleMayNotReadTheWebhookPages() {
        var liaison = SignedInPages.signIn(context, jdbc, tag + "-liaison", "liaison@CSTO/KAZ");
        var otherSecretariat = SignedInPages.signIn(context, jdbc, tag + "-nato", "secretariat@NATO");
        assertThat(liaison.get("/organizations/CSTO/webhooks").getStatus()).isEqualTo(403);
        assertThat(otherSecretariat.get("/organizations/CSTO/webhooks").getStatus()).isEqualTo(403);
        assertThat(liaison.postValues("/organizations/CSTO/webhooks", Map.of("url", List.of("http://127.0.0.1:9/"), "kinds", List.of("mandate_ending")))
                .getStatus()).isEqualTo(403);
        assertThat(text(liaison.get("/organizations/CSTO/requests"))).doesNotContain("href=\"/organizations/CSTO/webhooks\"");
    }

    @Test
    void theLogShowsAFailedDeliveryWithItsAttemptsAndSendAgainMakesItDueAgain() {
        var secretariat = SignedInPages.signIn(context, jdbc, tag + "-logger", "secretariat@CSTO");
        String endpoint = registered(secretariat, "http://127.0.0.1:9/", "decision_taken");
        String log = "/organizations/CSTO/webhooks/" + endpoint;
        try {
            String request = CrisisSteps.decidedToDeploy(this, tag, tokenFor(tag + "-secretariat-api", "secretariat@CSTO"));

            long delivery = await().atMost(WAIT).until(() -> jdbc.sql("select id from alert_delivery where channel = 'webhook' and recipient = :e "
                    + "and status = 'failed' and alert like :r").param("e", endpoint).param("r", "%" + request + "%").query(Long.class).optional(),
                    java.util.Optional::isPresent).orElseThrow();
            await().atMost(WAIT).until(() -> !jdbc.sql("select enabled from webhook_endpoint where id = :e").param("e", endpoint).query(Boolean.class).single());
            String page = text(secretariat.get(log + "?lang=en"));
            String card = page.substring(page.indexOf("id=\"delivery-" + delivery + "\""));
            assertThat(card).contains("a council decision").contains("requests/" + request).contains("msg_").contains("failed for good")
                    .contains("4 attempts").contains("class=\"attempt\"").contains("/deliveries/" + delivery + "/redelivery");
            assertThat(count(card, "class=\"attempt\"")).as("every attempt with its answer").isEqualTo(4);
            assertThat(page).as("an endpoint whose delivery failed every attempt is disabled").contains("disabled");

            var refused = secretariat.post(log + "/deliveries/" + delivery + "/redelivery", Map.of());
            assertThat(refused.getStatus()).isEqualTo(302);
            assertThat(text(secretariat.get(log))).as("a disabled endpoint is enabled first").contains("id=\"step-problem\"");

            assertThat(secretariat.post("/organizations/CSTO/webhooks/" + endpoint + "/enabled", Map.of("enabled", "true")).getStatus()).isEqualTo(302);
            var again = secretariat.post(log + "/deliveries/" + delivery + "/redelivery", Map.of());

            assertThat(again.getStatus()).isEqualTo(302);
            assertThat(again.getRedirectedUrl()).isEqualTo(log);
            assertThat(text(secretariat.get(log))).contains("id=\"redelivered\"");
            await().atMost(WAIT).until(() -> jdbc.sql("select count(*) from alert_attempt where delivery_id = :d").param("d", delivery)
                    .query(Integer.class).single() > 3);
        } finally {
            secretariat.post("/organizations/CSTO/webhooks/" + endpoint + "/removal", Map.of());
        }
    }

    /** Registers an endpoint through the form; its id, read from the page that shows its new secret. */
    private static String registered(SignedInPages secretariat, String url, String kind) {
        var created = secretariat.postValues("/organizations/CSTO/webhooks", Map.of("url", List.of(url), "kinds", List.of(kind),
                "description", List.of("alerting pages test")));
        assertThat(created.getStatus()).as("%s", text(created)).isEqualTo(302);
        assertThat(created.getRedirectedUrl()).isEqualTo("/organizations/CSTO/webhooks");
        String page = text(secretariat.get("/organizations/CSTO/webhooks?lang=en"));
        assertThat(page).contains("id=\"new-secret\"").contains("Give this secret to the receiver");
        Matcher matcher = NEW_ENDPOINT.matcher(page);
        assertThat(matcher.find()).isTrue();
        String secret = page.substring(page.indexOf("id=\"new-secret-value\""));
        assertThat(secret.substring(secret.indexOf('>') + 1, secret.indexOf("</code>"))).startsWith("whsec_");
        return matcher.group(1);
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
