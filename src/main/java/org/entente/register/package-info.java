/**
 * The treaty register: organizations, their instruments and clauses, states, membership events, and
 * the as-of queries (who was a member when, as of a valid date and as the register stood at an
 * instant). The module's API is this package; storage and web adapters live in {@code internal}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Register")
package org.entente.register;
