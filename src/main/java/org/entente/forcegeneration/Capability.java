package org.entente.forcegeneration;

/** What a unit can do, in the benchmark's vocabulary. */
public enum Capability {
    INF, ARM, ART, ENG, MED, LOG, SIG, MP, CBRN, HELO, ATRANS, SOF
}
