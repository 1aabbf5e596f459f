package org.entente.assistance;

import org.entente.register.Coded;

/** A member's vote in a council session; {@link #NONE} while it has not voted (or history did not record it). */
public enum Vote implements Coded {
    FOR, AGAINST, ABSTAIN, NONE;

    public boolean cast() {
        return this != NONE;
    }
}
