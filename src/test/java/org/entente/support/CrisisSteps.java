package org.entente.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The steps of the crisis cycle that tests of later stages take through the API to get there: a request decided to
 * deploy forces, units pledged for it, a plan accepted as its force package. Each test names its own accounts
 * ({@code accounts} prefixes their user names), so that tests do not share a person. The steps are taken through a
 * {@link Client}: the test's own application ({@link DatabaseTest}), or a server the test started ({@link ServerProcess}).
 */
public final class CrisisSteps {

    private static final String REQUESTS = "/api/v1/organizations/CSTO/requests";

    private CrisisSteps() {
    }

    /** Where the steps are taken: a JSON API whose people hold tokens. */
    public interface Client {

        /** {@code method} on {@code path} (already encoded) with {@code token} as bearer token, and {@code body} as JSON (none where null). */
        DatabaseTest.Answer send(String method, String token, String path, Object body);

        /**
         * A new personal access token of the local account {@code username}, which is created if missing and given
         * {@code grants} (authorities such as {@code secretariat@CSTO}) besides those it has.
         */
        String tokenFor(String username, String... grants);

        default DatabaseTest.Answer postAs(String token, String path, Object body) {
            return send("POST", token, path, body);
        }

        default DatabaseTest.Answer putAs(String token, String path, Object body) {
            return send("PUT", token, path, body);
        }

        default DatabaseTest.Answer getAs(String token, String path) {
            return send("GET", token, path, null);
        }

        /** The test's own application. */
        static Client of(DatabaseTest test) {
            return new Client() {
                @Override
                public DatabaseTest.Answer send(String method, String token, String path, Object body) {
                    return switch (method) {
                        case "GET" -> test.getAs(token, path);
                        case "POST" -> test.postAs(token, path, body == null ? new byte[0] : test.json().writeValueAsBytes(body));
                        case "PUT" -> test.putAs(token, path, test.json().valueToTree(body));
                        default -> throw new IllegalArgumentException("no " + method + " in DatabaseTest");
                    };
                }

                @Override
                public String tokenFor(String username, String... grants) {
                    return test.tokenFor(username, grants);
                }
            };
        }

        /** A server the test started, whose database the test reaches through {@code jdbc} (for the tokens). */
        static Client of(ServerProcess server, JdbcClient jdbc) {
            JsonMapper json = JsonMapper.builder().build();
            return new Client() {
                @Override
                public DatabaseTest.Answer send(String method, String token, String path, Object body) {
                    try {
                        HttpResponse<String> answer = server.send(method, path, token, body == null ? null : json.writeValueAsString(body));
                        assertThat(answer).as("an answer to %s %s", method, path).isNotNull();
                        var headers = new HttpHeaders();
                        answer.headers().map().forEach(headers::addAll);
                        return new DatabaseTest.Answer(answer.statusCode(), headers, answer.body().isEmpty() ? null : json.readTree(answer.body()));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                }

                @Override
                public String tokenFor(String username, String... grants) {
                    return TestAccounts.tokenFor(jdbc, username, grants);
                }
            };
        }
    }

    /** A request of Kyrgyzstan filed by its liaison and decided by the council to deploy forces, all five members voting for; its id. */
    public static String decidedToDeploy(DatabaseTest test, String accounts, String secretariat) {
        return decidedToDeploy(Client.of(test), accounts, secretariat);
    }

    /** {@link #decidedToDeploy(DatabaseTest, String, String)} through {@code api}. */
    public static String decidedToDeploy(Client api, String accounts, String secretariat) {
        return decidedToDeploy(api, accounts, secretariat, "KGZ", "extremism", "Armed extremists hold a border town");
    }

    /**
     * A request of {@code state} about {@code threat}, filed by its liaison and decided by the council to deploy forces, all five
     * members voting for; its id.
     */
    public static String decidedToDeploy(DatabaseTest test, String accounts, String secretariat, String state, String threat, String description) {
        return decidedToDeploy(Client.of(test), accounts, secretariat, state, threat, description);
    }

