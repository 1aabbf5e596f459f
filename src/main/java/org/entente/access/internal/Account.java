package org.entente.access.internal;

import java.time.Instant;
import java.util.List;
import org.entente.access.RoleGrant;

/** A local account: its password hash (null when it signs in only through single sign-on), its grants and its sign-in failures. */
record Account(String username, String displayName, String passwordHash, boolean enabled, int failedSignIns,
               Instant lockedUntil, List<RoleGrant> grants) {

    Account {
        grants = List.copyOf(grants);
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
