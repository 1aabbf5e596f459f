package org.entente.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.entente.support.DatabaseTest;
import org.entente.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Signing in on the pages with a local account: passwords stored by the recommended encoder; guesses
 * throttled per account and client address, so that an attacker is slowed and the owner is not locked out.
 */
class SignInTest extends DatabaseTest {

    @Autowired
    private WebApplicationContext context;

    @Autowired
    private JdbcClient jdbc;

    private MockMvc mvc;

    @BeforeEach
    void mockMvcWithSecurity() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    private void account(String username, String password) {
        TestAccounts.localAccount(jdbc, username, password, "observer@CSTO");
    }

    private static final String OWNER = "10.0.0.1";
    private static final String ATTACKER = "10.6.6.6";

    private MockHttpServletResponse signIn(String username, String password) throws Exception {
        return mvc.perform(formLogin("/sign-in").user(username).password(password)).andReturn().getResponse();
    }

    /** Signs in through the form from the client address {@code address}. */
    private MockHttpServletResponse signIn(String username, String password, String address) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/sign-in").param("username", username).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })).andReturn().getResponse();
    }

    @Test
    void aCorrectPasswordSignsInAndTheStoredHashNamesItsEncoder() throws Exception {
        account("sign-in-right", "correct horse battery staple");

        MockHttpServletResponse response = signIn("sign-in-right", "correct horse battery staple");

        assertThat(response.getRedirectedUrl()).isEqualTo("/");
        String hash = jdbc.sql("select password_hash from account where username = 'sign-in-right'").query(String.class).single();
        assertThat(hash).startsWith("{").doesNotContain("correct horse");
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        account("sign-in-wrong", "the right one");

        assertThat(signIn("sign-in-wrong", "a wrong one").getRedirectedUrl()).isEqualTo("/sign-in?failed");
    }

    /** Guesses from {@code address} at {@code username}'s password, each a different wrong one. */
    private void guess(String username, String address, int times) throws Exception {
        for (int i = 0; i < times; i++) {
            assertThat(signIn(username, "guess " + i, address).getRedirectedUrl()).isEqualTo("/sign-in?failed");
        }
    }

    /** The failures the throttle counts for {@code username} from {@code address}. */
    private int failures(String username, String address) {
        return jdbc.sql("select coalesce(max(failures), 0) from sign_in_attempt where username = :u and address = :a")
                .param("u", username).param("a", address).query(Integer.class).single();
    }

    /** Moves the account's last failures {@code seconds} into the past, as if that time had passed since. */
    private void lastFailureAgo(String username, int seconds) {
        jdbc.sql("update sign_in_attempt set last_failed_at = :then where username = :u and last_failed_at is not null")
                .param("then", java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusSeconds(seconds)).param("u", username).update();
    }

    @Test
    void theOwnerSignsInWhileAnAttackerElsewhereKeepsGuessing() throws Exception {
        account("sign-in-besieged", "the right one");

        guess("sign-in-besieged", ATTACKER, 8);

        assertThat(signIn("sign-in-besieged", "the right one", OWNER).getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void afterFiveFailuresFromAnAddressEvenTheRightPasswordFromThereIsRefusedForAWhile() throws Exception {
        account("sign-in-throttled", "the right one");
        guess("sign-in-throttled", ATTACKER, 5);

        assertThat(signIn("sign-in-throttled", "the right one", ATTACKER).getRedirectedUrl()).isEqualTo("/sign-in?failed");
        assertThat(failures("sign-in-throttled", ATTACKER)).as("a refused attempt checks no password and is not counted").isEqualTo(5);

        // The window (30 seconds after the fifth failure) has passed: the last failure was 31 seconds ago.
        lastFailureAgo("sign-in-throttled", 31);
        assertThat(signIn("sign-in-throttled", "the right one", ATTACKER).getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void eachFurtherFailureDoublesTheWindow() throws Exception {
        account("sign-in-doubling", "the right one");
        guess("sign-in-doubling", ATTACKER, 5);
        lastFailureAgo("sign-in-doubling", 31);
        guess("sign-in-doubling", ATTACKER, 1);

        lastFailureAgo("sign-in-doubling", 31);
        assertThat(signIn("sign-in-doubling", "the right one", ATTACKER).getRedirectedUrl()).as("within a minute of the sixth").isEqualTo("/sign-in?failed");
        lastFailureAgo("sign-in-doubling", 61);
        assertThat(signIn("sign-in-doubling", "the right one", ATTACKER).getRedirectedUrl()).as("a minute after the sixth").isEqualTo("/");
    }

    /**
     * Guesses spread over many addresses: past twenty, addresses the account never signed in from are
     * slowed too, so a new address with the right password waits; the owner's usual address does not.
     */
    @Test
    void aDistributedAttackSlowsOnlyAddressesTheOwnerNeverSignedInFrom() throws Exception {
        account("sign-in-distributed", "the right one");
        assertThat(signIn("sign-in-distributed", "the right one", OWNER).getRedirectedUrl()).isEqualTo("/");
        for (int attacker = 1; attacker <= 4; attacker++) {
            guess("sign-in-distributed", "10.6.6." + attacker, 5);
        }

        assertThat(signIn("sign-in-distributed", "the right one", "10.6.6.5").getRedirectedUrl()).isEqualTo("/sign-in?failed");
        assertThat(signIn("sign-in-distributed", "the right one", OWNER).getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void aScriptsTokenDoesNotClearTheFailures() throws Exception {
        account("sign-in-token-owner", "the right one");
        String token = tokenFor("sign-in-token-owner");
        guess("sign-in-token-owner", ATTACKER, 5);

        assertThat(getAs(token, "/api/v1/me").status()).isEqualTo(200);

        assertThat(failures("sign-in-token-owner", ATTACKER)).isEqualTo(5);
        assertThat(signIn("sign-in-token-owner", "the right one", ATTACKER).getRedirectedUrl()).isEqualTo("/sign-in?failed");
    }

    /**
     * Forty guesses at once from one address: each attempt is counted before its password is checked,
     * and only while the address may still try, so exactly five are checked and counted, none lost and
     * none more, and the right password from there is then refused like the rest.
     */
    @Test
    void parallelGuessesFromOneAddressGetNoMoreThanFiveChecked() throws Exception {
        account("sign-in-parallel", "the right one");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(40);
        try {
            var guesses = new java.util.ArrayList<java.util.concurrent.Future<MockHttpServletResponse>>();
            for (int i = 0; i < 40; i++) {
                int guess = i;
                guesses.add(pool.submit(() -> signIn("sign-in-parallel", "guess " + guess, ATTACKER)));
            }
            for (var guess : guesses) {
                assertThat(guess.get(120, java.util.concurrent.TimeUnit.SECONDS).getRedirectedUrl()).isEqualTo("/sign-in?failed");
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(failures("sign-in-parallel", ATTACKER)).isEqualTo(5);
        assertThat(signIn("sign-in-parallel", "the right one", ATTACKER).getRedirectedUrl()).isEqualTo("/sign-in?failed");
        assertThat(failures("sign-in-parallel", ATTACKER)).as("refused unchecked, not counted").isEqualTo(5);
    }

    /** A name no account can have (too long for the database's key, or with a control character): refused like a wrong password, nothing kept. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {5_000, 0})
    void anImpossibleUserNameIsRefusedLikeAWrongPasswordAndNothingIsKept(int length) throws Exception {
        String name = length > 0 ? "sign-in-long-" + TestAccounts.incompressible(length) : "sign-in-nul\u0000name";

        assertThat(signIn(name, "a guess", ATTACKER).getRedirectedUrl()).isEqualTo("/sign-in?failed");
        assertThat(jdbc.sql("select count(*) from sign_in_attempt where username = :u").param("u", name).query(Integer.class).single()).isZero();
    }

    @Test
    void aTokenMadeOnTheAccountPageExpiresAtTheLatestAfterTheLongestLifetime() throws Exception {
        account("sign-in-page-token", "the right one");
        for (String[] asked : new String[][] {{"no validity", ""}, {"too long", "366"}, {"a week", "7"}}) {
            mvc.perform(MockMvcRequestBuilders.post("/account/tokens").param("name", asked[0]).param("validForDays", asked[1]).with(csrf())
                    .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("sign-in-page-token")))
                    .andReturn();
        }

        var validities = jdbc.sql("select name, created_at, expires_at from access_token where username = 'sign-in-page-token' and name <> 'test'")
                .query((rs, n) -> java.util.Map.entry(rs.getString("name"), java.time.Duration.between(
                        rs.getObject("created_at", java.time.OffsetDateTime.class), rs.getObject("expires_at", java.time.OffsetDateTime.class))))
                .list();
        assertThat(validities).containsExactlyInAnyOrder(java.util.Map.entry("no validity", java.time.Duration.ofDays(365)),
                java.util.Map.entry("a week", java.time.Duration.ofDays(7)));
    }

    @Test
    void signingInGivesANewSessionId() throws Exception {
        account("sign-in-fixation", "the right one");
        var cookies = new java.net.CookieManager();
        var http = java.net.http.HttpClient.newBuilder().cookieHandler(cookies).followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
        String page = http.send(java.net.http.HttpRequest.newBuilder(uri("/sign-in")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        String before = sessionId(cookies);
        var csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).as("the form carries a CSRF token").isTrue();

        var signedIn = http.send(java.net.http.HttpRequest.newBuilder(uri("/sign-in"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=sign-in-fixation&password=the+right+one&_csrf="
                                + java.net.URLEncoder.encode(csrf.group(1), java.nio.charset.StandardCharsets.UTF_8)))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/");
        assertThat(sessionId(cookies)).isNotNull().isNotEqualTo(before);
    }

    private static String sessionId(java.net.CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("SESSION"))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    @Test
    void pagesAndTheApiSendAContentSecurityPolicyWithoutInlineScripts() throws Exception {
        for (String path : new String[] {"/", "/api/v1/organizations"}) {
            MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get(path)).andReturn().getResponse();
            String policy = response.getHeader("Content-Security-Policy");
            assertThat(policy).as(path).contains("script-src 'self'").contains("frame-ancestors 'none'");
            assertThat(policy.substring(policy.indexOf("script-src"), policy.indexOf(';', policy.indexOf("script-src")))).doesNotContain("unsafe");
            assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        }
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefused() throws Exception {
        account("sign-in-csrf", "the right one");

        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.post("/sign-in").param("username", "sign-in-csrf")
                .param("password", "the right one")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(403);
    }
}
