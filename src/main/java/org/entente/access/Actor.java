package org.entente.access;

import java.util.List;
import java.util.Objects;
import org.entente.register.OrganizationCode;
import org.entente.register.StateCode;

/** Who is acting: nobody signed in, a person with their role grants, or the system itself (start-up imports). */
public sealed interface Actor {

    String name();

    record Anonymous() implements Actor {
        @Override
        public String name() {
            return "anonymous";
        }
    }

    record Person(String name, List<RoleGrant> grants) implements Actor {
        public Person {
            Objects.requireNonNull(name, "name");
            grants = List.copyOf(grants);
        }
    }

    record System() implements Actor {
        @Override
        public String name() {
            return "system";
        }
    }

    Actor ANONYMOUS = new Anonymous();
    Actor SYSTEM = new System();

    default List<RoleGrant> grants() {
        return List.of();
    }

    /** Whether the actor holds {@code role} in {@code organization}; for a state-bound role, for {@code state} (any state when null). */
    default boolean holds(Role role, OrganizationCode organization, StateCode state) {
        return this instanceof System || grants().stream().anyMatch(grant -> grant.role() == role
                && grant.organization().equals(organization)
                && (state == null || state.equals(grant.state())));
    }

    /** The states for which the actor holds the state-bound {@code role} in {@code organization}, in code order. */
    default List<StateCode> statesFor(Role role, OrganizationCode organization) {
        return grants().stream()
                .filter(grant -> grant.role() == role && grant.organization().equals(organization) && grant.state() != null)
                .map(RoleGrant::state)
                .distinct()
                .sorted()
                .toList();
    }

    /** The roles the actor holds in the organization, as text for the audit trail (e.g. {@code secretariat}). */
    default String rolesIn(OrganizationCode organization) {
        if (this instanceof System) {
            return "system";
        }
        return grants().stream().filter(grant -> grant.organization().equals(organization))
                .map(grant -> grant.role().code() + (grant.state() == null ? "" : "/" + grant.state()))
                .distinct()
                .reduce((a, b) -> a + "," + b)
                .orElse("none");
    }
}
