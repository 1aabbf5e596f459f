package org.entente.access;

import java.util.Set;

/**
 * Who may use an endpoint or page: everyone, anyone signed in, or holders of some roles in the
 * organization the address names ({@code {organization}}) — for a state-bound role, acting for the state the
 * address names ({@code {state}}) where it names one.
 */
public sealed interface Audience {

    record Everyone() implements Audience {
    }

    record SignedIn() implements Audience {
    }

    /**
     * Holders of any of {@code roles}: in the organization of the address, or in any real organization (not an exercise) when the
     * address names none.
     */
    record RoleHolders(Set<Role> roles) implements Audience {
        public RoleHolders {
            roles = Set.copyOf(roles);
            if (roles.isEmpty()) {
                throw new IllegalArgumentException("name at least one role");
            }
        }
    }

    Audience EVERYONE = new Everyone();
    Audience SIGNED_IN = new SignedIn();

    static Audience holders(Role... roles) {
        return new RoleHolders(Set.of(roles));
    }
}
