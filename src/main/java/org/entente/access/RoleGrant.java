package org.entente.access;

import java.util.Objects;
import org.entente.register.OrganizationCode;
import org.entente.register.StateCode;

/**
 * One role held in one organization, and for a state-bound role the one member state it acts for.
 * Written as an authority: {@code secretariat@CSTO}, {@code liaison@CSTO/KAZ}.
 */
public record RoleGrant(Role role, OrganizationCode organization, StateCode state) {

    public RoleGrant {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(organization, "organization");
        if (role.actsForAState() != (state != null)) {
            throw new IllegalArgumentException(role.actsForAState()
                    ? "a " + role.code() + " acts for one member state: name it"
                    : "a " + role.code() + " acts for the organization, not for a state");
        }
    }

    public static RoleGrant of(Role role, String organization) {
        return new RoleGrant(role, OrganizationCode.of(organization), null);
    }

    public static RoleGrant of(Role role, String organization, String state) {
        return new RoleGrant(role, OrganizationCode.of(organization), StateCode.of(state));
    }

    public String authority() {
        return role.code() + "@" + organization + (state == null ? "" : "/" + state);
    }

    /** The grant an authority names; throws {@link IllegalArgumentException} on anything else. */
    public static RoleGrant parse(String authority) {
        int at = authority.indexOf('@');
        if (at < 0) {
            throw new IllegalArgumentException("not a role grant: " + authority);
        }
        Role role = org.entente.register.Coded.fromCode(Role.class, authority.substring(0, at));
        String scope = authority.substring(at + 1);
        int slash = scope.indexOf('/');
        return slash < 0
                ? new RoleGrant(role, OrganizationCode.of(scope), null)
                : new RoleGrant(role, OrganizationCode.of(scope.substring(0, slash)), StateCode.of(scope.substring(slash + 1)));
    }
}
