package org.entente.access;

import org.entente.register.Coded;

/** What a person does for an organization; some roles act for one member state only. */
public enum Role implements Coded {
    /** Keeps the register, convenes sessions, runs force generation, manages missions. */
    SECRETARIAT(false),
    /** Votes for one member state in council sessions. */
    COUNCIL_REPRESENTATIVE(true),
    /** Files requests, pledges and sitreps for one member state. */
    LIAISON(true),
    /** Reads restricted records, changes nothing. */
    OBSERVER(false);

    private final boolean actsForAState;

    Role(boolean actsForAState) {
        this.actsForAState = actsForAState;
    }

    public boolean actsForAState() {
        return actsForAState;
    }
}
