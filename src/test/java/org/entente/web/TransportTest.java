package org.entente.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.support.DatabaseTest;
import org.entente.support.RawHttp;
import org.junit.jupiter.api.Test;

/**
 * Cookies and transport: the session cookie is {@code HttpOnly} and {@code SameSite=Lax}, and
 * {@code Secure} over HTTPS; HSTS is sent over HTTPS, including HTTPS ended by a trusted proxy that
 * says so in {@code X-Forwarded-Proto} (the test's client is on loopback, a trusted proxy by default).
 */
class TransportTest extends DatabaseTest {

    private static final String BROWSER = "Accept: text/html";

    private RawHttp.Response get(String target, String... headers) {
        return RawHttp.send(uri("/").getPort(), "GET", target, List.of(headers), null);
    }

    private static String sessionCookie(RawHttp.Response answer) {
        return answer.headers("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + answer.headers()));
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        RawHttp.Response answer = get("/sign-in", BROWSER);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(sessionCookie(answer)).contains("; HttpOnly").contains("; SameSite=Lax").doesNotContain("Secure");
    }

    @Test
    void theSessionCookieIsSecureOverHttpsEndedByATrustedProxy() {
        RawHttp.Response answer = get("/sign-in", BROWSER, "X-Forwarded-Proto: https");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(sessionCookie(answer)).contains("; Secure").contains("; HttpOnly").contains("; SameSite=Lax");
    }

    @Test
    void httpsEndedByATrustedProxyGetsHsts() {
        RawHttp.Response answer = get("/", BROWSER, "X-Forwarded-Proto: https");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Strict-Transport-Security")).startsWith("max-age=");
    }

    @Test
    void plainHttpGetsNoHsts() {
        RawHttp.Response answer = get("/", BROWSER);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Strict-Transport-Security")).isNull();
    }

    @Test
    void anApiAnswerOverHttpsEndedByATrustedProxyGetsHsts() {
        RawHttp.Response answer = get("/api/v1/organizations", "Accept: application/json", "X-Forwarded-Proto: https");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Strict-Transport-Security")).startsWith("max-age=");
    }
}
