package org.entente.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.entente.support.DatabaseTest;
import org.entente.support.TestAccounts;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Personal access tokens as a script uses them: its first got by exchanging its owner's password (throttled like
 * signing in), none made by a token, every one expiring; and the import's check of who may change which organization.
 */
class PersonalAccessTokensTest {

    @Nested
    class OnH2 extends Checks {
    }

    @Nested
    @DatabaseTest.Postgres
    class OnPostgres extends Checks {
    }

    abstract static class Checks extends DatabaseTest {

        @Autowired
        private JdbcClient jdbc;

        /** The local account {@code username} with the password {@code username + " password"}, and no failed sign-ins. */
        private void account(String username) {
            TestAccounts.localAccount(jdbc, username, username + " password");
        }

        /** A script's first token: its owner's user name and password exchanged for it, with {@code more} JSON members. */
        private Answer exchange(String username, String password, String more) {
            return postAs(null, "/api/v1/tokens/exchange", ("{\"username\": \"" + username + "\", \"password\": \"" + password + "\""
                    + (more.isEmpty() ? "" : ", " + more) + "}").getBytes(StandardCharsets.UTF_8));
        }

        /** A new token of the local account {@code username}, got by exchanging its password. */
        private Answer createToken(String username, String name) {
            return exchange(username, username + " password", "\"name\": \"" + name + "\", \"validForDays\": 30");
        }

        /** Accounts are never locked (guesses are throttled in sign_in_attempt): the old locking columns are gone, on both databases. */
        @Test
        void anAccountKeepsNoFailureCountAndNoLock() {
            var columns = jdbc.sql("select lower(column_name) from information_schema.columns where lower(table_name) = 'account'")
                    .query(String.class).list();

            assertThat(columns).contains("username", "password_hash").doesNotContain("failed_sign_ins", "locked_until");
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
            account("pat-maker");
            String first = tokenFor("pat-maker");

            Answer created = createToken("pat-maker", "nightly export");
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
            account("pat-mine");
            Answer created = createToken("pat-mine", "mine");
            String mine = created.body().path("secret").asString();
            String id = created.body().path("id").asString();
            String theirs = tokenFor("pat-theirs");

            assertThat(deleteAs(theirs, "/api/v1/me/tokens/" + id)).isEqualTo(404);
            assertThat(getAs(mine, "/api/v1/me").status()).isEqualTo(200);
        }

        @Test
        void anUnknownTokenIsRefusedLikeNoToken() {
            assertThat(getAs("ent_not-a-token", "/api/v1/me").status()).isEqualTo(401);
            assertThat(get("/api/v1/me").status()).isEqualTo(401);
        }

        /**
         * The API takes only tokens, and a token cannot create tokens: creating one through the API is a
         * plain 403, whatever the body, pointing to the account page and the exchange; its description takes no body.
         */
        @Test
        void aTokenCannotCreateAnotherToken() {
            String token = tokenFor("pat-chain");

            for (String body : new String[] {"{\"name\": \"child\", \"validForDays\": 30}", "", "not json"}) {
                Answer answer = postAs(token, "/api/v1/me/tokens", body.getBytes(StandardCharsets.UTF_8));

                assertThat(answer.status()).as("%s: %s", body, answer.body()).isEqualTo(403);
                assertThat(answer.body().path("detail").asString()).contains("/api/v1/tokens/exchange").contains("/account");
            }
            assertThat(getAs(token, "/api/v1/me/tokens").body().toString()).doesNotContain("child");
            JsonNode operation = get("/v3/api-docs").body().path("paths").path("/api/v1/me/tokens").path("post");
            assertThat(operation.path("summary").asString()).contains("403");
            assertThat(operation.has("requestBody")).isFalse();
        }

