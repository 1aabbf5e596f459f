package org.entente.access.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An address that no row of the access table names is not found, whoever asks: answered 404 (the error page, or a
 * problem under {@code /api/}) before any sign-in is asked for, so that a signed-out reader who mistyped an address is
 * not sent to the sign-in page, nor a signed-in one told that their roles do not allow it. Nothing is served at such an
 * address: every endpoint has its row ({@code AccessTableTest}), and no row still means no.
 */
class UnknownAddresses extends OncePerRequestFilter {

    private final PolicyAuthorization policy;

    UnknownAddresses(PolicyAuthorization policy) {
        this.policy = policy;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
        if (policy.namesNoRow(request)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }
}
