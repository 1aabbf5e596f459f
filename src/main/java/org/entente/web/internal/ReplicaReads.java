package org.entente.web.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.entente.web.AnonymousReaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Which requests read from the replica, decided once when the request starts, so that one answer never reads part from one
 * database and part from the other (its version from one, its body from the other): an anonymous reader's {@code GET} or
 * {@code HEAD} ({@link AnonymousReaders}) while the replica is not resting. Nobody else: a signed-in person or a script with a
 * token may just have written, and must read what it wrote, so its reads stay on the primary with its writes; and an anonymous
 * reader never writes (signing in is a {@code POST}). The request is marked for its duration, after Spring Security has said
 * who is asking (this filter runs after its chain's proxy). A request whose replica fails it moves to the primary for the rest
 * of it (never back): the primary holds everything the replica has shown it.
 */
final class ReplicaReads extends OncePerRequestFilter {

    private static final ThreadLocal<Boolean> FROM_REPLICA = ThreadLocal.withInitial(() -> false);

    private final ReplicaRest rest;

    ReplicaReads(ReplicaRest rest) {
        this.rest = rest;
    }

    /** Whether the current thread serves a request decided for the replica. */
    static boolean fromReplica() {
        return FROM_REPLICA.get();
    }

    /** The current request reads from the primary from now on (its replica gave no connection). */
    static void toPrimary() {
        FROM_REPLICA.remove();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isRead(request) || !AnonymousReaders.asks(request) || rest.resting()) {
            chain.doFilter(request, response);
            return;
        }
        FROM_REPLICA.set(true);
        try {
            chain.doFilter(request, response);
        } finally {
            FROM_REPLICA.remove();
        }
    }

    private static boolean isRead(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }
}
