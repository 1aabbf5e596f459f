package org.entente.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;

/**
 * The security headers of every answer, whoever writes it: Spring Security's filters on every
 * request, the error page and problem answers of the error dispatch, and Tomcat's own error
 * reports for requests rejected before any filter runs. Defined once, here.
 */
public final class SecurityHeaders {

    private SecurityHeaders() {
    }

    /** No inline scripts anywhere; inline styles only (htmx and Swagger UI use them). */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** Each header's name and value. */
    public static final Map<String, String> ALL = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "same-origin");

    /** Sets each header on {@code response} that an earlier writer has not set. */
    public static void addTo(HttpServletResponse response) {
        ALL.forEach((name, value) -> {
            if (!response.containsHeader(name)) {
                response.setHeader(name, value);
            }
        });
    }
}
