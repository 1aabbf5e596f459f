package org.entente.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.entente.support.DatabaseTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Personal access tokens as a script uses them, and the import's check of who may change which organization. */
class PersonalAccessTokensTest {

    @Nested
    class OnH2 extends Checks {
    }

    @Nested
    @DatabaseTest.Postgres
    class OnPostgres extends Checks {
    }

    abstract static class Checks extends DatabaseTest {

        private Answer createToken(String token, String name) {
            return postAs(token, "/api/v1/me/tokens", ("{\"name\": \"" + name + "\", \"validForDays\": 30}").getBytes(StandardCharsets.UTF_8));
        }

        @Test
        void aTokenActsAsItsOwnerWithTheOwnersRoles() {
            String token = tokenFor("pat-owner", "observer@CSTO");

            JsonNode me = getAs(token, "/api/v1/me").body();

            assertThat(me.path("name").asString()).isEqualTo("pat-owner");
            assertThat(me.path("roles").toString()).contains("observer@CSTO");
        }

        @Test
        void aNewTokenIsShownOnceThenListedWithoutItsSecretAndWorksUntilRevoked() {
            String first = tokenFor("pat-maker");

            Answer created = createToken(first, "nightly export");
            assertThat(created.status()).isEqualTo(201);
            String secret = created.body().path("secret").asString();
            String id = created.body().path("id").asString();
            assertThat(secret).startsWith("ent_").hasSizeGreaterThan(40);

            JsonNode listed = getAs(first, "/api/v1/me/tokens").body();
            assertThat(listed.toString()).contains("nightly export").doesNotContain(secret);
            assertThat(getAs(secret, "/api/v1/me").status()).isEqualTo(200);

            assertThat(deleteAs(first, "/api/v1/me/tokens/" + id)).isEqualTo(204);
            assertThat(getAs(secret, "/api/v1/me").status()).isEqualTo(401);

            JsonNode trail = getAs(tokenFor("pat-auditor", "observer@CSTO"), "/api/v1/audit/entries?subject=token:" + id).body().path("items");
            assertThat(trail.size()).isEqualTo(2);
            assertThat(trail.path(0).path("record").path("action").asString()).isEqualTo("token.revoke");
            assertThat(trail.path(1).path("record").path("action").asString()).isEqualTo("token.create");
            assertThat(trail.path(1).path("record").path("actor").asString()).isEqualTo("pat-maker");
            assertThat(trail.toString()).contains("nightly export").doesNotContain(secret);
        }

        @Test
        void nobodyRevokesAnotherPersonsToken() {
            String mine = tokenFor("pat-mine");
            String id = createToken(mine, "mine").body().path("id").asString();
            String theirs = tokenFor("pat-theirs");

            assertThat(deleteAs(theirs, "/api/v1/me/tokens/" + id)).isEqualTo(404);
            assertThat(getAs(mine, "/api/v1/me").status()).isEqualTo(200);
        }

        @Test
        void anUnknownTokenIsRefusedLikeNoToken() {
            assertThat(getAs("ent_not-a-token", "/api/v1/me").status()).isEqualTo(401);
            assertThat(get("/api/v1/me").status()).isEqualTo(401);
        }

        @Test
        void aTokenNeedsAName() {
            Answer answer = postAs(tokenFor("pat-nameless"), "/api/v1/me/tokens", "{\"name\": \" \"}".getBytes(StandardCharsets.UTF_8));

            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.body().path("errors").path(0).path("field").asString()).isEqualTo("name");
        }

        @org.junit.jupiter.params.ParameterizedTest
        @org.junit.jupiter.params.provider.ValueSource(strings = {"nul\\u0000here", "lone\\ud800surrogate", "bell\\u0007", "c1\\u0085"})
        void aTokenNameWithAControlCharacterOrALoneSurrogateIsRefusedNamingItAndNothingIsStored(String escaped) {
            String owner = tokenFor("pat-control-characters");
            int before = getAs(owner, "/api/v1/me/tokens").body().size();

            Answer answer = createToken(owner, escaped);

            assertThat(answer.status()).as("%s", answer.body()).isEqualTo(400);
            assertThat(answer.body().path("errors").path(0).path("field").asString()).isEqualTo("name");
            assertThat(getAs(owner, "/api/v1/me/tokens").body().size()).isEqualTo(before);
        }

        @Test
        void onlyTheSecretariatOfTheDocumentsOrganizationMayImportIt() {
            byte[] document = json().writeValueAsBytes(smallDataset("TESTP-IMPORT"));

            Answer anonymous = postAs(null, "/api/v1/datasets", document);
            Answer observer = postAs(tokenFor("pat-observer", "observer@TESTP-IMPORT"), "/api/v1/datasets", document);
            Answer otherSecretariat = postAs(tokenFor("pat-other-secretariat", "secretariat@CSTO"), "/api/v1/datasets", document);

            assertThat(anonymous.status()).isEqualTo(401);
            assertThat(observer.status()).isEqualTo(403);
            assertThat(otherSecretariat.status()).isEqualTo(403);
            assertThat(otherSecretariat.body().path("errors").path(0).path("field").asString()).isEqualTo("$.organization.code");
            assertThat(get("/api/v1/organizations/TESTP-IMPORT").status()).isEqualTo(404);

            Answer secretariat = postAs(tokenFor("pat-secretariat", "secretariat@TESTP-IMPORT"), "/api/v1/datasets", document);
            assertThat(secretariat.status()).isEqualTo(201);
        }
    }
}
