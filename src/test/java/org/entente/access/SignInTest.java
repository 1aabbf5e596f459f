package org.entente.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import org.entente.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Signing in on the pages with a local account: passwords stored by the recommended encoder, repeated failures throttled. */
class SignInTest extends DatabaseTest {

    @Autowired
    private WebApplicationContext context;

    @Autowired
    private PasswordEncoder passwords;

    @Autowired
    private JdbcClient jdbc;

    private MockMvc mvc;

    @BeforeEach
    void mockMvcWithSecurity() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    private void account(String username, String password) {
        tokenFor(username, "observer@CSTO");
        jdbc.sql("update account set password_hash = :hash, failed_sign_ins = 0, locked_until = null where username = :u")
                .param("hash", passwords.encode(password)).param("u", username).update();
    }

    private MockHttpServletResponse signIn(String username, String password) throws Exception {
        return mvc.perform(formLogin("/sign-in").user(username).password(password)).andReturn().getResponse();
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

    @Test
    void afterFiveFailuresInARowEvenTheRightPasswordIsRefusedForAWhile() throws Exception {
        account("sign-in-throttled", "the right one");
        for (int i = 0; i < 5; i++) {
            signIn("sign-in-throttled", "guess " + i);
        }

        assertThat(signIn("sign-in-throttled", "the right one").getRedirectedUrl()).isEqualTo("/sign-in?failed");
        assertThat(jdbc.sql("select locked_until from account where username = 'sign-in-throttled'").query(Object.class).optional()).isPresent();
    }

    @Test
    void aScriptsTokenDoesNotUnlockAnAccountLockedForGuessing() throws Exception {
        account("sign-in-token-owner", "the right one");
        String token = tokenFor("sign-in-token-owner");
        for (int i = 0; i < 5; i++) {
            signIn("sign-in-token-owner", "guess " + i);
        }

        assertThat(getAs(token, "/api/v1/me").status()).isEqualTo(200);

        assertThat(jdbc.sql("select failed_sign_ins from account where username = 'sign-in-token-owner'").query(Integer.class).single()).isEqualTo(5);
        assertThat(signIn("sign-in-token-owner", "the right one").getRedirectedUrl()).isEqualTo("/sign-in?failed");
    }

    /**
     * Four guesses at once, fewer than the five that lock the account (a guess that arrives once the
     * account is locked is refused as locked, without its password being checked or counted, so more
     * guesses would make the count depend on timing): each one is counted, none lost.
     */
    @Test
    void parallelGuessesAreAllCounted() throws Exception {
        account("sign-in-parallel", "the right one");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var guesses = new java.util.ArrayList<java.util.concurrent.Future<?>>();
            for (int i = 0; i < 4; i++) {
                int guess = i;
                guesses.add(pool.submit(() -> signIn("sign-in-parallel", "guess " + guess)));
            }
            for (var guess : guesses) {
                guess.get(60, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(jdbc.sql("select failed_sign_ins from account where username = 'sign-in-parallel'").query(Integer.class).single()).isEqualTo(4);
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
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("JSESSIONID"))
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
