package org.entente.register;

/**
 * A state's standing in an organization on a date, derived from its membership events.
 * {@link #MEMBER}, {@link #PARTICIPATION_FROZEN} and {@link #SUSPENDED_PENDING_DECISION} are membership: neither
 * a frozen participation nor a suspension still awaiting the council's decision ends it. {@link #SUSPENDED} is not:
 * the council's suspension ends the membership period and is a status with its own period. Only {@link #MEMBER} is
 * in good standing (votes in the council, pledges to a force).
 */
public enum Standing implements Coded {
    MEMBER, PARTICIPATION_FROZEN, SUSPENDED_PENDING_DECISION, SUSPENDED, OBSERVER, PARTNER, NOT_MEMBER;

    public boolean isMembership() {
        return this == MEMBER || this == PARTICIPATION_FROZEN || this == SUSPENDED_PENDING_DECISION;
    }
}
