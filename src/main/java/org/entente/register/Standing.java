package org.entente.register;

/**
 * A state's standing in an organization on a date, derived from its membership events.
 * {@link #MEMBER} and {@link #PARTICIPATION_FROZEN} are membership: a frozen participation does not end it.
 * {@link #SUSPENDED} is not: a suspension ends the membership period and is a status with its own period.
 */
public enum Standing implements Coded {
    MEMBER, PARTICIPATION_FROZEN, SUSPENDED, OBSERVER, PARTNER, NOT_MEMBER;

    public boolean isMembership() {
        return this == MEMBER || this == PARTICIPATION_FROZEN;
    }
}
