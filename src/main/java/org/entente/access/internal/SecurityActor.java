package org.entente.access.internal;

import java.util.List;
import org.entente.access.Actor;
import org.entente.access.CurrentActor;
import org.entente.access.RoleGrant;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The actor of the current request, from Spring Security's context: its authorities that name role grants become the grants. */
@Component
class SecurityActor implements CurrentActor {

    @Override
    public Actor get() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    static Actor of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated() || authentication instanceof AnonymousAuthenticationToken) {
            return Actor.ANONYMOUS;
        }
        List<RoleGrant> grants = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority != null && authority.contains("@"))
                .map(RoleGrant::parse)
                .toList();
        return new Actor.Person(authentication.getName(), grants);
    }
}
