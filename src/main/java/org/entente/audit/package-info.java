/**
 * The audit trail: an append-only log of every change (who, in which role, what, on which record,
 * digests of the record before and after), each entry chained to the previous one with SHA-256, and
 * the verification that walks the chain and names the first broken entry. The module's API is this
 * package ({@link org.entente.audit.AuditTrail}); storage, the API endpoints and the start-up
 * verification ({@code --verify-audit}) live in {@code internal}. See docs/audit.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.entente.audit;
