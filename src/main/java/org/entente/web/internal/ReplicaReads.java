package org.entente.web.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Which requests may read from the replica: an anonymous reader's {@code GET} or {@code HEAD}. Nobody else: a
 * signed-in person or a script with a token may just have written, and must read what it wrote, so its reads stay on
 * the primary with its writes; and an anonymous reader never writes (signing in is a {@code POST}). The request is
 * marked for its duration, after Spring Security has said who is asking (this filter runs after its chain's proxy).
 */
final class ReplicaReads extends OncePerRequestFilter {

    private static final ThreadLocal<Boolean> ANONYMOUS_READ = ThreadLocal.withInitial(() -> false);

    /** Whether the current thread serves an anonymous reader's {@code GET} or {@code HEAD}. */
    static boolean anonymousRead() {
        return ANONYMOUS_READ.get();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isRead(request) || !anonymous(SecurityContextHolder.getContext().getAuthentication())) {
            chain.doFilter(request, response);
            return;
        }
        ANONYMOUS_READ.set(true);
        try {
            chain.doFilter(request, response);
        } finally {
            ANONYMOUS_READ.remove();
        }
    }

    private static boolean isRead(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }

    private static boolean anonymous(Authentication authentication) {
        return authentication == null || !authentication.isAuthenticated() || authentication instanceof AnonymousAuthenticationToken;
    }
}
