package org.entente.forces;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.support.DatabaseTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Pools and pledges through the API, on an organization of its own per test (the small test document
 * with two pools; Finland its one member in good standing, Latvia's participation frozen): a liaison
 * pledges and edits their own state's units and no other state's, the secretariat verifies up the
 * ladder, an edit sends a verified pledge back, a stale version is refused, expired and withdrawn
 * pledges leave the gap analysis, and every change is in the audit trail.
 */
class PledgesApiTest {

    @Nested
    class OnH2 extends Checks {
    }

    @Nested
    @DatabaseTest.Postgres
    class OnPostgres extends Checks {
    }

    abstract static class Checks extends DatabaseTest {

        private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

        /** Imports the small document with its pools under {@code code}; the API's base for it. */
        private String organization(String code) {
            Answer imported = post("/api/v1/datasets", PoolFixtures.withPools(smallDataset(code), json()));
            assertThat(imported.status()).as("import: %s", imported.body()).isEqualTo(201);
            return "/api/v1/organizations/" + code;
        }

        private static Map<String, Object> unit(String state, String capability, int personnel, LocalDate expiresOn) {
            var unit = new LinkedHashMap<String, Object>();
            unit.put("state", state);
            unit.put("pool", "NLP-RRF");
            unit.put("designation", "1st " + capability + " company");
            unit.put("capability", capability);
            unit.put("personnel", personnel);
            unit.put("equipment", List.of(Map.of("name", "Patria AMV", "count", 12), Map.of("name", "Leer-3", "count", 1)));
            unit.put("noticeToMoveHours", 48);
            unit.put("homeBase", Map.of("lat", 61.5, "lon", 23.8));
            unit.put("transport", "land");
            unit.put("caveats", Map.of("noCombat", true, "nationalCapPersonnel", 1000));
            unit.put("expiresOn", expiresOn.toString());
            return unit;
        }

        private Answer pledge(String token, String base, Map<String, Object> unit) {
            return postAs(token, base + "/pledges", json().writeValueAsBytes(unit));
        }

        private long created(Answer answer) {
            assertThat(answer.status()).as("%s", answer.body()).isEqualTo(201);
            return answer.body().path("id").asLong();
        }

        private Answer edit(String token, String base, long id, Map<String, Object> unit, int version) {
            var body = new LinkedHashMap<>(unit);
            body.put("version", version);
            return putAs(token, base + "/pledges/" + id, json().valueToTree(body));
        }

        private Answer verify(String token, String base, long id) {
            return postAs(token, base + "/pledges/" + id + "/verification", new byte[0]);
        }

        private JsonNode line(JsonNode pool, String capability) {
            for (JsonNode line : pool.path("gapAnalysis").path("lines")) {
                if (line.path("capability").asString().equals(capability)) {
                    return line;
                }
            }
            throw new AssertionError("no line for " + capability + " in " + pool);
        }

        @Test
        void aLiaisonPledgesAndEditsTheirOwnStatesUnitAndEveryChangeIsInTheAuditTrail() {
            String base = organization("TESTF-OWN");
            String liaison = tokenFor("forces-liaison-fin-own", "liaison@TESTF-OWN/FIN");

            Answer created = pledge(liaison, base, unit("FIN", "inf", 400, TODAY.plusYears(1)));
            long id = created(created);
            assertThat(created.headers().getLocation()).hasToString(base + "/pledges/" + id);
            assertThat(created.body().path("readiness").asString()).isEqualTo("pledged");
            assertThat(created.body().path("version").asInt()).isEqualTo(1);
            assertThat(created.body().path("equipment").findValuesAsString("name")).containsExactly("Patria AMV", "Leer-3");
            assertThat(created.body().path("equipment").get(1).size()).as("equipment is a name and a count, nothing more").isEqualTo(2);
            assertThat(created.body().path("caveats").path("noCombat").asBoolean()).isTrue();

            Answer edited = edit(liaison, base, id, unit("FIN", "inf", 450, TODAY.plusYears(1)), 1);
            assertThat(edited.status()).as("%s", edited.body()).isEqualTo(200);
            assertThat(edited.body().path("personnel").asInt()).isEqualTo(450);
            assertThat(edited.body().path("history").findValuesAsString("action")).containsExactly("create", "edit");
            assertThat(edited.body().path("history").get(1).path("changes").get(0).path("field").asString()).isEqualTo("personnel");
            assertThat(edited.body().path("history").get(1).path("by").asString()).isEqualTo("forces-liaison-fin-own");

            Answer withdrawn = postAs(liaison, base + "/pledges/" + id + "/withdrawal", new byte[0]);
            assertThat(withdrawn.body().path("status").asString()).isEqualTo("withdrawn");
            assertThat(edit(liaison, base, id, unit("FIN", "inf", 500, TODAY.plusYears(1)), 3).status())
                    .as("a withdrawn pledge no longer changes").isEqualTo(409);

            String auditor = tokenFor("forces-auditor-own", "observer@TESTF-OWN");
            JsonNode trail = getAs(auditor, "/api/v1/audit/entries?subject=pledge:" + id + "&size=50").body();
            assertThat(trail.path("items").findValuesAsString("action")).containsExactlyInAnyOrder("pledge.create", "pledge.edit", "pledge.withdraw");
            assertThat(trail.path("items").findValuesAsString("actor")).containsOnly("forces-liaison-fin-own");
        }

        @Test
        void capabilitiesAndTransportsAreLowerCaseCodesInAndOut() {
            String base = organization("TESTF-CODES");
            String secretariat = tokenFor("forces-secretariat-codes", "secretariat@TESTF-CODES");

            JsonNode created = pledge(secretariat, base, unit("FIN", "med", 40, TODAY.plusYears(1))).body();
            assertThat(created.path("capability").asString()).isEqualTo("med");
            assertThat(created.path("transport").asString()).isEqualTo("land");
            assertThat(get(base + "/pools").body().path("items").get(0).path("capacityGoals").findValuesAsString("capability"))
                    .containsExactly("inf", "med");
            JsonNode pool = getAs(secretariat, base + "/pools/NLP-RRF").body();
            assertThat(line(pool, "med").path("total").path("units").asInt()).isEqualTo(1);
            assertThat(getAs(secretariat, base + "/pledges?capability=med").body().path("totalItems").asInt()).isEqualTo(1);

            Answer capitals = pledge(secretariat, base, unit("FIN", "MED", 40, TODAY.plusYears(1)));
            assertThat(capitals.status()).isEqualTo(400);
            assertThat(capitals.body().path("errors").findValuesAsString("field")).containsExactly("capability");
            assertThat(capitals.body().path("detail").asString()).contains("inf, arm, art");
            var byLand = unit("FIN", "med", 40, TODAY.plusYears(1));
            byLand.put("transport", "LAND");
            assertThat(pledge(secretariat, base, byLand).body().path("errors").findValuesAsString("field")).containsExactly("transport");
        }

        @Test
        void noPersonPledgesAUnitMarkedIllustrativeAndAPledgeSaysWhetherItIsOne() {
            String base = organization("TESTF-MARK");
            String secretariat = tokenFor("forces-secretariat-mark", "secretariat@TESTF-MARK");
            Map<String, Object> invented = unit("FIN", "inf", 400, TODAY.plusYears(1));
            invented.put("designation", "Illustrative: Finnish jaeger battalion");

            Answer refused = pledge(secretariat, base, invented);
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.body().path("errors").findValuesAsString("field")).containsExactly("designation");
            assertThat(refused.body().path("detail").asString()).contains("reserved for the demo's illustrative units");
            JsonNode sourced = pledge(secretariat, base, unit("FIN", "inf", 400, TODAY.plusYears(1))).body();
            assertThat(sourced.path("illustrative").isBoolean()).isTrue();
            assertThat(sourced.path("illustrative").asBoolean()).isFalse();
        }

        @Test
        void aLiaisonCannotPledgeForEditOrWithdrawAnotherStatesUnit() {
            String base = organization("TESTF-OTHER");
            String finland = tokenFor("forces-liaison-fin-other", "liaison@TESTF-OTHER/FIN");
            String latvia = tokenFor("forces-liaison-lva-other", "liaison@TESTF-OTHER/LVA");
            long id = created(pledge(finland, base, unit("FIN", "inf", 400, TODAY.plusYears(1))));

            Answer forFinland = pledge(latvia, base, unit("FIN", "med", 50, TODAY.plusYears(1)));
            assertThat(forFinland.status()).isEqualTo(403);
            assertThat(forFinland.body().path("errors").findValuesAsString("field")).containsExactly(PledgePolicies.OWN_STATE);
            assertThat(edit(latvia, base, id, unit("FIN", "inf", 1, TODAY.plusYears(1)), 1).status()).isEqualTo(403);
            assertThat(postAs(latvia, base + "/pledges/" + id + "/withdrawal", new byte[0]).status()).isEqualTo(403);
            assertThat(verify(latvia, base, id).status()).as("only the secretariat verifies").isEqualTo(403);
            assertThat(verify(finland, base, id).status()).as("not even for one's own state").isEqualTo(403);

            JsonNode unchanged = getAs(finland, base + "/pledges/" + id).body();
            assertThat(unchanged.path("version").asInt()).isEqualTo(1);
            assertThat(unchanged.path("personnel").asInt()).isEqualTo(400);
        }

        @Test
        void theSecretariatVerifiesOneRungAtATimeAndAnEditOfAVerifiedPledgeReturnsItToPledged() {
            String base = organization("TESTF-LADDER");
            String liaison = tokenFor("forces-liaison-fin-ladder", "liaison@TESTF-LADDER/FIN");
            String secretariat = tokenFor("forces-secretariat-ladder", "secretariat@TESTF-LADDER");
            long id = created(pledge(liaison, base, unit("FIN", "inf", 400, TODAY.plusYears(1))));

            Answer skipping = postAs(secretariat, base + "/pledges/" + id + "/verification", json().writeValueAsBytes(Map.of("readiness", "rapid_deployment")));
            assertThat(skipping.status()).isEqualTo(409);
            assertThat(skipping.body().path("errors").findValuesAsString("field")).containsExactly("readiness");
            assertThat(verify(secretariat, base, id).body().path("readiness").asString()).isEqualTo("verified");
            JsonNode rapid = verify(secretariat, base, id).body();
            assertThat(rapid.path("readiness").asString()).isEqualTo("rapid_deployment");
            assertThat(verify(secretariat, base, id).status()).as("the top rung").isEqualTo(409);

            Answer edited = edit(liaison, base, id, unit("FIN", "inf", 380, TODAY.plusYears(1)), rapid.path("version").asInt());
            assertThat(edited.body().path("readiness").asString()).isEqualTo("pledged");
            assertThat(edited.body().path("history").findValuesAsString("readiness"))
                    .containsExactly("pledged", "verified", "rapid_deployment", "pledged");

            String auditor = tokenFor("forces-auditor-ladder", "observer@TESTF-LADDER");
            JsonNode trail = getAs(auditor, "/api/v1/audit/entries?subject=pledge:" + id + "&size=50").body();
            assertThat(trail.path("items").findValuesAsString("action"))
                    .containsExactlyInAnyOrder("pledge.create", "pledge.verify", "pledge.verify", "pledge.edit");
        }

        @Test
        void aChangeMadeFromAStaleVersionIsRefusedWithTheCurrentOne() {
            String base = organization("TESTF-STALE");
            String liaison = tokenFor("forces-liaison-fin-stale", "liaison@TESTF-STALE/FIN");
            String secretariat = tokenFor("forces-secretariat-stale", "secretariat@TESTF-STALE");
            long id = created(pledge(liaison, base, unit("FIN", "inf", 400, TODAY.plusYears(1))));
            verify(secretariat, base, id);

            Answer stale = edit(liaison, base, id, unit("FIN", "inf", 420, TODAY.plusYears(1)), 1);

            assertThat(stale.status()).isEqualTo(409);
            assertThat(stale.body().path("currentVersion").asInt()).isEqualTo(2);
            assertThat(stale.body().path("errors").findValuesAsString("field")).containsExactly("version");
            assertThat(edit(liaison, base, id, unit("FIN", "inf", 420, TODAY.plusYears(1)), 2).status()).isEqualTo(200);
            Answer noVersion = putAs(liaison, base + "/pledges/" + id, json().valueToTree(unit("FIN", "inf", 430, TODAY.plusYears(1))));
            assertThat(noVersion.status()).isEqualTo(400);
            assertThat(noVersion.body().path("errors").findValuesAsString("field")).containsExactly("version");
            assertThat(noVersion.body().path("detail").asString()).isEqualTo("send the version of the pledge the change was made from");
        }

        @Test
        void anEditKeepsThePledgesStateAndRefusesToMoveItToAnother() {
            String base = organization("TESTF-MOVE");
            String secretariat = tokenFor("forces-secretariat-move", "secretariat@TESTF-MOVE");
            long id = created(pledge(secretariat, base, unit("FIN", "inf", 400, TODAY.plusYears(1))));

            Answer moved = edit(secretariat, base, id, unit("LVA", "inf", 420, TODAY.plusYears(1)), 1);

            assertThat(moved.status()).as("%s", moved.body()).isEqualTo(400);
            assertThat(moved.body().path("errors").findValuesAsString("field")).containsExactly("state");
            assertThat(moved.body().path("detail").asString()).isEqualTo("a pledge's state does not change; pledge a new unit instead");
            JsonNode unchanged = getAs(secretariat, base + "/pledges/" + id).body();
            assertThat(unchanged.path("state").asString()).isEqualTo("FIN");
            assertThat(unchanged.path("personnel").asInt()).isEqualTo(400);
            var unnamed = unit("FIN", "inf", 420, TODAY.plusYears(1));
            unnamed.remove("state");
            assertThat(edit(secretariat, base, id, unnamed, 1).status()).as("an edit need not name the state").isEqualTo(200);
            assertThat(edit(secretariat, base, id, unit("FIN", "inf", 430, TODAY.plusYears(1)), 2).status()).as("nor change it").isEqualTo(200);
        }

        @Test
        void thePoliciesRefuseATermWithEveryReasonNamingItsField() {
            String base = organization("TESTF-POLICY");
            String secretariat = tokenFor("forces-secretariat-policy", "secretariat@TESTF-POLICY");
            var bad = unit("LVA", "inf", 0, TODAY);
            bad.put("pool", "NLP-NONE");

            Answer refused = pledge(secretariat, base, bad);

            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.body().path("errors").findValuesAsString("field")).containsExactly("pool", "state", "personnel", "expiresOn");
            Answer capped = pledge(secretariat, base, unit("FIN", "inf", 1200, TODAY.plusYears(1)));
            assertThat(capped.status()).isEqualTo(422);
            assertThat(capped.body().path("detail").asString()).contains("national cap of 1000");
            var malformed = unit("FIN", "TANKS", 10, TODAY.plusYears(1));
            assertThat(pledge(secretariat, base, malformed).body().path("errors").findValuesAsString("field")).containsExactly("capability");
            var nowhere = unit("FIN", "inf", 10, TODAY.plusYears(1));
            nowhere.put("homeBase", Map.of("lat", 95, "lon", 23.8));
            assertThat(pledge(secretariat, base, nowhere).body().path("errors").findValuesAsString("field")).containsExactly("homeBase");
        }

        @org.springframework.beans.factory.annotation.Autowired
        private org.springframework.web.context.WebApplicationContext context;

        @org.springframework.beans.factory.annotation.Autowired
        private org.springframework.jdbc.core.simple.JdbcClient jdbc;

        private int stored(String code) {
            return jdbc.sql("select count(*) from pledge where org_code = :org").param("org", code).query(Integer.class).single();
        }

        @Test
        void aNumberOutsideItsBoundsIsRefusedWith422NamingItsFieldAndNothingIsStored() {
            String base = organization("TESTF-BOUNDS");
            String secretariat = tokenFor("forces-secretariat-bounds", "secretariat@TESTF-BOUNDS");
            var cases = new LinkedHashMap<String, Map<String, Object>>();
            var notice = unit("FIN", "inf", 300, TODAY.plusYears(1));
            notice.put("noticeToMoveHours", Integer.MAX_VALUE);
            cases.put("noticeToMoveHours", notice);
            var personnel = unit("FIN", "inf", PledgeTerms.MAX_PERSONNEL + 1, TODAY.plusYears(1));
            personnel.put("caveats", Map.of("noCombat", false));
            cases.put("personnel", personnel);
            var equipment = unit("FIN", "inf", 300, TODAY.plusYears(1));
            equipment.put("equipment", List.of(Map.of("name", "Patria AMV", "count", Equipment.MAX_COUNT + 1)));
            cases.put("equipment[0].count", equipment);
            var cap = unit("FIN", "inf", 300, TODAY.plusYears(1));
            cap.put("caveats", Map.of("noCombat", false, "nationalCapPersonnel", Integer.MAX_VALUE));
            cases.put("caveats.nationalCapPersonnel", cap);
            var latitude = unit("FIN", "inf", 300, TODAY.plusYears(1));
            latitude.put("homeBase", Map.of("lat", 95, "lon", 23.8));
            cases.put("homeBase", latitude);

            cases.forEach((field, unit) -> {
                Answer refused = pledge(secretariat, base, unit);
                assertThat(refused.status()).as("%s: %s", field, refused.body()).isEqualTo(422);
                assertThat(refused.body().path("errors").findValuesAsString("field")).as(field).containsExactly(field);
            });
            assertThat(stored("TESTF-BOUNDS")).isZero();
            assertThat(pledge(secretariat, base, unit("FIN", "inf", 300, TODAY.plusYears(1))).status()).isEqualTo(201);
        }

        @Test
        void theFormRefusesANoticeToMoveOutOfBoundsAndComesBackWithTheFieldsMessage() {
            String code = "TESTF-FORMBOUND";
            organization(code);
            var pages = org.entente.support.SignedInPages.signIn(context, jdbc, "forces-liaison-fin-bounds-form", "liaison@" + code + "/FIN");
            var form = new LinkedHashMap<String, String>();
            form.put("state", "FIN");
            form.put("pool", "NLP-RRF");
            form.put("designation", "Form unit");
            form.put("capability", "inf");
            form.put("personnel", "300");
            form.put("equipment", "12 Patria AMV");
            form.put("noticeToMoveHours", "2147483647");
            form.put("lat", "61.5");
            form.put("lon", "23.8");
            form.put("transport", "land");
            form.put("expiresOn", TODAY.plusYears(1).toString());

            var refused = pages.post("/organizations/" + code + "/forces/pledges", form);

            assertThat(refused.getStatus()).isEqualTo(422);
            assertThat(contentOf(refused)).contains("Form unit").contains(String.valueOf(PledgeTerms.MAX_NOTICE_TO_MOVE_HOURS));
            form.put("noticeToMoveHours", "48");
            form.put("designation", "Form\u0000unit");
            assertThat(pages.post("/organizations/" + code + "/forces/pledges", form).getStatus()).as("a NUL in the designation").isEqualTo(400);
            assertThat(stored(code)).isZero();
        }

        private static String contentOf(org.springframework.mock.web.MockHttpServletResponse response) {
            try {
                return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Test
        void aControlCharacterInADesignationOrAnEquipmentNameIsRefusedNamingItAndNothingIsStored() {
            String base = organization("TESTF-CONTROL");
            String secretariat = tokenFor("forces-secretariat-control", "secretariat@TESTF-CONTROL");
            String designation = json().writeValueAsString(unit("FIN", "inf", 300, TODAY.plusYears(1))).replace("1st inf company", "1st\\u0000INF");
            String equipment = json().writeValueAsString(unit("FIN", "inf", 300, TODAY.plusYears(1))).replace("Leer-3", "Leer\\u0000-3");

            Answer inDesignation = postAs(secretariat, base + "/pledges", designation.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            Answer inEquipment = postAs(secretariat, base + "/pledges", equipment.getBytes(java.nio.charset.StandardCharsets.UTF_8));

            assertThat(inDesignation.status()).as("%s", inDesignation.body()).isEqualTo(400);
            assertThat(inDesignation.body().path("errors").findValuesAsString("field")).containsExactly("designation");
            assertThat(inEquipment.status()).as("%s", inEquipment.body()).isEqualTo(400);
            assertThat(inEquipment.body().path("errors").findValuesAsString("field")).containsExactly("equipment[1].name");
            String inName = json().writeValueAsString(unit("FIN", "inf", 300, TODAY.plusYears(1))).replace("\"noCombat\"", "\"no\\u0007Combat\"");
            Answer inPropertyName = postAs(secretariat, base + "/pledges", inName.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(inPropertyName.status()).as("%s", inPropertyName.body()).isEqualTo(400);
            assertThat(inPropertyName.body().path("errors").findValuesAsString("field"))
                    .as("a property name is named by the object it is in, as in a dataset document").containsExactly("caveats");
            assertThat(inPropertyName.body().path("detail").asString()).isEqualTo("a property name: the control character U+0007 at character 3 is not accepted in text");
            assertThat(stored("TESTF-CONTROL")).isZero();
        }

        @Test
        void oddStoredPledgesAreLeftOutOfTheGapAnalysisAndTheMapWhichNameThem() {
            String code = "TESTF-ODD";
            String base = organization(code);
            String liaison = tokenFor("forces-liaison-fin-odd", "liaison@" + code + "/FIN");
            created(pledge(liaison, base, unit("FIN", "inf", 300, TODAY.plusYears(1))));
            long huge = created(pledge(liaison, base, unit("FIN", "inf", 200, TODAY.plusYears(1))));
            long nowhere = created(pledge(liaison, base, unit("FIN", "med", 40, TODAY.plusYears(1))));
            // Set-up: rows written as no command would write them.
            jdbc.sql("update pledge set notice_to_move_hours = 2147483647, personnel = 2147483647 where id = :id").param("id", huge).update();
            jdbc.sql("update pledge set base_lat = 1000 where id = :id").param("id", nowhere).update();

            Answer pool = getAs(liaison, base + "/pools/NLP-RRF");
            Answer pledges = getAs(liaison, base + "/pledges");

            assertThat(pool.status()).as("%s", pool.body()).isEqualTo(200);
            assertThat(line(pool.body(), "inf").path("total").path("personnel").asInt()).isEqualTo(300);
            assertThat(pool.body().path("gapAnalysis").path("leftOut").findValuesAsString("id")).containsExactlyInAnyOrder(huge + "", nowhere + "");
            assertThat(pool.body().path("gapAnalysis").path("leftOut").findValuesAsString("reason")).allMatch(reason -> !reason.isBlank());
            assertThat(pledges.status()).as("%s", pledges.body()).isEqualTo(200);
            var pages = org.entente.support.SignedInPages.signIn(context, jdbc, "forces-liaison-fin-odd-pages", "liaison@" + code + "/FIN");
            for (String page : List.of("/forces", "/forces/map", "/forces/pools/NLP-RRF")) {
                var answer = pages.get("/organizations/" + code + page);
                assertThat(answer.getStatus()).as(page).isEqualTo(200);
                if (!page.equals("/forces")) {
                    assertThat(contentOf(answer)).as(page).contains("left-out").contains("pledge " + huge).contains("pledge " + nowhere);
                }
            }
        }

        @Test
        void aRowThatMakesNoPledgeIsNamedInTheListRefusedWith409WhenReadOrChangedAndStillWithdraws() {
            String code = "TESTF-UNSOUND";
            String base = organization(code);
            String liaison = tokenFor("forces-liaison-fin-unsound", "liaison@" + code + "/FIN");
            String secretariat = tokenFor("forces-secretariat-unsound", "secretariat@" + code);
            long sound = created(pledge(liaison, base, unit("FIN", "inf", 300, TODAY.plusYears(1))));
            long huge = created(pledge(liaison, base, unit("FIN", "inf", 200, TODAY.plusYears(1))));
            long nowhere = created(pledge(liaison, base, unit("FIN", "med", 40, TODAY.plusYears(1))));
            // Set-up: rows written as no command would write them.
            jdbc.sql("update pledge set personnel = 2147483647 where id = :id").param("id", huge).update();
            jdbc.sql("update pledge set base_lat = 1000 where id = :id").param("id", nowhere).update();

            Answer list = getAs(liaison, base + "/pledges");
            assertThat(list.status()).as("%s", list.body()).isEqualTo(200);
            assertThat(list.body().path("items").findValuesAsString("id")).as("figures out of bounds still list")
                    .containsExactly(sound + "", huge + "");
            assertThat(list.body().path("totalItems").asInt()).isEqualTo(2);
            assertThat(list.body().path("leftOut").findValuesAsString("id")).containsExactly(nowhere + "");
            assertThat(list.body().path("leftOut").get(0).path("reason").asString()).contains("not a place on the Earth");
            assertThat(getAs(liaison, base + "/pledges/" + huge).status()).as("figures out of bounds still read").isEqualTo(200);

            Answer read = getAs(liaison, base + "/pledges/" + nowhere);
            assertThat(read.status()).as("%s", read.body()).isEqualTo(409);
            assertThat(read.body().path("detail").asString()).contains("pledge " + nowhere).contains("cannot be read").contains("withdraw");
            assertThat(read.body().path("errors").findValuesAsString("field")).containsExactly("id");
            var terms = unit("FIN", "med", 40, TODAY.plusYears(1));
            terms.remove("state");
            assertThat(edit(liaison, base, nowhere, terms, 1).status()).as("edit").isEqualTo(409);
            assertThat(verify(secretariat, base, nowhere).status()).as("verification").isEqualTo(409);

            String other = tokenFor("forces-liaison-lva-unsound", "liaison@" + code + "/LVA");
            Answer refused = postAs(other, base + "/pledges/" + nowhere + "/withdrawal", json().writeValueAsBytes(Map.of("version", 1)));
            assertThat(refused.status()).as("another state's liaison: %s", refused.body()).isEqualTo(403);
            Answer stale = postAs(liaison, base + "/pledges/" + nowhere + "/withdrawal", json().writeValueAsBytes(Map.of("version", 5)));
            assertThat(stale.status()).as("%s", stale.body()).isEqualTo(409);
            assertThat(stale.body().path("currentVersion").asInt()).isEqualTo(1);
            Answer withdrawn = postAs(liaison, base + "/pledges/" + nowhere + "/withdrawal", json().writeValueAsBytes(Map.of("version", 1)));
            assertThat(withdrawn.status()).as("%s", withdrawn.body()).isEqualTo(204);
            assertThat(postAs(liaison, base + "/pledges/" + nowhere + "/withdrawal", new byte[0]).status()).as("withdrawn once").isEqualTo(409);
            assertThat(jdbc.sql("select withdrawn from pledge where id = :id").param("id", nowhere).query(Boolean.class).single()).isTrue();
            String auditor = tokenFor("forces-auditor-unsound", "observer@" + code);
            JsonNode trail = getAs(auditor, "/api/v1/audit/entries?subject=pledge:" + nowhere + "&size=50").body();
            assertThat(trail.path("items").findValuesAsString("action")).containsExactlyInAnyOrder("pledge.create", "pledge.withdraw");
            assertThat(getAs(liaison, base + "/pledges").body().path("leftOut").findValuesAsString("reason"))
                    .as("still named, as withdrawn").allMatch(reason -> reason.contains("withdrawn"));

            var pages = org.entente.support.SignedInPages.signIn(context, jdbc, "forces-liaison-fin-unsound-pages", "liaison@" + code + "/FIN");
            for (String page : List.of("/forces", "/forces/pools/NLP-RRF")) {
                var answer = pages.get("/organizations/" + code + page);
                assertThat(answer.getStatus()).as(page).isEqualTo(200);
                assertThat(contentOf(answer)).as(page).contains(page.equals("/forces") ? "pools-left-out" : "pledges-left-out")
                        .contains("pledge " + nowhere);
            }
        }

        @org.springframework.beans.factory.annotation.Autowired
        private org.entente.forces.AvailableUnits available;

        @Test
        void forceGenerationPlansWithThePledgesValidOnTheDayAndTheirCaveats() {
            String base = organization("TESTF-FG");
            String liaison = tokenFor("forces-liaison-fin-fg", "liaison@TESTF-FG/FIN");
            long lasting = created(pledge(liaison, base, unit("FIN", "inf", 300, TODAY.plusYears(1))));
            long expiring = created(pledge(liaison, base, unit("FIN", "med", 60, TODAY.plusDays(10))));
            long withdrawn = created(pledge(liaison, base, unit("FIN", "eng", 120, TODAY.plusYears(1))));
            postAs(liaison, base + "/pledges/" + withdrawn + "/withdrawal", new byte[0]);

            var today = available.on(org.entente.register.OrganizationCode.of("TESTF-FG"), TODAY).units();
            var later = available.on(org.entente.register.OrganizationCode.of("TESTF-FG"), TODAY.plusDays(10)).units();

            assertThat(today).extracting(org.entente.forces.PledgedUnit::id).containsExactlyInAnyOrder(lasting + "", expiring + "");
            assertThat(later).extracting(org.entente.forces.PledgedUnit::id).containsExactly(lasting + "");
            var unit = later.getFirst();
            assertThat(unit.state()).isEqualTo("FIN");
            assertThat(unit.noCombat()).isTrue();
            assertThat(unit.nationalCapPersonnel()).isEqualTo(1000);
            assertThat(unit.base()).isEqualTo(new org.entente.forces.GeoPoint(61.5, 23.8));
        }

        @Test
        void expiredAndWithdrawnPledgesLeaveTheGapAnalysisWhichCountsEachRungAgainstTheGoal() {
            String base = organization("TESTF-GAP");
            String liaison = tokenFor("forces-liaison-fin-gap", "liaison@TESTF-GAP/FIN");
            String secretariat = tokenFor("forces-secretariat-gap", "secretariat@TESTF-GAP");
            long lasting = created(pledge(liaison, base, unit("FIN", "inf", 300, TODAY.plusYears(1))));
            created(pledge(liaison, base, unit("FIN", "inf", 200, TODAY.plusDays(10))));
            long withdrawn = created(pledge(liaison, base, unit("FIN", "med", 40, TODAY.plusYears(1))));
            created(pledge(liaison, base, unit("FIN", "eng", 120, TODAY.plusYears(1))));
            verify(secretariat, base, lasting);
            postAs(liaison, base + "/pledges/" + withdrawn + "/withdrawal", new byte[0]);

            JsonNode today = getAs(liaison, base + "/pools/NLP-RRF").body();
            JsonNode afterExpiry = getAs(liaison, base + "/pools/NLP-RRF?date=" + TODAY.plusDays(10)).body();

            assertThat(today.path("pledgesReadable").asBoolean()).isTrue();
            var capabilities = new java.util.ArrayList<String>();
            today.path("gapAnalysis").path("lines").forEach(line -> capabilities.add(line.path("capability").asString()));
            assertThat(capabilities).containsExactly("inf", "eng", "med");
            JsonNode infantry = line(today, "inf");
            assertThat(infantry.path("goal").path("personnel").asInt()).isEqualTo(600);
            assertThat(infantry.path("byReadiness").path("verified").path("personnel").asInt()).isEqualTo(300);
            assertThat(infantry.path("byReadiness").path("pledged").path("personnel").asInt()).isEqualTo(200);
            assertThat(infantry.path("total").path("units").asInt()).isEqualTo(2);
            assertThat(infantry.path("shortfall").path("personnel").asInt()).isEqualTo(100);
            assertThat(infantry.path("shortfall").path("units").asInt()).isZero();
            assertThat(line(today, "med").path("total").path("units").asInt()).as("the withdrawn pledge does not count").isZero();
            assertThat(line(today, "med").path("shortfall").path("personnel").asInt()).isEqualTo(80);
            assertThat(line(today, "eng").path("goal").isNull()).as("no goal for engineers").isTrue();
            assertThat(line(today, "eng").path("shortfall").isNull()).isTrue();
            assertThat(line(afterExpiry, "inf").path("total").path("personnel").asInt()).as("the expired pledge does not count").isEqualTo(300);
            assertThat(line(afterExpiry, "inf").path("shortfall").path("personnel").asInt()).isEqualTo(300);
        }

        @Test
        void poolsArePublicAndPledgesTheOrganizationsRoleHolders() {
            String base = organization("TESTF-READ");
            String liaison = tokenFor("forces-liaison-fin-read", "liaison@TESTF-READ/FIN");
            String observer = tokenFor("forces-observer-read", "observer@TESTF-READ");
            String outsider = tokenFor("forces-outsider-read", "secretariat@TESTF-OWN");
            created(pledge(liaison, base, unit("FIN", "inf", 300, TODAY.plusYears(1))));

            JsonNode pools = get(base + "/pools").body();
            assertThat(pools.path("items").findValuesAsString("id")).containsExactly("NLP-RRF", "NLP-PKF");
            JsonNode rapid = pools.path("items").get(0);
            assertThat(rapid.path("personnelMin").asInt()).isEqualTo(1500);
            assertThat(rapid.path("capacityGoals").findValuesAsString("capability")).containsExactly("inf", "med");
            assertThat(rapid.path("disagreements").size()).isEqualTo(1);
            assertThat(rapid.path("disagreements").get(0).asString()).isEqualTo("DIS-RRF-ESTABLISHED");
            JsonNode anonymous = get(base + "/pools/NLP-RRF").body();
            assertThat(anonymous.path("pledgesReadable").asBoolean()).isFalse();
            assertThat(anonymous.path("gapAnalysis").isNull()).isTrue();
            assertThat(getAs(outsider, base + "/pools/NLP-RRF").body().path("gapAnalysis").isNull()).isTrue();

            assertThat(get(base + "/pledges").status()).isEqualTo(401);
            assertThat(getAs(outsider, base + "/pledges").status()).isEqualTo(403);
            assertThat(getAs(observer, base + "/pledges").body().path("totalItems").asInt()).isEqualTo(1);
            assertThat(get(base + "/pools/NLP-NONE").status()).isEqualTo(404);
        }

        @Test
        void listsPledgesByPoolStateCapabilityAndReadinessPageByPage() {
            String base = organization("TESTF-LIST");
            String secretariat = tokenFor("forces-secretariat-list", "secretariat@TESTF-LIST");
            long infantry = created(pledge(secretariat, base, unit("FIN", "inf", 300, TODAY.plusYears(1))));
            created(pledge(secretariat, base, unit("FIN", "med", 40, TODAY.plusYears(1))));
            var peacekeepers = unit("FIN", "inf", 150, TODAY.plusYears(1));
            peacekeepers.put("pool", "NLP-PKF");
            created(pledge(secretariat, base, peacekeepers));
            verify(secretariat, base, infantry);

            assertThat(getAs(secretariat, base + "/pledges?pool=NLP-RRF").body().path("totalItems").asInt()).isEqualTo(2);
            assertThat(getAs(secretariat, base + "/pledges?capability=inf").body().path("totalItems").asInt()).isEqualTo(2);
            assertThat(getAs(secretariat, base + "/pledges?readiness=verified").body().path("items").findValuesAsString("designation"))
                    .containsExactly("1st inf company");
            assertThat(getAs(secretariat, base + "/pledges?state=LVA").body().path("totalItems").asInt()).isZero();
            JsonNode second = getAs(secretariat, base + "/pledges?size=2&page=1").body();
            assertThat(second.path("items").size()).isEqualTo(1);
            assertThat(second.path("totalPages").asInt()).isEqualTo(2);
            Answer bad = getAs(secretariat, base + "/pledges?readiness=ready");
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.body().path("errors").findValuesAsString("field")).containsExactly("readiness");
            assertThat(bad.body().path("detail").asString()).isEqualTo("'ready' is not a readiness; one of pledged, verified, rapid_deployment");
            Answer tanks = getAs(secretariat, base + "/pledges?capability=tanks");
            assertThat(tanks.status()).isEqualTo(400);
            assertThat(tanks.body().path("detail").asString()).startsWith("'tanks' is not a capability; one of inf, arm, art");
            Answer lower = getAs(secretariat, base + "/pledges?state=fin");
            assertThat(lower.status()).isEqualTo(400);
            assertThat(lower.body().path("errors").findValuesAsString("field")).containsExactly("state");
            assertThat(lower.body().path("detail").asString()).isEqualTo("'fin' is not a state code (ISO 3166-1 alpha-3, e.g. KAZ)");
        }

        @Test
        void theCstosThreePoolsArePublicWithTheirStrengthSourcesAndDisputesAndNoInventedGoals() {
            JsonNode pools = get("/api/v1/organizations/CSTO/pools").body();

            assertThat(pools.path("items").valueStream().map(pool -> pool.path("id").asString())).containsExactly("CRDF", "CPF", "CRRF");
            assertThat(pools.path("items").findValuesAsString("established")).containsExactly("2001-05-25", "2007-10-06", "2009-02-04");
            JsonNode crrf = get("/api/v1/organizations/CSTO/pools/CRRF").body().path("pool");
            assertThat(crrf.path("kind").asString()).isEqualTo("rapid_reaction");
            assertThat(crrf.path("personnelApprox").asInt()).isEqualTo(18_000);
            assertThat(crrf.path("sources").toString()).contains("JSCSTO_CRRF");
            assertThat(crrf.path("disagreements").toString()).contains("DIS-CRRF-PERSONNEL").contains("DIS-CRRF-ESTABLISHED");
            assertThat(pools.path("items")).allSatisfy(pool -> assertThat(pool.path("capacityGoals").size()).isZero());
        }
    }
}
