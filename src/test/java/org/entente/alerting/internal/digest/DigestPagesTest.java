package org.entente.alerting.internal.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.support.DatabaseTest;
import org.entente.support.RawHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;

/**
 * The weekly digest's page and API as a reader asks for them: the CSTO's first week of 2022 in each language, with its period
 * in the title and every item's sources linked to the originals; the previous and next weeks; the last complete week by default;
 * a week of another form refused naming the parameter; the requests page leading to it. The API answers the same week as JSON.
 */
class DigestPagesTest extends DatabaseTest {

    private static final String PAGE = "/organizations/CSTO/digest";
    private static final String ARMRADIO = "https://en.armradio.am/2022/01/06/csto-peacekeeping-forces-deployed-to-kazakhstan/";
    private static final String INDEPENDENT = "https://www.yahoo.com/news/violent-unrest-kazakhstan-left-225-105843985.html";

    @Autowired
    private Clock clock;

    @Autowired
    private WeeklyDigestService digests;

    @Autowired
    private DigestTexts texts;

    private RawHttp.Response page(String target) {
        return RawHttp.send(uri("/").getPort(), "GET", target, List.of("Accept: text/html"), null);
    }

    private String shown(String target) {
        RawHttp.Response answer = page(target);
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
        return answer.body();
    }

    private static String text(String page, String id) {
        Matcher found = Pattern.compile("id=\"" + id + "\"[^>]*>([^<]*)<").matcher(page);
        assertThat(found.find()).as("the page has #%s", id).isTrue();
        return HtmlUtils.htmlUnescape(found.group(1));
    }

    @Test
    void theFirstWeekOf2022ShowsItsPeriodAndTheSourcesOfEachItemInEachLanguage() {
        Map<String, List<String>> expected = Map.of(
                "en", List.of("CSTO: the week of", "January", "the original source", "Request for assistance from Kazakhstan"),
                "ru", List.of(": неделя", "января", "первоисточник", "Запрос о помощи от государства Казахстан"),
                "id", List.of(": pekan", "Januari", "sumber aslinya", "Permintaan bantuan dari Kazakhstan"));
        expected.forEach((language, words) -> {
            String page = shown(PAGE + "?week=2022-W01&lang=" + language);
            String title = text(page, "digest-title");

            assertThat(title).as(language).contains(words.get(0)).contains(words.get(1)).contains("2022").contains("3").contains("9");
            assertThat(page).as(language).contains("data-week=\"2022-W01\"").contains(words.get(2)).contains(words.get(3));
            assertThat(page).as("every original linked as external, in %s", language)
                    .contains("rel=\"external\" class=\"digest-original\" href=\"" + ARMRADIO + "\"")
                    .contains("rel=\"external\" class=\"digest-original\" href=\"" + INDEPENDENT + "\"");
            assertThat(page).contains("href=\"/organizations/CSTO/requests/KAZ-2022\"").contains("href=\"/organizations/CSTO/missions/MIS-KAZ-2022\"");
        });
    }

    @Test
    void thePageLinksThePreviousAndNextWeeksAndTheFeed() {
        String page = shown(PAGE + "?week=2022-W01&lang=en");

        assertThat(page).contains("href=\"/organizations/CSTO/digest?week=2021-W52\"").contains("href=\"/organizations/CSTO/digest?week=2022-W02\"")
                .contains("href=\"/organizations/CSTO/digest.atom\"");
        assertThat(shown(PAGE + "?week=2021-W52&lang=en")).contains("data-week=\"2021-W52\"");
    }

    @Test
    void withoutAWeekThePageShowsTheLastCompleteWeek() {
        IsoWeek last = IsoWeek.lastCompleteBefore(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));

        assertThat(shown(PAGE)).contains("data-week=\"" + last + "\"");
    }

    @Test
    void aWeekOfAnotherFormIsRefusedNamingTheParameterAndAnUnknownOrganizationIsNotFound() {
        for (String week : List.of("2022-01", "2022-W54", "2021-W53", "W01")) {
            RawHttp.Response refused = page(PAGE + "?week=" + week);
            assertThat(refused.status()).as(week).isEqualTo(400);
            assertThat(refused.body()).as(week).contains("week");
        }
        assertThat(page("/organizations/NODIGEST/digest").status()).isEqualTo(404);
    }

    @Test
    void theDigestAsPlainTextForAMailHasItsTitleItsLinesAndTheOriginals() {
        WeeklyDigest week = digests.digest(org.entente.register.OrganizationCode.of("CSTO"), LocalDate.of(2022, 1, 3), org.entente.access.Actor.ANONYMOUS);

        String text = texts.text(texts.view(week, java.util.Locale.of("ru"), "https://entente.example.org"));

        assertThat(text).startsWith("ОДКБ: неделя").contains("Запрос о помощи от государства Казахстан (терроризм) — KAZ-2022")
                .contains("https://entente.example.org/organizations/CSTO/requests/KAZ-2022").contains("первоисточник: " + ARMRADIO);
    }

    @Test
    void theRequestsPageLeadsToTheDigest() {
        assertThat(shown("/organizations/CSTO/requests?lang=en")).contains("id=\"digest-link\" href=\"/organizations/CSTO/digest\"");
    }

    @Test
    void theApiAnswersTheWeekWithItsSectionsItemsAndSources() {
        Answer answer = get("/api/v1/organizations/CSTO/digests/2022-W01");

        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
        JsonNode digest = answer.body();
        assertThat(digest.path("week").asString()).isEqualTo("2022-W01");
        assertThat(digest.path("from").asString()).isEqualTo("2022-01-03");
        assertThat(digest.path("until").asString()).isEqualTo("2022-01-09");
        assertThat(digest.path("title").asString()).startsWith("CSTO: the week of");
        assertThat(digest.path("sections").findValuesAsString("section")).containsExactly("requests", "decisions", "missions", "figures", "corrections");
        JsonNode decision = digest.path("sections").path(1).path("items").path(0);
        assertThat(decision.path("subject").asString()).isEqualTo("KAZ-2022");
        assertThat(decision.path("kind").asString()).isEqualTo("request_decided");
        assertThat(decision.path("when").asString()).isEqualTo("2022-01-06");
        assertThat(decision.path("link").asString()).isEqualTo(uri("/organizations/CSTO/requests/KAZ-2022").toString());
        assertThat(decision.path("sources").findValuesAsString("url")).contains(ARMRADIO);
        assertThat(digest.path("sections").path(3).path("items").findValuesAsString("url")).containsOnly(INDEPENDENT);

        Answer refused = get("/api/v1/organizations/CSTO/digests/2022-W99");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("errors").findValuesAsString("field")).containsExactly("week");
        assertThat(get("/api/v1/organizations/NODIGEST/digests/2022-W01").status()).isEqualTo(404);
    }
}
