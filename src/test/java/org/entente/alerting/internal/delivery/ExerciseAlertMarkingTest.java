package org.entente.alerting.internal.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.access.ReleaseMarking;
import org.entente.alerting.AlertKind;
import org.entente.alerting.internal.digest.IsoWeek;
import org.entente.support.CrisisSteps;
import org.entente.support.DatabaseTest;
import org.entente.support.TestMailServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * What alerting sends about an exercise carries its mark on every channel, and what it sends about the real record does not:
 * mail (the subject after {@code [EXERCISE <code>]} in the recipient's language, the body starting with the sentence that it is
 * an exercise) through the tests' SMTP server, for immediate alerts, the daily and weekly digests and every other kind of mail;
 * the webhook's CloudEvent ({@code ententeexercise} true, false for the record) at a real HTTP receiver; the CAP feed
 * ({@code status} Exercise, each headline and entry title marked) and the weekly digest's feed as an anonymous reader fetches them.
 */
class ExerciseAlertMarkingTest extends DatabaseTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String REAL = "CSTO";

    @Autowired
    private AlertMail mail;

    @Autowired
    private DailyDigests daily;

    @Autowired
    private WeeklyDigests weekly;

    @Autowired
    private JdbcDeliveries deliveries;

    private final String tag = "xmark" + System.nanoTime() % 1000000;
    private String secretariat;
    private String exercise;

    @BeforeEach
    void anExerciseOfTheCsto() {
        secretariat = tokenFor(tag + "-secretariat", "secretariat@CSTO");
        Answer created = postAs(secretariat, "/api/v1/organizations/CSTO/exercises", json().writeValueAsBytes(Map.of("title", "Marking drill " + tag)));
        assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
        exercise = created.body().path("code").asString();
    }

    @Test
    void anExercisesAlertIsMailedUnderItsMarkSayingItIsAnExerciseAndTheRecordsWithout() throws Exception {
        String player = tag + "-player@example.org";
        String reader = tag + "-reader@example.org";
        AlertFixtures.subscriber(this, exercise, tag + "-player", player, "ru", "email", List.of("request_filed"), "observer@" + exercise);
        AlertFixtures.subscriber(this, REAL, tag + "-reader", reader, "en", "email", List.of("request_filed"), "observer@CSTO");

        String drilled = filedAndWithdrawn(exercise);
        String real = filedAndWithdrawn(REAL);

        MimeMessage marked = awaitOne(player, "/requests/" + drilled);
        assertThat(marked.getSubject()).isEqualTo("[УЧЕНИЯ " + exercise + "] [Entente] " + exercise + ": подан запрос " + drilled + ", заявитель KAZ");
        List<String> parts = AlertMailTest.parts(marked);
        assertThat(parts.get(0)).as("the plain text starts with the notice")
                .startsWith("Это учения: " + exercise + ", «Marking drill " + tag + "», учения организации CSTO. Ничто из этого не учитывается в реальном реестре.\n");
        assertThat(parts.get(1)).as("the HTML says it before the headline").contains("Это учения: " + exercise);
        assertThat(parts.get(1).indexOf("Это учения")).isLessThan(parts.get(1).indexOf("<h1"));

        MimeMessage unmarked = awaitOne(reader, "/requests/" + real);
        assertThat(unmarked.getSubject()).isEqualTo("[Entente] CSTO: request " + real + " filed by KAZ");
        assertThat(String.join("\n", AlertMailTest.parts(unmarked))).doesNotContainIgnoringCase("exercise");
    }

    @Test
    void everyKindOfMailAboutAnExerciseHasTheMarkAndTheNoticeInTheReadersLanguage() {
        record Words(String mark, String notice) {
        }
        Map<String, Words> languages = Map.of("en", new Words("[EXERCISE ", "This is an exercise: "), "ru", new Words("[УЧЕНИЯ ", "Это учения: "),
                "id", new Words("[LATIHAN ", "Ini latihan: "));
        for (AlertKind kind : AlertKind.values()) {
            languages.forEach((language, words) -> {
                AlertMail.Written drilled = mail.write(alert(kind, exercise), Locale.of(language));
                assertThat(drilled.subject()).as("%s in %s", kind, language).startsWith(words.mark() + exercise + "] [Entente] ");
                assertThat(drilled.text()).as("%s in %s", kind, language).startsWith(words.notice() + exercise + ", ");
                assertThat(drilled.html()).as("%s in %s", kind, language).contains(words.notice() + exercise + ", ");
                AlertMail.Written real = mail.write(alert(kind, REAL), Locale.of(language));
                assertThat(real.subject()).as("%s in %s", kind, language).startsWith("[Entente] CSTO");
                assertThat(real.text() + real.html()).as("%s in %s", kind, language).doesNotContain(words.notice());
            });
        }
    }

    @Test
    void theDailyAndWeeklyDigestsOfAnExerciseAreMarked() throws Exception {
        String dailyReader = tag + "-daily@example.org";
        String weeklyReader = tag + "-weekly@example.org";
        AlertFixtures.subscriber(this, exercise, tag + "-daily", dailyReader, "id", "daily_digest", List.of("request_filed"), "observer@" + exercise);
        AlertFixtures.subscriber(this, exercise, tag + "-weekly", weeklyReader, "en", "weekly_digest", List.of("request_filed"), "observer@" + exercise);
        filedAndWithdrawn(exercise);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Instant end = today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        await().atMost(WAIT).until(() -> deliveries.heldBefore(end).stream().anyMatch(held -> held.getKey().equals(tag + "-daily")));
        assertThat(daily.queue(today)).isPositive();
        assertThat(weekly.queue(IsoWeek.containing(today.minusWeeks(1)))).isPositive();

        await().atMost(WAIT).until(() -> !TestMailServer.to(dailyReader).isEmpty() && !TestMailServer.to(weeklyReader).isEmpty());
        assertThat(TestMailServer.subjects(dailyReader)).containsExactly("[LATIHAN " + exercise + "] [Entente] " + exercise + ": peringatan Anda pada " + today);
        assertThat(AlertMailTest.parts(TestMailServer.to(dailyReader).getFirst()).getFirst()).startsWith("Ini latihan: " + exercise);
        assertThat(TestMailServer.subjects(weeklyReader)).singleElement().asString().startsWith("[EXERCISE " + exercise + "] [Entente] ");
        assertThat(AlertMailTest.parts(TestMailServer.to(weeklyReader).getFirst()).getFirst()).startsWith("This is an exercise: " + exercise);
    }

    @Test
    void anExercisesWebhookEventIsFlaggedAndTheRecordsIsNot() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String drillHook = registered(exercise, receiver);
            String realHook = registered(REAL, receiver);
            try {
                String drilled = filedAndWithdrawn(exercise);
                String real = filedAndWithdrawn(REAL);

                await().atMost(WAIT).until(() -> !receiver.naming("\"requests/" + drilled + "\"").isEmpty() && !receiver.naming("\"requests/" + real + "\"").isEmpty());
                JsonNode flagged = json().readTree(receiver.naming("\"requests/" + drilled + "\"").getFirst().body());
                assertThat(flagged.path("source").asString()).isEqualTo("/organizations/" + exercise);
                assertThat(flagged.path("ententeexercise").isBoolean()).isTrue();
                assertThat(flagged.path("ententeexercise").asBoolean()).isTrue();
                JsonNode record = json().readTree(receiver.naming("\"requests/" + real + "\"").getFirst().body());
                assertThat(record.path("ententeexercise").isBoolean()).as("always there, false for the record").isTrue();
                assertThat(record.path("ententeexercise").asBoolean()).isFalse();
            } finally {
                deleteAs(secretariat, "/api/v1/organizations/" + exercise + "/webhooks/" + drillHook);
                deleteAs(secretariat, "/api/v1/organizations/CSTO/webhooks/" + realHook);
            }
        }
    }

    @Test
    void anExercisesCapFeedSaysExerciseAndMarksEveryHeadlineAndTheRecordsDoesNot() throws Exception {
        String drilled = feed(exercise);
        List<String> statuses = all(drilled, "<status>([^<]*)</status>");
        assertThat(statuses).as("the copied record's Kazakhstan 2022 decision and mission steps at least").isNotEmpty().containsOnly("Exercise");
        List<String> titles = all(drilled, "<entry><id>[^<]*</id><title>([^<]*)</title>");
        assertThat(titles).isNotEmpty().allSatisfy(title -> assertThat(title).startsWith("[EXERCISE " + exercise + "] " + exercise));
        assertThat(all(drilled, "<language>ru</language><category>[^<]*</category><event>[^<]*</event><urgency>[^<]*</urgency><severity>[^<]*</severity>"
                + "<certainty>[^<]*</certainty><headline>([^<]*)</headline>")).hasSameSizeAs(statuses)
                .allSatisfy(headline -> assertThat(headline).startsWith("[УЧЕНИЯ " + exercise + "] "));
        assertThat(all(drilled, "<feed[^>]*>.*?<title>([^<]*)</title>").getFirst()).startsWith("[EXERCISE " + exercise + "] ");

        String real = feed(REAL);
        assertThat(all(real, "<status>([^<]*)</status>")).isNotEmpty().containsOnly("Actual");
        assertThat(real).doesNotContain("[EXERCISE").doesNotContain("[УЧЕНИЯ").doesNotContain("[LATIHAN");
    }

    @Test
    void anExercisesDigestFeedIsTitledUnderItsMarkAndTheRecordsIsNot() throws Exception {
        String drilled = feed(exercise, "digest.atom", "ru");
        List<String> titles = all(drilled, "<title>([^<]*)</title>");
        assertThat(titles).as("the feed's and each week's").hasSizeGreaterThan(1)
                .allSatisfy(title -> assertThat(title).startsWith("[УЧЕНИЯ " + exercise + "] "));

        assertThat(all(feed(REAL, "digest.atom", "ru"), "<title>([^<]*)</title>")).hasSizeGreaterThan(1)
                .noneSatisfy(title -> assertThat(title).startsWith("[УЧЕНИЯ"));
    }

    /** Files a request of Kazakhstan about terrorism in {@code organization} as its liaison, and withdraws it; its id. */
    private String filedAndWithdrawn(String organization) {
        String requests = "/api/v1/organizations/" + organization + "/requests";
        String liaison = tokenFor(tag + "-liaison-" + organization.toLowerCase(Locale.ROOT), "liaison@" + organization + "/KAZ");
        if (organization.equals(REAL)) {
            CrisisSteps.noOpenRequest(CrisisSteps.Client.of(this), secretariat, "KAZ", "terrorism");
        }
        Answer filed = postAs(liaison, requests, json().writeValueAsBytes(Map.of("state", "KAZ", "threat", "terrorism",
                "description", "Test: alerts of an exercise are marked")));
        assertThat(filed.status()).as("%s", filed.body()).isEqualTo(201);
        String id = filed.body().path("id").asString();
        assertThat(postAs(liaison, requests + "/" + id + "/withdrawal", new byte[0]).status()).isEqualTo(200);
        return id;
    }

    private String registered(String organization, WebhookReceiver receiver) {
        Answer answer = postAs(secretariat, "/api/v1/organizations/" + organization + "/webhooks",
                json().writeValueAsBytes(Map.of("url", receiver.url().toString(), "kinds", List.of("request_filed"), "description", tag)));
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(201);
        return answer.body().path("id").asString();
    }

    private String feed(String organization) throws Exception {
        return feed(organization, "alerts.atom", "en");
    }

    /** The organization's feed {@code feed} as an anonymous reader of {@code language} fetches it. */
    private String feed(String organization, String feed, String language) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/organizations/" + organization + "/" + feed + "?lang=" + language))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static List<String> all(String text, String regex) {
        Matcher matcher = Pattern.compile(regex, Pattern.DOTALL).matcher(text);
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    /** An alert of {@code kind} in {@code organization}, with every value a headline may name. */
    private static Alert alert(AlertKind kind, String organization) {
        return new Alert(kind, organization, "requests/" + organization + "-KAZ-2026-1", "/organizations/" + organization + "/requests/1", Instant.now(),
                ReleaseMarking.PUBLIC, List.of(), "KAZ", null, Map.of("decision", "deploy_forces", "slipHours", "3", "number", "1", "voter", "KAZ",
                        "endpoint", "wh_1", "week", "2026-W01", "day", "2026-01-01", "ends", "2026-02-01"));
    }

    /** Waits for the one mail to {@code address} whose text names {@code naming}. */
    private static MimeMessage awaitOne(String address, String naming) {
        List<MimeMessage> found = new ArrayList<>();
        await().atMost(WAIT).until(() -> {
            found.clear();
            for (MimeMessage message : TestMailServer.to(address)) {
                if (String.join("\n", AlertMailTest.parts(message)).contains(naming)) {
                    found.add(message);
                }
            }
            return !found.isEmpty();
        });
        assertThat(found).hasSize(1);
        return found.getFirst();
    }
}
