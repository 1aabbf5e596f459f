package org.entente.access.internal;

import java.util.List;
import org.entente.access.RoleGrant;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A local account: its password hash (null when it signs in only through single sign-on) and its grants. */
record Account(String username, String displayName, String passwordHash, boolean enabled, List<RoleGrant> grants) {

    Account {
        grants = List.copyOf(grants);
    }

    /** The grants as Spring Security authorities, e.g. {@code liaison@CSTO/KAZ}. */
    List<GrantedAuthority> authorities() {
        return grants.stream().map(RoleGrant::authority).<GrantedAuthority>map(SimpleGrantedAuthority::new).toList();
    }
}
