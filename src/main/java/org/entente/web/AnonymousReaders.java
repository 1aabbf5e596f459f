package org.entente.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is a reader without an account: no sign-in of a session (Spring Security has said so, after its filters) and no
 * {@code Authorization} header (a token holder, whatever its token says). The one rule for what every anonymous reader
 * gets alike ({@link PublicReads}) and for what may be read from a replica (the replica routing): whoever may have written
 * reads as itself, on the primary, never from a shared copy.
 */
public final class AnonymousReaders {

    private AnonymousReaders() {
    }

    /** Whether {@code request} (being served on this thread, after Spring Security's filters) is an anonymous reader's. */
    public static boolean asks(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = authentication != null && authentication.isAuthenticated() && !(authentication instanceof AnonymousAuthenticationToken);
        return !signedIn && request.getHeader(HttpHeaders.AUTHORIZATION) == null;
    }
}
