package org.entente.register;

/** What a clause provides for; a clause may be of several kinds (e.g. non-aggression and exclusivity). */
public enum ClauseKind implements Coded {
    COLLECTIVE_DEFENCE, CONSULTATION, NON_AGGRESSION, EXCLUSIVITY, CRISIS_RESPONSE, DECISION_RULE, BODIES,
    ADMISSION, RENEWAL, WITHDRAWAL, OBSERVER_STATUS, PARTNER_STATUS, OTHER
}
