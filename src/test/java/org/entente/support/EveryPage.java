package org.entente.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every page a reader can open, as one list that page tests walk: "for each page, in language L, do X".
 *
 * <pre>{@code
 * EveryPage pages = EveryPage.setUp(this, "mytest");          // once per test: its records, its secretariat account
 * signIn(browser, pages.secretariat());
 * for (String language : EveryPage.LANGUAGES) {
 *     for (EveryPage.Page page : pages.all()) {
 *         EveryPage.open(browser, uri("/"), page, language);  // the page in that language, loaded
 *         ... check the page, naming page.name() and language ...
 *     }
 * }
 * }</pre>
 *
 * <p>The pages are the CSTO's register, requests, forces and missions, the forms (a new request, a new mission, a sitrep
 * and its revision, a pledge and its edit, the statement of requirements on the force-generation page), the account, the
 * audit trail, one's alerts, the webhook endpoints and one endpoint's delivery log, sign-in and the error page (a 404); and an
 * exercise of the CSTO's page, requests and 404, which show the exercise banner.
 * {@link #setUp} makes what the pages show through the API, as a real reader's record would have it: a request of Kyrgyzstan decided to deploy forces, a force package accepted for it (from
 * two engineer units that are then withdrawn again, so that the built-in record keeps no pledge of the test), a mission
 * created on it and a public sitrep filed on that mission; and a request of Tajikistan whose council session is open. The built-in Kazakhstan mission (MIS-KAZ-2022) shows the timeline, figures and sites.
 *
 * <p>{@link Page#everyone()} says whether someone signed out may read the page; the others are read signed in as
 * {@link #secretariat()}, who may read every page.
 */
public final class EveryPage {

    /** The interface's languages, as {@code ?lang=} names them. */
    public static final List<String> LANGUAGES = List.of("en", "ru", "id");

    private static final String CSTO = "/organizations/CSTO";
    private static final String KAZAKHSTAN = CSTO + "/missions/MIS-KAZ-2022";

    /**
     * One page: a short name (for messages and screenshots), its path and query, whether someone signed out may read it, and
     * whether it is an error page on purpose (the 404, which a reader opens too).
     */
    public record Page(String name, String path, boolean everyone, boolean error) {

        public Page {
            if (name == null || name.isBlank() || path == null || !path.startsWith("/")) {
                throw new IllegalArgumentException("a page needs a name and a path from the root: " + name + " " + path);
            }
        }

        /** A page that is no error page. */
        public Page(String name, String path, boolean everyone) {
            this(name, path, everyone, false);
        }

        /** The page's path and query with the interface language {@code language} chosen ({@code ?lang=}, or {@code &lang=}). */
        public String in(String language) {
            return path + (path.contains("?") ? "&" : "?") + "lang=" + language;
        }
    }

    private final List<Page> pages;
    private final String secretariat;

    private EveryPage(List<Page> pages, String secretariat) {
        this.pages = List.copyOf(pages);
        this.secretariat = secretariat;
    }

    /**
     * The records the pages show, made through the API by accounts whose names start with {@code accounts} (so that tests do
     * not share a person), and the page test's account {@code accounts + "-secretariat"}, who signs in with
     * {@link PageTest#signIn}. Takes some seconds (a council decision, a planner run, a mission): call it once per test.
     */
    public static EveryPage setUp(PageTest test, String accounts) {
        String secretariat = accounts + "-secretariat";
        test.account(secretariat, "secretariat@CSTO");
        String api = test.tokenFor(accounts + "-secretariat-api", "secretariat@CSTO");
        String webhook = CSTO + "/webhooks/" + webhookEndpoint(test, api);
        String kazakhs = CrisisSteps.pledged(test, accounts, "KAZ", "Every page (" + accounts + "): Kazakh engineers", "eng", 100);
        String tajiks = CrisisSteps.pledged(test, accounts, "TJK", "Every page (" + accounts + "): Tajik engineers", "eng", 100);
        String request;
        String mission;
        try {
            request = CrisisSteps.decidedToDeploy(test, accounts, api);
            CrisisSteps.acceptedAPackage(test, api, request);
            var created = test.postAs(api, "/api/v1" + CSTO + "/missions", test.json().writeValueAsBytes(Map.of("request", request,
                    "name", "Every page (" + accounts + "): border town", "mandate", Map.of("text", "Support the host's engineers", "tasks",
                            List.of("humanitarian_relief")),
                    "forcePool", "CRDF", "theatre", Map.of("area", "Batken Region", "lat", 40.06, "lon", 70.82, "timeZone", "Asia/Bishkek"))));
            assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
            mission = CSTO + "/missions/" + created.body().path("id").asString();
            String state = created.body().path("contingents").path(0).path("state").asString();
            var sitrep = test.postAs(test.tokenFor(accounts + "-liaison-" + state.toLowerCase() + "-sitreps", "liaison@CSTO/" + state),
                    "/api/v1" + mission + "/sitreps", test.json().writeValueAsBytes(Map.of(
                            "scope", Map.of("kind", "contingent", "state", state), "from", ago(30), "until", ago(2),
                            "summary", "The engineers left for Batken.", "marking", "public",
                            "changes", List.of(Map.of("kind", "milestone", "state", state, "milestone", "departure", "at", ago(20))),
                            "incidents", List.of("A lorry broke down near Osh"))));
            assertThat(sitrep.status()).as("%s", sitrep.body()).isEqualTo(201);
        } finally {
            // The shared built-in record keeps no pledge of this test: other tests plan with the CSTO's pledges.
            test.postAs(test.tokenFor(accounts + "-liaison-kaz", "liaison@CSTO/KAZ"), "/api/v1" + CSTO + "/pledges/" + kazakhs + "/withdrawal", new byte[0]);
            test.postAs(test.tokenFor(accounts + "-liaison-tjk", "liaison@CSTO/TJK"), "/api/v1" + CSTO + "/pledges/" + tajiks + "/withdrawal", new byte[0]);
        }
        String inSession = inSession(test, accounts, api);
        String requestPage = CSTO + "/requests/" + request;
        String exercise = "/organizations/" + exercise(test, api);
        String exerciseRun = exerciseRunningAScenario(test, accounts, api);
        return new EveryPage(List.of(
                new Page("sign-in", "/sign-in", true),
                new Page("home", "/", true),
                new Page("organization", CSTO, true),
                new Page("clauses", CSTO + "/clauses", true),
                new Page("sources", CSTO + "/sources", true),
                new Page("state", CSTO + "/states/KAZ", true),
                new Page("requests", CSTO + "/requests", true),
                new Page("digest", CSTO + "/digest?week=2022-W01", true),
                new Page("request-new", CSTO + "/requests/new", false),
                new Page("request", requestPage, true),
                new Page("recorded-request", CSTO + "/requests/KAZ-2022", true),
                new Page("request-in-session", CSTO + "/requests/" + inSession, false),
                new Page("force-generation", requestPage + "/force-generation", false),
                new Page("forces", CSTO + "/forces", true),
                new Page("forces-map", CSTO + "/forces/map", false),
                new Page("pool", CSTO + "/forces/pools/CRRF", true),
                new Page("pledge-new", CSTO + "/forces/pledges/new", false),
                new Page("pledge-edit", CSTO + "/forces/pledges/" + kazakhs + "/edit", false),
                new Page("missions", CSTO + "/missions", true),
                new Page("mission-new", CSTO + "/missions/new", false),
                new Page("mission", KAZAKHSTAN, true),
                new Page("sitreps", KAZAKHSTAN + "/sitreps", true),
                new Page("new-mission", mission, true),
                new Page("new-mission-sitreps", mission + "/sitreps", true),
                new Page("sitrep", mission + "/sitreps/1", true),
                new Page("sitrep-new", mission + "/sitreps/new", false),
                new Page("sitrep-revise", mission + "/sitreps/1/revise", false),
                new Page("exercise-scenario", exerciseRun, false),
                new Page("after-action", exerciseRun.substring(0, exerciseRun.lastIndexOf('/')) + "/after-action", false),
                new Page("account", "/account", false),
                new Page("alerts", "/account/alerts", false),
                new Page("webhooks", CSTO + "/webhooks", false),
                new Page("webhook-log", webhook, false),
                new Page("audit", "/audit", false),
                new Page("search", "/search?q=kazakhstan", true),
                new Page("exercise", exercise, true),
                new Page("exercise-requests", exercise + "/requests", true),
                new Page("exercise-not-found", exercise + "/requests/NO-SUCH-REQUEST", true, true),
                new Page("not-found", CSTO + "/requests/NO-SUCH-REQUEST", true, true)), secretariat);
    }

    /** Every page, in a fixed order (sign-in first, the 404 last). */
    public List<Page> all() {
        return pages;
    }

    /** The pages someone signed out may read. */
    public List<Page> forEveryone() {
        return pages.stream().filter(Page::everyone).toList();
    }

    /** The page called {@code name}. */
    public Page named(String name) {
        return pages.stream().filter(page -> page.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no page called " + name));
    }

    /** The user name of the secretariat account that may read every page (its password as {@link Pages#password} makes it). */
    public String secretariat() {
        return secretariat;
    }

    /**
     * Opens {@code page} in {@code language} on the server at {@code home} (its root address) and waits for its footer; fails if
     * the browser was sent elsewhere (to sign in) or shown an error page where {@code page} is none.
     */
    public static void open(WebDriver browser, URI home, Page page, String language) {
        browser.get(home.resolve(page.in(language)).toString());
        Pages.waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.tagName("footer")));
        assertThat(URI.create(browser.getCurrentUrl()).getPath()).as("where %s led", page.name()).isEqualTo(URI.create(page.path()).getPath());
        assertThat(browser.findElements(By.cssSelector("#error-heading, #error-detail")).stream().map(e -> e.getText()).toList())
                .as("an error page for %s", page.name()).hasSize(page.error() ? 1 : 0);
    }

    /**
     * The CSTO's webhook endpoint for these pages: one at an address nobody answers, taking council decisions, so that its log
     * shows a failed delivery with its attempts once a decision is taken (and the endpoint then disabled, with the reason).
     * Registered once per Spring context: the tests of a context share it.
     */
    /**
     * The page of an exercise of the CSTO running the shipped scenario {@code CSTO-FLOOD-KGZ} at the fastest clock, so that its first
     * injects have arrived (the secretariat of the CSTO reads it).
     */
    private static String exerciseRunningAScenario(PageTest test, String accounts, String api) {
        var created = test.postAs(api, "/api/v1" + CSTO + "/exercises", test.json().writeValueAsBytes(Map.of(
                "title", "Every page (" + accounts + "): flood drill", "scenario", "CSTO-FLOOD-KGZ", "speed", 10_000)));
        assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
        String code = created.body().path("code").asString();
        test.awaitScheduledWork("the first inject of " + code, Duration.ofSeconds(30), () ->
                test.getAs(api, "/api/v1/organizations/" + code + "/injects").body().path("totalItems").asLong() > 0);
        return "/organizations/" + code + "/exercise";
    }

    private static String webhookEndpoint(PageTest test, String secretariat) {
        String description = "Every page: a receiver that is not there";
        var endpoints = test.getAs(secretariat, "/api/v1" + CSTO + "/webhooks");
        assertThat(endpoints.status()).as("%s", endpoints.body()).isEqualTo(200);
        for (var endpoint : endpoints.body()) {
            if (endpoint.path("description").asString().equals(description)) {
                return endpoint.path("id").asString();
            }
        }
        var registered = test.postAs(secretariat, "/api/v1" + CSTO + "/webhooks", test.json().writeValueAsBytes(Map.of(
                "url", "http://127.0.0.1:9/every-page", "kinds", List.of("decision_taken"), "description", description)));
        assertThat(registered.status()).as("%s", registered.body()).isEqualTo(201);
        return registered.body().path("id").asString();
    }

    /**
     * The code of the CSTO's exercise for these pages, whose pages show the exercise banner: made once per Spring context
     * (the tests of a context share it), after this set-up's pledges are withdrawn, so that it copies none of them.
     */
    private static String exercise(PageTest test, String secretariat) {
        String title = "Every page: winter drill";
        var exercises = test.getAs(secretariat, "/api/v1" + CSTO + "/exercises?size=100");
        assertThat(exercises.status()).as("%s", exercises.body()).isEqualTo(200);
        for (var exercise : exercises.body().path("items")) {
            if (exercise.path("title").asString().equals(title)) {
                return exercise.path("code").asString();
            }
        }
        var created = test.postAs(secretariat, "/api/v1" + CSTO + "/exercises", test.json().writeValueAsBytes(Map.of("title", title)));
        assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
        return created.body().path("code").asString();
    }

    /**
     * A request of Tajikistan about a natural disaster whose council session is open: the one there is (a request stays open,
     * and the charter allows one open request per state and threat, so every test of a Spring context reads the same one),
     * or one filed and convened now.
     */
    private static String inSession(PageTest test, String accounts, String secretariat) {
        var open = test.getAs(secretariat, "/api/v1" + CSTO + "/requests?state=TJK&threat=natural_disaster&status=under_consultation");
        assertThat(open.status()).as("%s", open.body()).isEqualTo(200);
        if (!open.body().path("items").isEmpty()) {
            return open.body().path("items").path(0).path("id").asString();
        }
        // Another test of the same context may have filed one and left it before the council: convene that one.
        var waiting = test.getAs(secretariat, "/api/v1" + CSTO + "/requests?state=TJK&threat=natural_disaster&status=filed");
        String id;
        if (!waiting.body().path("items").isEmpty()) {
            id = waiting.body().path("items").path(0).path("id").asString();
        } else {
            var filed = test.postAs(test.tokenFor(accounts + "-liaison-tjk-filer", "liaison@CSTO/TJK"), "/api/v1" + CSTO + "/requests",
                    test.json().writeValueAsBytes(Map.of("state", "TJK", "threat", "natural_disaster", "description", "Every page: floods in the south")));
            assertThat(filed.status()).as("%s", filed.body()).isEqualTo(201);
            id = filed.body().path("id").asString();
        }
        var convened = test.postAs(secretariat, "/api/v1" + CSTO + "/requests/" + id + "/session",
                test.json().writeValueAsBytes(Map.of("motion", "non_military_assistance")));
        assertThat(convened.status()).as("%s", convened.body()).isLessThan(300);
        return id;
    }

    private static String ago(int hours) {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(hours, ChronoUnit.HOURS).toString();
    }
}
