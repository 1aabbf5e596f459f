package org.entente.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The steps of the crisis cycle that tests of later stages take through the API to get there: a request decided to
 * deploy forces, units pledged for it, a plan accepted as its force package. Each test names its own accounts
 * ({@code accounts} prefixes their user names), so that tests do not share a person.
 */
public final class CrisisSteps {

    private static final String REQUESTS = "/api/v1/organizations/CSTO/requests";

    private CrisisSteps() {
    }

    /** A request of Kyrgyzstan filed by its liaison and decided by the council to deploy forces, all five members voting for; its id. */
    public static String decidedToDeploy(DatabaseTest test, String accounts, String secretariat) {
        String filed = test.postAs(test.tokenFor(accounts + "-liaison-kgz-filer", "liaison@CSTO/KGZ"), REQUESTS, test.json().writeValueAsBytes(Map.of(
                "state", "KGZ", "threat", "extremism", "description", "Armed extremists hold a border town"))).body().path("id").asString();
        String request = REQUESTS + "/" + filed;
        test.postAs(secretariat, request + "/session", test.json().writeValueAsBytes(Map.of("motion", "deploy_forces")));
        for (String state : List.of("BLR", "KAZ", "KGZ", "RUS", "TJK")) {
            test.putAs(test.tokenFor(accounts + "-rep-" + state.toLowerCase(), "council_representative@CSTO/" + state), request + "/session/votes/" + state,
                    test.json().valueToTree(Map.of("vote", "for")));
        }
        test.postAs(secretariat, request + "/session/closure", new byte[0]);
        return filed;
    }

    /** A unit of {@code state} pledged by its liaison: the pledge body with 12 h notice, based in Bishkek, without equipment; its id. */
    public static String pledged(DatabaseTest test, String accounts, String state, String designation, String capability, int personnel) {
        Map<String, Object> unit = TestPledges.body(state, designation, capability, personnel);
        unit.put("equipment", List.of());
        unit.put("noticeToMoveHours", 12);
        unit.put("homeBase", Map.of("lat", 42.87, "lon", 74.59));
        var answer = test.postAs(test.tokenFor(accounts + "-liaison-" + state.toLowerCase(), "liaison@CSTO/" + state), "/api/v1/organizations/CSTO/pledges",
                test.json().writeValueAsBytes(unit));
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(201);
        return answer.body().path("id").asString();
    }

    /** Engineers wanted (200 personnel in at least 2 units within 400 h, in the Batken region), planned, and the plan accepted as the package. */
    public static void acceptedAPackage(DatabaseTest test, String secretariat, String request) {
        String base = REQUESTS + "/" + request + "/force-generation";
        var requirements = Map.of("theatreLat", 40.06, "theatreLon", 70.82, "lines", List.of(
                Map.of("id", "ENG1", "capability", "eng", "combat", false, "latestArrivalHours", 400, "personnel", 200, "minUnits", 2)));
        assertThat(test.putAs(secretariat, base + "/requirements", test.json().valueToTree(requirements)).status()).isEqualTo(200);
        String job = test.postAs(secretariat, base + "/jobs", test.json().writeValueAsBytes(Map.of("budgetSeconds", 0.3))).body().path("id").asString();
        await().atMost(Duration.ofSeconds(60)).until(() -> test.getAs(secretariat, base + "/jobs/" + job).body().path("status").asString().equals("finished"));
        var accepted = test.postAs(secretariat, base + "/jobs/" + job + "/acceptance", new byte[0]);
        assertThat(accepted.status()).as("%s", accepted.body()).isLessThan(300);
    }
}
