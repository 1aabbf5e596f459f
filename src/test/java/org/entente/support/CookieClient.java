package org.entente.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The pages over real HTTP as a browser without scripts uses them: one cookie jar (the session and language cookies,
 * sent to every server on 127.0.0.1, whatever its port, as a browser does), forms posted with the CSRF token of the last
 * page read, redirects not followed. Unlike {@link SignedInPages} it goes through the servlet filters, so through the
 * session store in the database.
 */
public final class CookieClient {

    /** The pages' session cookie. */
    public static final String SESSION = "SESSION";

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private String csrf;

    /** GET the page at {@code address}, keeping the CSRF token its forms carry (if any). */
    public HttpResponse<String> get(URI address) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(address).header("Accept", "text/html").GET().build());
        var token = CSRF.matcher(answer.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        return answer;
    }

    /** POST a form's {@code fields} to {@code address} with the CSRF token of the last page read (unless the fields name one). */
    public HttpResponse<String> post(URI address, Map<String, String> fields) {
        var all = new LinkedHashMap<>(fields);
        if (csrf != null) {
            all.putIfAbsent("_csrf", csrf);
        }
        String body = all.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue())).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(address).header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Reads the sign-in page at {@code base} and signs in through its form; the answer (a redirect home when it worked). */
    public HttpResponse<String> signIn(URI base, String username, String password) {
        get(base.resolve("/sign-in"));
        return post(base.resolve("/sign-in"), Map.of("username", username, "password", password));
    }

    /** The value of the cookie {@code name} in the jar, or null. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals(name)).map(HttpCookie::getValue)
                .findFirst().orElse(null);
    }

    /** The session id in the database (Spring Session's cookie carries it Base64-encoded), or null without a session cookie. */
    public String sessionId() {
        String value = cookie(SESSION);
        return value == null ? null : new String(java.util.Base64.getDecoder().decode(value), StandardCharsets.US_ASCII);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
