package org.entente.assistance;

import org.entente.register.Coded;

/** What the council decided on a request. */
public enum DecisionKind implements Coded {
    DEPLOY_FORCES, NON_MILITARY_ASSISTANCE, REJECTED, DEFERRED
}
