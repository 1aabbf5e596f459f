package org.entente.forces;

import org.entente.register.Coded;

/** What a force pool is for: rapid deployment, peacekeeping, rapid reaction, or something else. */
public enum PoolKind implements Coded {
    RAPID_DEPLOYMENT, PEACEKEEPING, RAPID_REACTION, OTHER
}
