package org.entente.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.entente.access.AccessPolicy;
import org.entente.support.CookieClient;
import org.entente.support.CrisisSteps;
import org.entente.support.DatabaseTest;
import org.entente.support.TestAccounts;
import org.entente.support.TestPledges;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The proof that nothing of an exercise is ever counted in the real record's answers or shown in its lists (issue 17): every GET
 * answer the application serves (from the access table and the endpoints themselves, so that a new one cannot be forgotten) is read
 * by the CSTO's real people (anonymous, its secretariat, an observer and Kazakhstan's liaison), the whole crisis cycle then runs in an
 * exercise of the CSTO, and every answer is read again: each must be what it was, but for the few changes creating an exercise makes
 * to the real record on purpose ({@link #EXPECTED}). The exercise's own answers must have changed, so that the proof cannot pass by
 * doing nothing in it.
 */
class ExercisesLeaveTheRealRecordAloneTest extends DatabaseTest {

    private static final String CSTO = "/organizations/CSTO";
    private static final String API = "/api/v1" + CSTO;
    private static final String KAZAKHSTAN_2022 = "MIS-KAZ-2022";

    /**
     * GET addresses whose answers are not read, each with why. Any other GET pattern of the access table or of the application that
     * {@link #addresses} does not fill fails the test, so that the proof stays whole as the API grows.
     */
    private static final Map<String, String> NOT_READ = Map.ofEntries(
            Map.entry("/api/v1/organizations/{organization}/exercises/{exercise}", "one exercise: the exercise's own answer, not the real record's"),
            Map.entry("/api/v1/organizations/{organization}/requests/{id}/force-generation/jobs/{job}/events",
                    "a planner job's progress as a stream of server-sent events: what /jobs/{job} answers, read above"),
            Map.entry("/organizations/{organization}/requests/{id}/force-generation/jobs/{job}/events",
                    "a planner job's progress as a stream of server-sent events: what /jobs/{job} answers, read above"),
            Map.entry("/api/v1/organizations/{organization}/**", "a prefix row: the answers under it are each read by their own address"),
            Map.entry("/api/v1/organizations/{organization}/missions/**", "a prefix row: the answers under it are each read by their own address"),
            Map.entry("/api/v1/organizations/{organization}/requests/{id}/force-generation/**",
                    "a prefix row: the answers under it are each read by their own address"),
            Map.entry("/api/v1/audit/**", "a prefix row: the answers under it are each read by their own address"),
            Map.entry("/oauth2/authorization/{registration}", "signing in through an OpenID provider: a redirect, no record"),
            Map.entry("/login/oauth2/code/{registration}", "the OpenID provider's answer: no record"),
            Map.entry("/api", "the browsable API description: no record"),
            Map.entry("/swagger-ui/**", "the browsable API description: no record"),
            Map.entry("/v3/api-docs", "the OpenAPI description: no record"),
            Map.entry("/v3/api-docs.yaml", "the OpenAPI description: no record"),
            Map.entry("/v3/api-docs/**", "the OpenAPI description: no record"),
            Map.entry("/v3/api-docs/swagger-config", "the browsable API description's settings: no record"),
            Map.entry("/css/**", "style sheets: no record"),
            Map.entry("/webjars/**", "style sheets and scripts: no record"),
            Map.entry("/favicon.ico", "the icon: no record"),
            Map.entry("/actuator/health", "health: no record"),
            Map.entry("/actuator/health/**", "health: no record"),
            Map.entry("/error", "the error page: no record (error answers of the real addresses are read with them)"));

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping handlers;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** Someone reading the real record: a bearer token for the API and a page session (both null for someone signed out). */
    private record Reader(String name, String token, String session) {
    }

    /** The real records the addresses name: made by this test before the first reading, so that they exist whatever ran before. */
    private record Real(String request, String mission, String pledge, String job, String endpoint, long sequence, Instant since, String week) {
    }

    @Test
    void theWholeCrisisCycleInAnExerciseChangesNoAnswerOfTheRealRecord() {
        String suffix = Long.toString(System.nanoTime(), 36);
        Real real = realRecords(suffix);
        List<Reader> readers = List.of(new Reader("anonymous", null, null), reader("secretariat", suffix, "secretariat@CSTO"),
                reader("observer", suffix, "observer@CSTO"), reader("liaison", suffix, "liaison@CSTO/KAZ"));
        Reader both = reader("creator", suffix, "secretariat@CSTO");
        Map<String, List<String>> addresses = addresses(real, "Exclusion drill " + suffix);

        Map<String, String> before = stable(readers, addresses);
        Map<String, String> bothBefore = read(List.of(both), personal());

        String exercise = crisisCycleInAnExercise(both, suffix);

        settled();
        Map<String, String> after = read(readers, addresses);
        Map<String, String> bothAfter = read(List.of(both), personal());

        var changed = new ArrayList<String>();
        before.forEach((key, was) -> {
            UnaryOperator<String> expected = expectedChange(key, exercise);
            String wasThen = expected.apply(was);
            String isNow = expected.apply(after.get(key));
            if (!wasThen.equals(isNow)) {
                changed.add(key + "\n  first difference: " + firstDifference(wasThen, isNow));
            }
        });
        assertThat(changed).as("real answers that changed while an exercise ran (%d answers read)", before.size()).isEmpty();
        bothBefore.forEach((key, was) -> {
            assertThat(added(was, bothAfter.get(key))).as("what %s shows the creator besides what it showed", key)
                    .allSatisfy(line -> assertThat(line).contains(exercise));
            assertThat(added(bothAfter.get(key), was)).as("what %s no longer shows the creator", key).isEmpty();
        });
    }

    @Test
    void everyGetAddressOfTheApplicationIsReadOrSaysWhyNot() {
        Set<String> patterns = new TreeSet<>();
        AccessPolicy.RULES.stream().filter(rule -> rule.method().equals("GET") || rule.method().equals("*")).forEach(rule -> patterns.add(rule.pattern()));
        handlers.getHandlerMethods().forEach((mapping, method) -> {
            var methods = mapping.getMethodsCondition().getMethods();
            if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
                patterns.addAll(mapping.getPatternValues());
            }
        });
        Set<String> read = addresses(new Real("R", "M", "P", "J", "E", 1, Instant.EPOCH, "2022-W01"), "q").keySet();

        assertThat(patterns).as("GET addresses neither read nor listed in NOT_READ").allMatch(pattern -> read.contains(pattern) || NOT_READ.containsKey(pattern));
        assertThat(read).as("read addresses that the application does not serve").isSubsetOf(patterns);
        assertThat(NOT_READ.keySet()).as("listed addresses that the application does not serve").isSubsetOf(patterns);
    }

    // The real record, and its readers.

    private Real realRecords(String suffix) {
        String accounts = "exclusion-" + suffix;
        String secretariat = tokenFor(accounts + "-real-secretariat", "secretariat@CSTO");
        String kazakhs = CrisisSteps.pledged(this, accounts, "KAZ", "Exclusion (" + suffix + "): Kazakh engineers", "eng", 100);
        String tajiks = CrisisSteps.pledged(this, accounts, "TJK", "Exclusion (" + suffix + "): Tajik engineers", "eng", 100);
        String request;
        String mission;
        try {
            request = CrisisSteps.decidedToDeploy(this, accounts, secretariat);
            CrisisSteps.acceptedAPackage(this, secretariat, request);
            Answer created = postAs(secretariat, API + "/missions", json().writeValueAsBytes(mission(request, "Exclusion (" + suffix + "): real border town")));
            assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
            mission = created.body().path("id").asString();
            String state = created.body().path("contingents").path(0).path("state").asString();
            Answer sitrep = postAs(tokenFor(accounts + "-liaison-" + state.toLowerCase(), "liaison@CSTO/" + state), API + "/missions/" + mission + "/sitreps",
                    json().writeValueAsBytes(sitrep(state, "The engineers left for Batken.")));
            assertThat(sitrep.status()).as("%s", sitrep.body()).isEqualTo(201);
        } finally {
            // The shared built-in record keeps no pledge of this test: other tests plan with the CSTO's pledges.
            postAs(tokenFor(accounts + "-liaison-kaz", "liaison@CSTO/KAZ"), API + "/pledges/" + kazakhs + "/withdrawal", new byte[0]);
            postAs(tokenFor(accounts + "-liaison-tjk", "liaison@CSTO/TJK"), API + "/pledges/" + tajiks + "/withdrawal", new byte[0]);
        }
        String job = jdbc.sql("select id from force_generation_job where org_code = 'CSTO' and request_id = :r").param("r", request)
                .query(String.class).list().getFirst();
        // An endpoint for a step the real record does not take while the exercise runs: a delivery of the exercise's would show.
        Answer endpoint = postAs(secretariat, API + "/webhooks", json().writeValueAsBytes(Map.of("url", "http://127.0.0.1:9/exclusion-" + suffix,
                "kinds", List.of("mission_withdrawn", "contingent_arrived", "sitrep_filed"), "description", "Exclusion " + suffix)));
        assertThat(endpoint.status()).as("%s", endpoint.body()).isEqualTo(201);
        long sequence = getAs(secretariat, "/api/v1/audit/entries?organization=CSTO&size=1").body().path("items").path(0).path("sequence").asLong();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String week = "%d-W%02d".formatted(today.get(IsoFields.WEEK_BASED_YEAR), today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        return new Real(request, mission, kazakhs, job, endpoint.body().path("id").asString(), sequence,
                Instant.now().truncatedTo(ChronoUnit.SECONDS), week);
    }

    /** A reader of the real record with {@code grants}: a local account with a token and a page session. */
    private Reader reader(String name, String suffix, String... grants) {
        String username = "exclusion-" + name + "-" + suffix;
        String password = username + " password";
        TestAccounts.localAccount(jdbc, username, password, grants);
        String token = tokenFor(username);
        assertThat(getAs(token, "/api/v1/me").status()).as("the token used once, as it will be: /account shows when").isEqualTo(200);
        var pages = new CookieClient();
        assertThat(pages.signIn(uri("/"), username, password).statusCode()).isEqualTo(302);
        return new Reader(username, token, pages.cookie(CookieClient.SESSION));
    }

    /**
     * Every address read, by the pattern of the access table or the endpoint it fills: the CSTO, Kazakhstan, the records the test made,
     * the recorded Kazakhstan mission (which an exercise copies under the same id), this ISO week and 2022's first, and a search for
     * the exercise's title.
     */
    private static Map<String, List<String>> addresses(Real real, String title) {
        String request = CSTO + "/requests/" + real.request();
        String apiRequest = "/api" + "/v1" + request;
        String mission = CSTO + "/missions/" + real.mission();
        String apiMission = "/api/v1" + mission;
        String recorded = API + "/missions/" + KAZAKHSTAN_2022;
        String query = title.replace(' ', '+');
        String since = "from=" + real.since();
        var a = new LinkedHashMap<String, List<String>>();
        // Across organizations.
        a.put("/", List.of("/"));
        a.put("/search", List.of("/search?q=kazakhstan", "/search?q=" + query, "/search?q=exercise", "/search?q=border+town"));
        a.put("/api/v1/search", List.of("/api/v1/search?q=kazakhstan", "/api/v1/search?q=" + query, "/api/v1/search?q=exercise",
                "/api/v1/search?q=border+town"));
        a.put("/api/v1/organizations", List.of("/api/v1/organizations"));
        a.put("/api/v1/states", List.of("/api/v1/states"));
        a.put("/api/v1/states/{state}", List.of("/api/v1/states/KAZ"));
        a.put("/audit", List.of("/audit?" + since, "/audit?organization=CSTO&" + since));
        a.put("/api/v1/audit/entries", List.of("/api/v1/audit/entries?" + since, "/api/v1/audit/entries?organization=CSTO&" + since,
                "/api/v1/audit/entries?organization=CSTO&action=mission.create&" + "from=2000-01-01T00:00:00Z"));
        a.put("/api/v1/audit/entries/{sequence}", List.of("/api/v1/audit/entries/" + real.sequence()));
        a.put("/api/v1/audit/verification", List.of("/api/v1/audit/verification"));
        a.put("/sign-in", List.of("/sign-in"));
        a.put("/account", List.of("/account"));
        a.put("/account/alerts", List.of("/account/alerts"));
        a.put("/api/v1/me", List.of("/api/v1/me"));
        a.put("/api/v1/me/tokens", List.of("/api/v1/me/tokens"));
        a.put("/api/v1/me/alerts", List.of("/api/v1/me/alerts"));
        // The register.
        a.put("/organizations/{organization}", List.of(CSTO));
        a.put("/organizations/{organization}/members", List.of(CSTO + "/members?date=2022-01-06"));
        a.put("/organizations/{organization}/members.csv", List.of(CSTO + "/members.csv?date=2022-01-06"));
        a.put("/organizations/{organization}/clauses", List.of(CSTO + "/clauses"));
        a.put("/organizations/{organization}/sources", List.of(CSTO + "/sources"));
        a.put("/organizations/{organization}/states/{state}", List.of(CSTO + "/states/KAZ"));
        a.put("/api/v1/organizations/{organization}", List.of(API));
        a.put("/api/v1/organizations/{organization}/instruments", List.of(API + "/instruments"));
        a.put("/api/v1/organizations/{organization}/clauses", List.of(API + "/clauses"));
        a.put("/api/v1/organizations/{organization}/members", List.of(API + "/members", API + "/members?date=2022-01-06"));
        a.put("/api/v1/organizations/{organization}/members/{state}", List.of(API + "/members/KAZ"));
        a.put("/api/v1/organizations/{organization}/states/{state}/history", List.of(API + "/states/KAZ/history"));
        a.put("/api/v1/organizations/{organization}/timeline", List.of(API + "/timeline"));
        a.put("/api/v1/organizations/{organization}/states", List.of(API + "/states"));
        a.put("/api/v1/organizations/{organization}/exclusivity-conflicts", List.of(API + "/exclusivity-conflicts"));
        a.put("/api/v1/organizations/{organization}/sources", List.of(API + "/sources"));
        a.put("/api/v1/organizations/{organization}/disagreements", List.of(API + "/disagreements"));
        a.put("/api/v1/organizations/{organization}/dataset", List.of(API + "/dataset"));
        a.put("/api/v1/organizations/{organization}/recorded-exercises", List.of(API + "/recorded-exercises"));
        // Exercises, their participants, clocks and scenarios, as the real organization answers them.
        a.put("/api/v1/organizations/{organization}/exercises", List.of(API + "/exercises?size=" + 500));
        a.put("/api/v1/organizations/{organization}/participants", List.of(API + "/participants"));
        a.put("/api/v1/organizations/{organization}/clock", List.of(API + "/clock"));
        a.put("/api/v1/organizations/{organization}/injects", List.of(API + "/injects"));
        a.put("/organizations/{organization}/exercise", List.of(CSTO + "/exercise"));
        a.put("/api/v1/organizations/{organization}/after-action", List.of(API + "/after-action"));
        a.put("/organizations/{organization}/after-action", List.of(CSTO + "/after-action"));
        a.put("/organizations/{organization}/after-action.csv", List.of(CSTO + "/after-action.csv"));
        a.put("/api/v1/organizations/{organization}/scenarios", List.of(API + "/scenarios"));
        a.put("/api/v1/organizations/{organization}/scenarios/{name}", List.of(API + "/scenarios/CSTO-FLOOD-KGZ"));
        a.put("/api/v1/organizations/{organization}/scenarios/{id}", List.of(API + "/scenarios/CSTO-FLOOD-KGZ")); // the access table's name for it
        // Requests, council sessions and decisions.
        a.put("/organizations/{organization}/requests", List.of(CSTO + "/requests", CSTO + "/requests?status=decided"));
        a.put("/organizations/{organization}/requests.csv", List.of(CSTO + "/requests.csv"));
        a.put("/organizations/{organization}/requests/new", List.of(CSTO + "/requests/new"));
        a.put("/organizations/{organization}/requests/eligibility", List.of(CSTO + "/requests/eligibility?state=KGZ&threat=extremism",
                CSTO + "/requests/eligibility?state=KAZ&threat=internal_unrest"));
        a.put("/organizations/{organization}/requests/{id}", List.of(request, CSTO + "/requests/KAZ-2022"));
        a.put("/organizations/{organization}/requests/{id}/tally", List.of(request + "/tally"));
        a.put("/api/v1/organizations/{organization}/requests", List.of(API + "/requests?size=500", API + "/requests?state=KGZ&size=500",
                API + "/requests?status=decided&size=500", API + "/requests?status=filed&size=500"));
        a.put("/api/v1/organizations/{organization}/requests/{id}", List.of(apiRequest, API + "/requests/KAZ-2022"));
        a.put("/api/v1/organizations/{organization}/requests/eligibility", List.of(API + "/requests/eligibility?state=KGZ&threat=extremism",
                API + "/requests/eligibility?state=KAZ&threat=internal_unrest"));
        // Force generation.
        a.put("/organizations/{organization}/requests/{id}/force-generation", List.of(request + "/force-generation"));
        a.put("/organizations/{organization}/requests/{id}/force-generation/package.csv", List.of(request + "/force-generation/package.csv"));
        a.put("/organizations/{organization}/requests/{id}/force-generation/jobs/{job}", List.of(request + "/force-generation/jobs/" + real.job()));
        a.put("/api/v1/organizations/{organization}/requests/{id}/force-generation/requirements", List.of(apiRequest + "/force-generation/requirements"));
        a.put("/api/v1/organizations/{organization}/requests/{id}/force-generation/jobs/{job}", List.of(apiRequest + "/force-generation/jobs/" + real.job()));
        a.put("/api/v1/organizations/{organization}/requests/{id}/force-generation/package", List.of(apiRequest + "/force-generation/package"));
        // Standing forces.
        a.put("/organizations/{organization}/forces", List.of(CSTO + "/forces"));
        a.put("/organizations/{organization}/forces/map", List.of(CSTO + "/forces/map"));
        a.put("/organizations/{organization}/forces/pledges.csv", List.of(CSTO + "/forces/pledges.csv"));
        a.put("/organizations/{organization}/forces/pools/{id}", List.of(CSTO + "/forces/pools/CRRF", CSTO + "/forces/pools/CRDF"));
        a.put("/organizations/{organization}/forces/pools/{id}/gap", List.of(CSTO + "/forces/pools/CRDF/gap"));
        a.put("/organizations/{organization}/forces/pledges/new", List.of(CSTO + "/forces/pledges/new"));
        a.put("/organizations/{organization}/forces/pledges/{id}/edit", List.of(CSTO + "/forces/pledges/" + real.pledge() + "/edit"));
        a.put("/api/v1/organizations/{organization}/pools", List.of(API + "/pools"));
        a.put("/api/v1/organizations/{organization}/pools/{id}", List.of(API + "/pools/CRRF", API + "/pools/CRDF"));
        a.put("/api/v1/organizations/{organization}/pledges", List.of(API + "/pledges?size=500", API + "/pledges?state=KAZ&size=500"));
        a.put("/api/v1/organizations/{organization}/pledges/{id}", List.of(API + "/pledges/" + real.pledge()));
        // Missions, their sitreps, figures and sites: the test's and the recorded Kazakhstan mission, whose id an exercise keeps.
        a.put("/organizations/{organization}/missions", List.of(CSTO + "/missions", CSTO + "/missions?status=withdrawn"));
        a.put("/organizations/{organization}/missions/new", List.of(CSTO + "/missions/new"));
        a.put("/organizations/{organization}/missions/{mission}", List.of(mission, CSTO + "/missions/" + KAZAKHSTAN_2022));
        a.put("/organizations/{organization}/missions/{mission}/sitreps", List.of(mission + "/sitreps", CSTO + "/missions/" + KAZAKHSTAN_2022 + "/sitreps"));
        a.put("/organizations/{organization}/missions/{mission}/sitreps/new", List.of(mission + "/sitreps/new"));
        a.put("/organizations/{organization}/missions/{mission}/sitreps/{number}", List.of(mission + "/sitreps/1",
                CSTO + "/missions/" + KAZAKHSTAN_2022 + "/sitreps/1"));
        a.put("/organizations/{organization}/missions/{mission}/sitreps/{number}/revise", List.of(mission + "/sitreps/1/revise"));
        a.put("/api/v1/organizations/{organization}/missions", List.of(API + "/missions?size=500", API + "/missions?status=withdrawn&size=500"));
        a.put("/api/v1/organizations/{organization}/missions/{mission}", List.of(apiMission, recorded));
        a.put("/api/v1/organizations/{organization}/missions/{mission}/contingents", List.of(apiMission + "/contingents", recorded + "/contingents"));
        a.put("/api/v1/organizations/{organization}/missions/{mission}/contingents/{state}", List.of(recorded + "/contingents/KAZ",
                recorded + "/contingents/RUS"));
        a.put("/api/v1/organizations/{organization}/missions/{mission}/figures", List.of(apiMission + "/figures", recorded + "/figures"));
        a.put("/api/v1/organizations/{organization}/missions/{mission}/sites", List.of(apiMission + "/sites", recorded + "/sites"));
        a.put("/api/v1/organizations/{organization}/missions/{mission}/sitreps", List.of(apiMission + "/sitreps", recorded + "/sitreps"));
        a.put("/api/v1/organizations/{organization}/missions/{mission}/sitreps/{number}", List.of(apiMission + "/sitreps/1", recorded + "/sitreps/1"));
        // Alerts, digests and webhooks.
        a.put("/organizations/{organization}/alerts.atom", List.of(CSTO + "/alerts.atom"));
        a.put("/organizations/{organization}/alerts/{identifier}.xml", List.of(CSTO + "/alerts/CSTO.mission." + KAZAKHSTAN_2022 + ".deployed.xml"));
        a.put("/organizations/{organization}/digest", List.of(CSTO + "/digest?week=" + real.week(), CSTO + "/digest?week=2022-W01"));
        a.put("/organizations/{organization}/digest.atom", List.of(CSTO + "/digest.atom"));
        a.put("/api/v1/organizations/{organization}/digests/{week}", List.of(API + "/digests/" + real.week(), API + "/digests/2022-W01"));
        a.put("/organizations/{organization}/webhooks", List.of(CSTO + "/webhooks"));
        a.put("/organizations/{organization}/webhooks/{endpoint}", List.of(CSTO + "/webhooks/" + real.endpoint()));
        a.put("/api/v1/organizations/{organization}/webhooks", List.of(API + "/webhooks"));
        a.put("/api/v1/organizations/{organization}/webhooks/{endpoint}", List.of(API + "/webhooks/" + real.endpoint()));
        a.put("/api/v1/organizations/{organization}/webhooks/{endpoint}/deliveries", List.of(API + "/webhooks/" + real.endpoint() + "/deliveries"));
        return a;
    }

    /** The answers that span a person's organizations, read for someone with roles in the real record and the exercise. */
    private static Map<String, List<String>> personal() {
        return Map.of("/", List.of("/"), "/account", List.of("/account"), "/account/alerts", List.of("/account/alerts"),
                "/api/v1/me", List.of("/api/v1/me"), "/api/v1/me/alerts", List.of("/api/v1/me/alerts"));
    }

    // Reading.

    /** The answers, read until two readings in a row agree: what the real record's own last steps set off has settled. */
    private Map<String, String> stable(List<Reader> readers, Map<String, List<String>> addresses) {
        settled();
        var last = new HashMap<String, String>();
        var current = new HashMap<String, String>(read(readers, addresses));
        int readings = 1;
        while (!current.equals(last)) {
            assertThat(readings).as("the real record's answers settle: %s", differences(last, current)).isLessThan(5);
            last = current;
            current = new HashMap<>(read(readers, addresses));
            readings++;
        }
        return current;
    }

    /** Every event published so far has been handled (alerts recorded, deliveries queued). */
    private void settled() {
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql("select count(*) from event_publication where completion_date is null")
                .query(Integer.class).single() == 0);
    }

    private Map<String, String> read(List<Reader> readers, Map<String, List<String>> addresses) {
        var answers = new LinkedHashMap<String, String>();
        addresses.values().stream().flatMap(List::stream).distinct().forEach(address -> {
            for (Reader reader : readers) {
                answers.put("GET " + address + " as " + reader.name().replaceAll("-[a-z0-9]+$", ""), read(reader, address));
            }
        });
        return answers;
    }

    private String read(Reader reader, String address) {
        boolean api = address.startsWith("/api/");
        var request = HttpRequest.newBuilder(uri(address)).GET().header("Accept-Language", "en")
                .header("Accept", api ? "application/json, application/problem+json" : "text/html, */*;q=0.8");
        if (api && reader.token() != null) {
            request.header("Authorization", "Bearer " + reader.token());
        } else if (!api && reader.session() != null) {
            request.header("Cookie", CookieClient.SESSION + "=" + reader.session());
        }
        try {
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() + " " + answer.headers().firstValue("Location").orElse("") + "\n" + normalized(address, answer.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * What legitimately differs between two readings of the same record, replaced by a mark:
     * <ul>
     * <li>CSRF tokens in forms and in the page's head: masked afresh on every page (Spring Security's BREACH protection).</li>
     * <li>The sitrep form's proposed end of the period reported on: the instant the form is read.</li>
     * <li>When a reader's token was last used ({@code /api/v1/me/tokens}, and the token table of {@code /account}): the reading itself
     * uses it.</li>
     * </ul>
     * Nothing else: headers (ETags, dates) are not compared, only the status, the redirect and the body.
     */
    private static final List<Map.Entry<Pattern, String>> NORMALIZED = List.of(
            Map.entry(Pattern.compile("(id=\"until\" name=\"until\" value=\")[^\"]*\""), "$1(the instant of reading)\""),
            Map.entry(Pattern.compile("(name=\"_csrf\" value=\")[^\"]+\""), "$1(csrf)\""),
            Map.entry(Pattern.compile("(name=\"_csrf\" content=\")[^\"]+\""), "$1(csrf)\""));

    private static final Pattern LAST_USED = Pattern.compile("(\"lastUsedAt\":)\"[^\"]+\"");
    private static final Pattern ACCOUNT_TOKEN_INSTANT = Pattern.compile("<td>\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z</td>");

    private static String normalized(String address, String body) {
        String text = body;
        if (address.equals("/api/v1/me/tokens")) {
            text = LAST_USED.matcher(text).replaceAll("$1\"(the instant of reading)\"");
        }
        if (address.equals("/account")) {
            text = ACCOUNT_TOKEN_INSTANT.matcher(text).replaceAll("<td>(an instant of the token: its last use is the reading)</td>");
        }
        for (var rule : NORMALIZED) {
            text = rule.getKey().matcher(text).replaceAll(rule.getValue());
        }
        return text;
    }

    // The changes an exercise makes to the real record on purpose.

    /**
     * How the answer read at {@code key} after the exercise may differ from the one read before, on purpose: the exercise's creation
     * is recorded in the organization's audit trail ({@code exercise.create}, in the CSTO's trail) and in the organization's list of
     * exercises; the audit chain's verification walks the whole chain, exercises' entries included (docs/exercises.md), so its length
     * and head change with anything done in the exercise. The function, applied to the answers before and after, takes those out.
     */
    private UnaryOperator<String> expectedChange(String key, String exercise) {
        String address = key.substring("GET ".length(), key.lastIndexOf(" as "));
        if (address.equals("/api/v1/audit/verification")) {
            return answer -> CHAIN_JSON.matcher(answer).replaceAll("\"entries\":(the whole chain's),\"headHash\":\"(its head)\"");
        }
        if (address.startsWith("/audit?")) {
            // The entries' count is masked: the rows themselves are compared, the exercise's creation taken out.
            return answer -> AUDIT_COUNT.matcher(CHAIN_PAGE.matcher(AUDIT_ROW.matcher(answer).replaceAll(row -> row.group().contains("exercise.create")
                    && row.group().contains(">exercise:" + exercise + "<") ? "" : java.util.regex.Matcher.quoteReplacement(row.group())))
                    .replaceAll("$1(the whole chain's)$2(its head)")).replaceAll("$1(the rows below)$2");
        }
        if (address.startsWith(API + "/exercises")) {
            return answer -> withoutItems(answer, item -> item.path("code").asString().equals(exercise));
        }
        if (address.startsWith("/api/v1/audit/entries?")) {
            return answer -> withoutItems(answer, item -> item.path("record").path("action").asString().equals("exercise.create")
                    && item.path("record").path("subject").asString().equals("exercise:" + exercise));
        }
        return UnaryOperator.identity();
    }

    private static final Pattern CHAIN_JSON = Pattern.compile("\"entries\":\\d+,\"headHash\":\"[0-9a-f]+\"");
    private static final Pattern AUDIT_ROW = Pattern.compile("<tr data-sequence=\"\\d+\">.*?</tr>\\s*", Pattern.DOTALL);
    private static final Pattern AUDIT_COUNT = Pattern.compile("(<p class=\"small\">)[^<]*(, newest first</p>)");
    private static final Pattern CHAIN_PAGE = Pattern.compile("(The chain is intact: )\\d+( entries; the last hash is )[0-9a-f]+");

    private String withoutItems(String answer, java.util.function.Predicate<JsonNode> expected) {
        int body = answer.indexOf('\n');
        if (!answer.startsWith("200")) {
            return answer;
        }
        JsonNode page = json().readTree(answer.substring(body + 1));
        ArrayNode kept = json().createArrayNode();
        int removed = 0;
        for (JsonNode item : page.path("items")) {
            if (expected.test(item)) {
                removed++;
            } else {
                kept.add(item);
            }
        }
        ((ObjectNode) page).set("items", kept);
        long total = page.path("totalItems").asLong() - removed;
        ((ObjectNode) page).put("totalItems", total);
        ((ObjectNode) page).put("totalPages", (total + page.path("size").asLong() - 1) / page.path("size").asLong());
        return answer.substring(0, body + 1) + json().writeValueAsString(page);
    }

    // The exercise.

    /** The whole crisis cycle in a new exercise of the CSTO, created by {@code creator}; the exercise's code. */
    private String crisisCycleInAnExercise(Reader creator, String suffix) {
        Answer created = postAs(creator.token(), API + "/exercises", json().writeValueAsBytes(Map.of("title", "Exclusion drill " + suffix)));
        assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
        String exercise = created.body().path("code").asString();
        String api = "/api/v1/organizations/" + exercise;
        String director = creator.token();
        var players = new HashMap<String, String>();
        for (String role : List.of("liaison/KGZ", "liaison/KAZ", "liaison/TJK", "council_representative/BLR", "council_representative/KAZ",
                "council_representative/KGZ", "council_representative/RUS", "council_representative/TJK", "observer")) {
            String username = "exclusion-player-" + role.replace('/', '-').replace('_', '-').toLowerCase() + "-" + suffix;
            tokenFor(username);
            String[] parts = role.split("/");
            var body = new HashMap<String, Object>(Map.of("username", username, "role", parts[0]));
            if (parts.length > 1) {
                body.put("state", parts[1]);
            }
            Answer added = postAs(director, api + "/participants", json().writeValueAsBytes(body));
            assertThat(added.status()).as("%s", added.body()).isEqualTo(201);
            players.put(role, tokenFor(username));
        }

        // Pledges, a request of Kyrgyzstan, the council deciding to deploy forces.
        for (String state : List.of("KAZ", "TJK")) {
            Map<String, Object> unit = TestPledges.body(state, "Exclusion drill: " + state + " engineers", "eng", 100);
            unit.put("equipment", List.of());
            unit.put("noticeToMoveHours", 12);
            unit.put("homeBase", Map.of("lat", 42.87, "lon", 74.59));
            Answer pledged = postAs(players.get("liaison/" + state), api + "/pledges", json().writeValueAsBytes(unit));
            assertThat(pledged.status()).as("%s", pledged.body()).isEqualTo(201);
        }
        Answer filed = postAs(players.get("liaison/KGZ"), api + "/requests", json().writeValueAsBytes(Map.of("state", "KGZ", "threat", "extremism",
                "description", "Exclusion drill: armed extremists hold a border town")));
        assertThat(filed.status()).as("%s", filed.body()).isEqualTo(201);
        String request = api + "/requests/" + filed.body().path("id").asString();
        assertThat(postAs(director, request + "/session", json().writeValueAsBytes(Map.of("motion", "deploy_forces"))).status()).isLessThan(300);
        for (String voter : List.of("BLR", "KAZ", "KGZ", "RUS", "TJK")) {
            Answer vote = putAs(players.get("council_representative/" + voter), request + "/session/votes/" + voter, json().valueToTree(Map.of("vote", "for")));
            assertThat(vote.status()).as("%s", vote.body()).isLessThan(300);
        }
        Answer decided = postAs(director, request + "/session/closure", new byte[0]);
        assertThat(decided.body().path("decision").path("kind").asString()).as("%s", decided.body()).isEqualTo("deploy_forces");

        // Force generation: requirements, the planner, the package accepted.
        String generation = request + "/force-generation";
        assertThat(putAs(director, generation + "/requirements", json().valueToTree(Map.of("theatreLat", 40.06, "theatreLon", 70.82, "lines",
                List.of(Map.of("id", "ENG1", "capability", "eng", "combat", false, "latestArrivalHours", 400, "personnel", 200, "minUnits", 2)))))
                .status()).isEqualTo(200);
        String job = postAs(director, generation + "/jobs", json().writeValueAsBytes(Map.of("budgetSeconds", 0.3))).body().path("id").asString();
        await().atMost(Duration.ofSeconds(60)).until(() -> getAs(director, generation + "/jobs/" + job).body().path("status").asString().equals("finished"));
        assertThat(postAs(director, generation + "/jobs/" + job + "/acceptance", new byte[0]).status()).isLessThan(300);

        // The mission: deployed, a contingent departs and arrives, sitreps and figures filed and revised, withdrawn.
        Answer mission = postAs(director, api + "/missions", json().writeValueAsBytes(mission(filed.body().path("id").asString(),
                "Exclusion drill: border town")));
        assertThat(mission.status()).as("%s", mission.body()).isEqualTo(201);
        String path = api + "/missions/" + mission.body().path("id").asString();
        String state = mission.body().path("contingents").path(0).path("state").asString();
        assertThat(postAs(director, path + "/status", json().writeValueAsBytes(Map.of("status", "deploying"))).status()).isEqualTo(200);
        String liaison = players.get("liaison/" + state);
        for (var milestone : List.of(Map.of("milestone", "departure", "at", Instant.now().minusSeconds(120).toString()),
                Map.of("milestone", "arrival", "at", Instant.now().minusSeconds(60).toString()))) {
            Answer reported = postAs(liaison, path + "/contingents/" + state + "/milestones", json().writeValueAsBytes(milestone));
            assertThat(reported.status()).as("%s", reported.body()).isEqualTo(200);
        }
        Answer sitrep = postAs(liaison, path + "/sitreps", json().writeValueAsBytes(sitrep(state, "Exclusion drill: the engineers reached Batken.")));
        assertThat(sitrep.status()).as("%s", sitrep.body()).isEqualTo(201);
        Answer revised = postAs(liaison, path + "/sitreps/1/revisions", json().writeValueAsBytes(Map.of("summary",
                "Exclusion drill: the engineers reached Batken, all of them.")));
        assertThat(revised.status()).as("%s", revised.body()).isLessThan(300);
        for (int value : List.of(12, 15)) {
            Answer figure = postAs(director, path + "/figures", json().writeValueAsBytes(figure(value)));
            assertThat(figure.status()).as("%s", figure.body()).isEqualTo(201);
        }
        for (String status : List.of("deployed", "drawing_down", "withdrawn")) {
            Answer moved = postAs(director, path + "/status", json().writeValueAsBytes(Map.of("status", status)));
            assertThat(moved.status()).as("%s", moved.body()).isEqualTo(200);
        }

        // The exercise's own answers hold what ran in it, so that the real record's did not stay the same for want of anything happening.
        assertThat(get(api + "/requests?size=500").body().path("items").findValuesAsString("id")).contains(filed.body().path("id").asString());
        assertThat(get(api + "/missions?size=500").body().path("items").findValuesAsString("id")).contains(mission.body().path("id").asString());
        assertThat(get(path).body().path("status").asString()).isEqualTo("withdrawn");
        assertThat(get(path + "/figures").body().toString()).contains("Exclusion drill reporter");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(readPage("/organizations/" + exercise + "/alerts.atom"))
                .contains("<status>Exercise</status>"));
        return exercise;
    }

    private String readPage(String address) {
        return read(new Reader("anonymous", null, null), address);
    }

    private static Map<String, Object> mission(String request, String name) {
        return Map.of("request", request, "name", name, "mandate", Map.of("text", "Support the host's engineers", "tasks", List.of("humanitarian_relief")),
                "forcePool", "CRDF", "theatre", Map.of("area", "Batken Region", "lat", 40.06, "lon", 70.82, "timeZone", "Asia/Bishkek"));
    }

    private static Map<String, Object> sitrep(String state, String summary) {
        String from = Instant.now().minus(30, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
        String until = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
        return Map.of("scope", Map.of("kind", "contingent", "state", state), "from", from, "until", until, "summary", summary, "marking", "public",
                "incidents", List.of("A lorry broke down near Osh"));
    }

    private static Map<String, Object> figure(int value) {
        return Map.of("category", "killed", "population", "civilians", "value", value, "asOf", LocalDate.now(ZoneOffset.UTC).toString(),
                "reportedBy", "Exclusion drill reporter", "basis", "official", "sources", List.of("ART"));
    }

    // Comparing.

    private static String firstDifference(String was, String is) {
        if (is == null) {
            return "no answer";
        }
        String[] before = was.split("\n");
        String[] after = is.split("\n");
        for (int i = 0; i < Math.max(before.length, after.length); i++) {
            String a = i < before.length ? before[i] : "(none)";
            String b = i < after.length ? after[i] : "(none)";
            if (!a.equals(b)) {
                int at = 0;
                while (at < Math.min(a.length(), b.length()) && a.charAt(at) == b.charAt(at)) {
                    at++;
                }
                int from = Math.max(0, at - 80);
                return "line " + (i + 1) + "\n    was: " + a.substring(from, Math.min(a.length(), at + 160))
                        + "\n    is:  " + b.substring(Math.min(from, b.length()), Math.min(b.length(), at + 160));
            }
        }
        return "none";
    }

    private static String differences(Map<String, String> was, Map<String, String> is) {
        var lines = new ArrayList<String>();
        is.forEach((key, answer) -> {
            if (!answer.equals(was.get(key))) {
                lines.add(key + ": " + firstDifference(was.getOrDefault(key, ""), answer));
            }
        });
        return String.join("\n", lines);
    }

    /** The lines of {@code is} that {@code was} does not have (as many times as they are more): a JSON body laid out a value a line. */
    private List<String> added(String was, String is) {
        var counts = new HashMap<String, Integer>();
        for (String line : lines(was)) {
            counts.merge(line, 1, Integer::sum);
        }
        var added = new ArrayList<String>();
        for (String line : lines(is)) {
            if (counts.getOrDefault(line, 0) > 0) {
                counts.merge(line, -1, Integer::sum);
            } else {
                added.add(line);
            }
        }
        return added;
    }

    private List<String> lines(String answer) {
        int status = answer.indexOf('\n');
        String body = answer.substring(status + 1);
        var lines = new ArrayList<String>();
        lines.add(answer.substring(0, status));
        if (body.startsWith("{") || body.startsWith("[")) {
            flattened("", json().readTree(body), lines);
            return lines;
        }
        for (String line : body.split("\n|(?<=>)")) {
            lines.add(line.strip());
        }
        return lines;
    }

    /** A JSON value a line: each field of an object by its path, each element of an array whole, on a line of its own. */
    private static void flattened(String path, JsonNode node, List<String> lines) {
        if (node.isObject()) {
            node.properties().forEach(field -> flattened(path + "." + field.getKey(), field.getValue(), lines));
        } else if (node.isArray()) {
            node.forEach(element -> lines.add(path + "[] " + element));
        } else {
            lines.add(path + " " + node);
        }
    }
}