        @Test
        void aScriptGetsItsFirstTokenWithItsOwnersPasswordAndEveryTokenExpiresWithinTheLongestLifetime() {
            account("pat-script");

            Answer created = exchange("pat-script", "pat-script password", "\"name\": \"first\"");

            assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
            String secret = created.body().path("secret").asString();
            assertThat(getAs(secret, "/api/v1/me").body().path("name").asString()).isEqualTo("pat-script");
            Instant createdAt = Instant.parse(created.body().path("createdAt").asString());
            assertThat(Instant.parse(created.body().path("expiresAt").asString())).as("no validity asked: the longest, 365 days")
                    .isEqualTo(createdAt.plus(Duration.ofDays(365)));

            Answer tooLong = exchange("pat-script", "pat-script password", "\"name\": \"forever\", \"validForDays\": 366");
            assertThat(tooLong.status()).isEqualTo(400);
            assertThat(tooLong.body().path("errors").path(0).path("field").asString()).isEqualTo("validForDays");
        }

        @Test
        void aWrongPasswordOrAnAccountWithoutOneGetsNoToken() {
            account("pat-wrong");
            tokenFor("pat-single-sign-on-only");

            assertThat(exchange("pat-wrong", "not the password", "\"name\": \"x\"").status()).isEqualTo(401);
            assertThat(exchange("pat-single-sign-on-only", "any password", "\"name\": \"x\"").status()).isEqualTo(401);
            assertThat(exchange("pat-nobody", "pat-nobody password", "\"name\": \"x\"").status()).isEqualTo(401);
        }

        @Test
        void theExchangeIsThrottledLikeSigningIn() {
            account("pat-guessed");
            for (int i = 0; i < 5; i++) {
                assertThat(exchange("pat-guessed", "guess " + i, "\"name\": \"x\"").status()).isEqualTo(401);
            }

            Answer refused = exchange("pat-guessed", "pat-guessed password", "\"name\": \"x\"");

            assertThat(refused.status()).isEqualTo(429);
            assertThat(Long.parseLong(refused.headers().getFirst("Retry-After"))).isBetween(1L, 30L);
            assertThat(refused.body().path("status").asInt()).isEqualTo(429);
        }

        /**
         * Forty wrong passwords exchanged at once from one address: five are checked (401), every other
         * one is refused unchecked (429), and so is the right password after them.
         */
        @Test
        void parallelExchangesFromOneAddressGetNoMoreThanFiveChecked() throws Exception {
            account("pat-parallel");
            var pool = java.util.concurrent.Executors.newFixedThreadPool(40);
            var statuses = new java.util.ArrayList<Integer>();
            try {
                var guesses = new java.util.ArrayList<java.util.concurrent.Future<Answer>>();
                for (int i = 0; i < 40; i++) {
                    int guess = i;
                    guesses.add(pool.submit(() -> exchange("pat-parallel", "guess " + guess, "\"name\": \"x\"")));
                }
                for (var guess : guesses) {
                    statuses.add(guess.get(120, java.util.concurrent.TimeUnit.SECONDS).status());
                }
            } finally {
                pool.shutdownNow();
            }

            assertThat(statuses.stream().filter(status -> status == 401).count()).as("%s", statuses).isEqualTo(5);
            assertThat(statuses.stream().filter(status -> status == 429).count()).as("%s", statuses).isEqualTo(35);
            assertThat(exchange("pat-parallel", "pat-parallel password", "\"name\": \"x\"").status()).isEqualTo(429);
        }

        /**
         * A user name no account can have: 5,000 characters (longer than a database key takes) is refused
         * like a wrong password (401), a NUL as any control character in a request is (400 naming it); nothing is kept.
         */
        @Test
        void anImpossibleUserNameGetsTheOrdinaryRefusalAndNothingIsKept() {
            String tooLong = "pat-long-" + TestAccounts.incompressible(5_000);

            assertThat(exchange(tooLong, "a guess", "\"name\": \"x\"").status()).isEqualTo(401);
            Answer nul = exchange("pat-nul\\u0000name", "a guess", "\"name\": \"x\"");
            assertThat(nul.status()).as("%s", nul.body()).isEqualTo(400);
            assertThat(nul.body().path("errors").path(0).path("field").asString()).isEqualTo("username");

            assertThat(jdbc.sql("select count(*) from sign_in_attempt where username like 'pat-long-%' or username like 'pat-nul%'")
                    .query(Integer.class).single()).isZero();
        }

