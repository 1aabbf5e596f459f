package org.entente.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.entente.support.CookieClient;
import org.entente.support.DatabaseTest;
import org.entente.support.TestAccounts;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * The pages' sign-in sessions live in the database (Spring Session JDBC, tables by Flyway), so that any instance serves a
 * signed-in reader: over real HTTP, through the servlet filters, a sign-in is a row of its own under a new id, what the
 * session carries between requests (a new token's secret shown once) is stored and read back, signing out removes it,
 * and an expired one signs nobody in and is cleaned away.
 */
class SessionsInTheDatabaseTest {

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

        @Autowired
        private JdbcIndexedSessionRepository sessions;

        /** A client signed in as a new local account {@code username} (observer of CSTO). */
        private CookieClient signedIn(String username) {
            return signedIn(username, username + "-password");
        }

        /** A client signed in as a new local account {@code username} with {@code password} (observer of CSTO). */
        private CookieClient signedIn(String username, String password) {
            TestAccounts.localAccount(jdbc, username, password, "observer@CSTO");
            CookieClient client = new CookieClient();
            var answer = client.signIn(uri("/"), username, password);
            assertThat(answer.statusCode()).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location").orElseThrow()).doesNotContain("failed");
            return client;
        }

        private String principalOf(String sessionId) {
            return jdbc.sql("select principal_name from spring_session where session_id = :id").param("id", sessionId).query(String.class)
                    .optional().orElse(null);
        }

        private boolean stored(String sessionId) {
            return jdbc.sql("select count(*) from spring_session where session_id = :id").param("id", sessionId).query(Long.class).single() == 1;
        }

        @Test
        void aSignInIsASessionRowOfItsOwnUnderANewId() {
            TestAccounts.localAccount(jdbc, "session-row", "session-row-password", "observer@CSTO");
            CookieClient client = new CookieClient();
            client.get(uri("/sign-in"));
            String before = client.sessionId();
            assertThat(before).as("the sign-in form's CSRF token is kept in a session").isNotNull();
            assertThat(stored(before)).isTrue();

            client.post(uri("/sign-in"), Map.of("username", "session-row", "password", "session-row-password"));

            String after = client.sessionId();
            assertThat(after).as("a new session id at sign-in").isNotNull().isNotEqualTo(before);
            assertThat(principalOf(after)).isEqualTo("session-row");
            assertThat(stored(before)).as("the signed-out id is no longer a session").isFalse();
            assertThat(client.get(uri("/account")).body()).contains("session-row");
        }

        @Test
        void anAnonymousReaderOfThePublicRecordWritesNoSession() {
            CookieClient reader = new CookieClient();
            for (String page : new String[] {"/", "/organizations/CSTO", "/organizations/CSTO/requests"}) {
                assertThat(reader.get(uri(page)).statusCode()).as(page).isEqualTo(200);
            }

            assertThat(reader.sessionId()).as("no session row for a reader who only reads").isNull();
        }

        @Test
        void whatASessionCarriesToTheNextPageIsStoredAndReadBack() {
            CookieClient client = signedIn("session-flash");
            client.get(uri("/account"));

            var created = client.post(uri("/account/tokens"), Map.of("name", "from a stored session", "validForDays", "7"));

            assertThat(created.statusCode()).isEqualTo(302);
            assertThat(client.get(uri("/account")).body()).as("the new token's secret, shown once").containsPattern("id=\"new-token-secret\">ent_");
            assertThat(client.get(uri("/account")).body()).doesNotContain("id=\"new-token-secret\"");
        }

        @Test
        void signingOutRemovesTheSession() {
            CookieClient client = signedIn("session-out");
            String id = client.sessionId();
            client.get(uri("/account"));

            var out = client.post(uri("/sign-out"), Map.of());

            assertThat(out.statusCode()).isEqualTo(302);
            assertThat(stored(id)).as("the session's row is gone").isFalse();
            assertThat(client.get(uri("/account")).statusCode()).as("signed out").isEqualTo(302);
        }

        @Test
        void anAccountWithALongNameSignsInAndItsSessionIsStored() {
            String name = "session-long-" + "n".repeat(137);
            assertThat(name).hasSize(150);
            CookieClient client = signedIn(name, "a-long-name's-password");

            assertThat(principalOf(client.sessionId())).isEqualTo(name);
            assertThat(client.get(uri("/account")).statusCode()).isEqualTo(200);
        }

        @Test
        void aFormPostedWithoutItsCsrfTokenIsRefusedEvenWithTheSession() {
            CookieClient client = signedIn("session-csrf");
            client.get(uri("/account"));

            assertThat(client.post(uri("/account/tokens"), Map.of("name", "forged", "_csrf", "not-the-token")).statusCode()).isEqualTo(403);
            assertThat(jdbc.sql("select count(*) from access_token where username = 'session-csrf' and name = 'forged'").query(Long.class).single())
                    .isZero();
        }

        @Test
        void anExpiredSessionSignsNobodyInAndIsCleanedAway() {
            CookieClient client = signedIn("session-expired");
            String id = client.sessionId();
            long twoHoursAgo = System.currentTimeMillis() - 7_200_000;
            jdbc.sql("update spring_session set last_access_time = :then, expiry_time = :then where session_id = :id")
                    .param("then", twoHoursAgo).param("id", id).update();

            assertThat(client.get(uri("/account")).statusCode()).as("an expired session is no sign-in").isEqualTo(302);
            sessions.cleanUpExpiredSessions();

            assertThat(stored(id)).isFalse();
        }
    }
}
