package org.entente.register;

/** The kind of a legal instrument of an organization. */
public enum InstrumentKind implements Coded {
    TREATY, CHARTER, PROTOCOL, AGREEMENT
}