    /**
     * Withdraws every request of {@code state} about {@code threat} still open (filed, or before the council): the charter allows
     * one open request per state and threat, and the tests of one Spring context share its record.
     */
    public static void noOpenRequest(Client api, String secretariat, String state, String threat) {
        for (String status : List.of("filed", "under_consultation")) {
            var open = api.getAs(secretariat, REQUESTS + "?state=" + state + "&threat=" + threat + "&status=" + status + "&size=100");
            assertThat(open.status()).as("%s", open.body()).isEqualTo(200);
            open.body().path("items").forEach(item -> {
                var withdrawn = api.postAs(secretariat, REQUESTS + "/" + item.path("id").asString() + "/withdrawal", null);
                assertThat(withdrawn.status()).as("%s", withdrawn.body()).isEqualTo(200);
            });
        }
    }

    private static String decidedToDeploy(Client api, String accounts, String secretariat, String state, String threat, String description) {
        noOpenRequest(api, secretariat, state, threat);
        var filing = api.postAs(api.tokenFor(accounts + "-liaison-" + state.toLowerCase() + "-filer", "liaison@CSTO/" + state), REQUESTS, Map.of(
                "state", state, "threat", threat, "description", description));
        assertThat(filing.status()).as("%s", filing.body()).isEqualTo(201);
        String filed = filing.body().path("id").asString();
        String request = REQUESTS + "/" + filed;
        api.postAs(secretariat, request + "/session", Map.of("motion", "deploy_forces"));
        for (String voter : List.of("BLR", "KAZ", "KGZ", "RUS", "TJK")) {
            api.putAs(api.tokenFor(accounts + "-rep-" + voter.toLowerCase(), "council_representative@CSTO/" + voter), request + "/session/votes/" + voter,
                    Map.of("vote", "for"));
        }
        var decided = api.postAs(secretariat, request + "/session/closure", null);
        assertThat(decided.body().path("decision").path("kind").asString()).as("%s", decided.body()).isEqualTo("deploy_forces");
        return filed;
    }

    /** A unit of {@code state} pledged by its liaison: the pledge body with 12 h notice, based in Bishkek, without equipment; its id. */
    public static String pledged(DatabaseTest test, String accounts, String state, String designation, String capability, int personnel) {
        return pledged(Client.of(test), accounts, state, designation, capability, personnel);
    }

    /** {@link #pledged(DatabaseTest, String, String, String, String, int)} through {@code api}. */
    public static String pledged(Client api, String accounts, String state, String designation, String capability, int personnel) {
        Map<String, Object> unit = TestPledges.body(state, designation, capability, personnel);
        unit.put("equipment", List.of());
        unit.put("noticeToMoveHours", 12);
        unit.put("homeBase", Map.of("lat", 42.87, "lon", 74.59));
        var answer = api.postAs(api.tokenFor(accounts + "-liaison-" + state.toLowerCase(), "liaison@CSTO/" + state), "/api/v1/organizations/CSTO/pledges",
                unit);
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(201);
        return answer.body().path("id").asString();
    }

    /** Engineers wanted (200 personnel in at least 2 units within 400 h, in the Batken region), planned, and the plan accepted as the package. */
    public static void acceptedAPackage(DatabaseTest test, String secretariat, String request) {
        Client api = Client.of(test);
        String base = REQUESTS + "/" + request + "/force-generation";
        var requirements = Map.of("theatreLat", 40.06, "theatreLon", 70.82, "lines", List.of(
                Map.of("id", "ENG1", "capability", "eng", "combat", false, "latestArrivalHours", 400, "personnel", 200, "minUnits", 2)));
        assertThat(api.putAs(secretariat, base + "/requirements", requirements).status()).isEqualTo(200);
        String job = api.postAs(secretariat, base + "/jobs", Map.of("budgetSeconds", 0.3)).body().path("id").asString();
        await().atMost(Duration.ofSeconds(60)).until(() -> api.getAs(secretariat, base + "/jobs/" + job).body().path("status").asString().equals("finished"));
        var accepted = api.postAs(secretariat, base + "/jobs/" + job + "/acceptance", null);
        assertThat(accepted.status()).as("%s", accepted.body()).isLessThan(300);
    }
}
