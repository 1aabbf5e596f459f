package org.entente.access;

/**
 * Role grants given one at a time by another module (an exercise's creator becomes its secretariat), each audited. A grant given
 * here is added to the person's others; it never replaces them, as saving an account does.
 */
public interface Grants {

    /**
     * Grants {@code grant} to the account {@code username}, in the caller's transaction, unless the account holds it already;
     * appends {@code account.grant} (subject {@code account:<username>}, in the grant's organization) by {@code actor} acting as
     * {@code role}. Whether it was granted now. A session signed in before keeps its roles until it signs in again; a token reads
     * them on every request.
     */
    boolean grant(String username, RoleGrant grant, String actor, String role);
}
