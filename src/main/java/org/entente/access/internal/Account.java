package org.entente.access.internal;

import java.util.List;
import org.entente.access.RoleGrant;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A local account: its password hash (null when it signs in only through single sign-on), its grants, and the grants it reads
 * by without holding them ({@code reads}, never stored: the observer's role in each closed exercise of an organization whose
 * secretariat or observer it is, {@link ClosedExerciseReaders}).
 */
record Account(String username, String displayName, String passwordHash, boolean enabled, List<RoleGrant> grants, List<RoleGrant> reads) {

    Account {
        grants = List.copyOf(grants);
        reads = List.copyOf(reads);
    }

    /** This account reading by {@code derived} as well. */
    Account reading(List<RoleGrant> derived) {
        return new Account(username, displayName, passwordHash, enabled, grants, derived);
    }

    /** What the account acts with: its grants, then those it reads by. */
    List<RoleGrant> actingGrants() {
        return java.util.stream.Stream.concat(grants.stream(), reads.stream()).toList();
    }

    /** The grants it acts with as Spring Security authorities, e.g. {@code liaison@CSTO/KAZ}. */
    List<GrantedAuthority> authorities() {
        return actingGrants().stream().map(RoleGrant::authority).<GrantedAuthority>map(SimpleGrantedAuthority::new).toList();
    }
}