        @Test
        void anUnknownUserNameIsThrottledLikeAKnownOneSoTheAnswersTellNoneApart() {
            for (int i = 0; i < 5; i++) {
                assertThat(exchange("pat-no-such-account", "guess " + i, "\"name\": \"x\"").status()).isEqualTo(401);
            }

            assertThat(exchange("pat-no-such-account", "guess 5", "\"name\": \"x\"").status()).isEqualTo(429);
        }

        /** When a token was last used is written at most once a minute, so that reads do not each wait for a write. */
        @Test
        void aTokensLastUseIsWrittenAtMostOnceAMinute() {
            String token = tokenFor("pat-last-used");
            java.util.function.Supplier<OffsetDateTime> lastUsed = () -> jdbc.sql("select last_used_at from access_token where username = 'pat-last-used'")
                    .query(OffsetDateTime.class).single();

            assertThat(getAs(token, "/api/v1/me").status()).isEqualTo(200);
            OffsetDateTime first = lastUsed.get();
            assertThat(first).isNotNull();
            assertThat(getAs(token, "/api/v1/me").status()).isEqualTo(200);
            assertThat(lastUsed.get()).as("used again within the minute").isEqualTo(first);

            OffsetDateTime twoMinutesEarlier = first.minusMinutes(2);
            jdbc.sql("update access_token set last_used_at = :then where username = 'pat-last-used'").param("then", twoMinutesEarlier).update();
            assertThat(getAs(token, "/api/v1/me").status()).isEqualTo(200);
            assertThat(lastUsed.get()).as("used again more than a minute later").isAfter(first);
        }

        @Test
        void anExpiredTokenIsRefused() {
            account("pat-expired");
            Answer created = createToken("pat-expired", "short-lived");
            assertThat(getAs(created.body().path("secret").asString(), "/api/v1/me").status()).isEqualTo(200);
            jdbc.sql("update access_token set expires_at = :past where id = :id")
                    .param("past", OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1)).param("id", created.body().path("id").asString()).update();

            assertThat(getAs(created.body().path("secret").asString(), "/api/v1/me").status()).isEqualTo(401);
        }

        @Test
        void aTokenNeedsAName() {
            account("pat-nameless");
            Answer answer = exchange("pat-nameless", "pat-nameless password", "\"name\": \" \"");

            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.body().path("errors").path(0).path("field").asString()).isEqualTo("name");
        }

        /** A token's name is what it holds besides surrounding blanks, 1 to 100 characters, as on the account page. */
        @Test
        void aTokensNameIsMeasuredWithoutItsSurroundingBlanks() {
            account("pat-padded");
            String hundred = "n".repeat(100);

            Answer padded = exchange("pat-padded", "pat-padded password", "\"name\": \"  " + hundred + " \"");
            Answer tooLong = exchange("pat-padded", "pat-padded password", "\"name\": \"" + hundred + "n\"");

            assertThat(padded.status()).as("%s", padded.body()).isEqualTo(201);
            assertThat(padded.body().path("name").asString()).isEqualTo(hundred);
            assertThat(tooLong.status()).isEqualTo(400);
            assertThat(tooLong.body().path("errors").path(0).path("field").asString()).isEqualTo("name");
        }

        @org.junit.jupiter.params.ParameterizedTest
        @org.junit.jupiter.params.provider.ValueSource(strings = {"nul\\u0000here", "lone\\ud800surrogate", "bell\\u0007", "c1\\u0085"})
        void aTokenNameWithAControlCharacterOrALoneSurrogateIsRefusedNamingItAndNothingIsStored(String escaped) {
            account("pat-control-characters");
            String owner = tokenFor("pat-control-characters");
            int before = getAs(owner, "/api/v1/me/tokens").body().size();

            Answer answer = createToken("pat-control-characters", escaped);

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
