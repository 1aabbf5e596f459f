package org.entente.access;

import java.util.List;
import org.entente.register.OrganizationCode;

/**
 * Role grants given and taken back one at a time by another module (an exercise's secretariat sets its participants), each
 * audited. A grant given here is added to the person's others; it never replaces them, as saving an account does.
 */
public interface Grants {

    /** One grant and the account holding it. */
    record Held(String username, RoleGrant grant) {
    }

    /**
     * Grants {@code grant} to the account {@code username}, in the caller's transaction, unless the account holds it already;
     * appends {@code account.grant} (subject {@code account:<username>}, in the grant's organization) by {@code actor} acting as
     * {@code role}. Whether it was granted now. A session signed in before keeps its roles until it signs in again; a token reads
     * them on every request.
     */
    boolean grant(String username, RoleGrant grant, String actor, String role);

    /**
     * Takes {@code grant} back from the account {@code username}, in the caller's transaction, where the account holds it;
     * appends {@code account.revoke} (subject {@code account:<username>}, in the grant's organization) by {@code actor} acting as
     * {@code role}. Whether it was held. A token loses it on its next request; a page session when its holder signs in again.
     */
    boolean revoke(String username, RoleGrant grant, String actor, String role);

    /** Every grant held in {@code organization}, by account name, then role and state. */
    List<Held> heldIn(OrganizationCode organization);
}
