package org.entente.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.catalina.valves.RemoteIpValve;
import org.entente.support.DatabaseTest;
import org.entente.support.RawHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ApplicationContext;

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
        return answer.headers("Set-Cookie").stream().filter(cookie -> cookie.startsWith("SESSION=")).findFirst()
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

    /** The proxies Tomcat believes, as the running server has them: the same machine only, never a private network's clients. */
    @Test
    void onlyAProxyOnTheSameMachineIsBelievedByDefault() {
        var tomcat = (TomcatWebServer) ((ServletWebServerApplicationContext) context).getWebServer();
        RemoteIpValve valve = Arrays.stream(tomcat.getTomcat().getService().getContainer().getPipeline().getValves())
                .filter(RemoteIpValve.class::isInstance).map(RemoteIpValve.class::cast).findFirst().orElseThrow();
        Pattern trusted = Pattern.compile(valve.getInternalProxies());

        assertThat(List.of("127.0.0.1", "127.1.2.3", "0:0:0:0:0:0:0:1", "::1")).allMatch(address -> trusted.matcher(address).matches());
        assertThat(List.of("10.0.0.9", "192.168.1.20", "172.16.0.4", "169.254.1.1", "100.64.0.1", "203.0.113.7", "fe80::1", "fc00::1"))
                .noneMatch(address -> trusted.matcher(address).matches());
    }

    @Autowired
    private ApplicationContext context;

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
