package org.entente.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.support.DatabaseTest;
import org.entente.support.Percentiles;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * How long the software takes from filing to decision, through the API, for a council of 30 members
 * deciding by consensus with every member taking part: a liaison files, the secretariat convenes, 30
 * representatives vote (one HTTP call each), the secretariat closes the session. All machine time, no
 * waiting for people. Printed: the median and 90th percentile of the wall time from the filing call to
 * the decision's answer over repeated cycles, and in the same run a baseline of the same number of
 * calls (33) to the cheapest public endpoint.
 *
 * <p>{@code ./mvnw test -Dsurefire.excludedGroups= -Dgroups=benchmark -Dtest='FilingToDecisionBenchmark*'}
 */
@Tag("benchmark")
class FilingToDecisionBenchmark {

    private static final int MEMBERS = 30;
    private static final int WARM_UP = 5;
    private static final int CYCLES = 25;

    abstract static class Checks extends DatabaseTest {

        private final String organization = getClass().getSimpleName().equals("OnH2") ? "BENCH30-H2" : "BENCH30-PG";

        private List<String> states() {
            return Arrays.stream(Locale.getISOCountries()).map(country -> Locale.of("", country).getISO3Country()).sorted().limit(MEMBERS).toList();
        }

        private ObjectNode council() {
            ObjectNode document = json().createObjectNode().put("format", "entente-dataset").put("version", 1);
            document.putObject("organization").put("code", organization).put("name", "A council of 30").put("abbreviation", "C30")
                    .putArray("sources").add("S1");
            document.putArray("sources").addObject().put("id", "S1").put("title", "Benchmark charter");
            document.putArray("instruments").addObject().put("id", "CHARTER").put("kind", "charter").put("title", "Charter")
                    .put("signed", "2000-01-01").put("entryIntoForce", "2000-01-01").putArray("sources").add("S1");
            ArrayNode clauses = document.putArray("clauses");
            ObjectNode defence = clauses.addObject().put("id", "ART5").put("instrument", "CHARTER").put("article", "5")
                    .put("title", "Collective defence").put("inForceFrom", "2000-01-01");
            defence.putArray("kinds").add("collective_defence");
            defence.putArray("covers").add("external_aggression");
            defence.putArray("sources").add("S1");
            ObjectNode rule = clauses.addObject().put("id", "RULE").put("instrument", "CHARTER").put("article", "9")
                    .put("title", "Consensus").put("inForceFrom", "2000-01-01");
            rule.putArray("kinds").add("decision_rule");
            rule.putObject("decisionRule").put("kind", "consensus").put("quorum", 1).put("requesterVotes", true);
            rule.putArray("sources").add("S1");
            ArrayNode events = document.putArray("membershipEvents");
            for (String state : states()) {
                events.addObject().put("id", "JOIN-" + state).put("state", state).put("type", "signed").put("date", "2000-01-01")
                        .put("instrument", "CHARTER").putArray("sources").add("S1");
            }
            return document;
        }

        @Test
        void filingToDecisionFor30MembersByConsensus() {
            var imported = post("/api/v1/datasets", council());
            if (imported.status() != 201 && imported.status() != 200) {
                throw new AssertionError("import: " + imported.status() + " " + imported.body());
            }
            String requests = "/api/v1/organizations/" + organization + "/requests";
            String secretariat = tokenFor("bench-secretariat", "secretariat@" + organization);
            List<String> states = states();
            Map<String, String> representatives = new java.util.HashMap<>();
            Map<String, String> liaisons = new java.util.HashMap<>();
            for (String state : states) {
                representatives.put(state, tokenFor("bench-rep-" + state, "council_representative@" + organization + "/" + state));
                liaisons.put(state, tokenFor("bench-liaison-" + state, "liaison@" + organization + "/" + state));
            }
            var cycle = new ArrayList<Double>();
            var baseline = new ArrayList<Double>();
            for (int i = 0; i < WARM_UP + CYCLES; i++) {
                String requester = states.get(i % states.size());
                long start = System.nanoTime();
                var filed = postAs(liaisons.get(requester), requests, json().writeValueAsBytes(Map.of("state", requester,
                        "threat", "external_aggression", "description", "Benchmark cycle " + i)));
                String id = filed.body().path("id").asString();
                postAs(secretariat, requests + "/" + id + "/session", json().writeValueAsBytes(Map.of("motion", "deploy_forces")));
                for (String state : states) {
                    putAs(representatives.get(state), requests + "/" + id + "/session/votes/" + state,
                            json().valueToTree(Map.of("vote", "for")));
                }
                var decided = postAs(secretariat, requests + "/" + id + "/session/closure", new byte[0]);
                long elapsed = System.nanoTime() - start;
                if (!"deploy_forces".equals(decided.body().path("decision").path("kind").asString())) {
                    throw new AssertionError("cycle " + i + " did not decide to deploy: " + decided.body());
                }
                postAs(secretariat, requests + "/" + id + "/closure", new byte[0]);

                long baselineStart = System.nanoTime();
                for (int call = 0; call < MEMBERS + 3; call++) {
                    get("/api/v1/organizations/" + organization);
                }
                long baselineElapsed = System.nanoTime() - baselineStart;
                if (i >= WARM_UP) {
                    cycle.add(elapsed / 1e6);
                    baseline.add(baselineElapsed / 1e6);
                }
            }
            System.out.printf(Locale.ROOT, "%nFiling to decision, %d members, consensus, %s, %d cycles after %d warm-up:%n"
                            + "  through the API (33 calls): median %.1f ms, p90 %.1f ms, min %.1f ms%n"
                            + "  baseline, 33 calls to GET /api/v1/organizations/{organization}: median %.1f ms%n",
                    MEMBERS, getClass().getSimpleName(), CYCLES, WARM_UP, Percentiles.of(cycle, 0.5), Percentiles.of(cycle, 0.9), Percentiles.of(cycle, 0.0),
                    Percentiles.of(baseline, 0.5));
        }
    }

    @Nested
    class OnH2 extends Checks {
    }

    @Nested
    @DatabaseTest.Postgres
    class OnPostgres extends Checks {
    }
}
