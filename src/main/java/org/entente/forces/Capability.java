package org.entente.forces;

import org.entente.register.Coded;

/**
 * What a unit can do, in the benchmark's vocabulary: infantry, armour, artillery, engineers, medical,
 * logistics, signals, military police, CBRN defence, helicopters, air transport, special operations.
 * Named by its lower-case code ({@code inf}, {@code cbrn}) in the API and the dataset format.
 */
public enum Capability implements Coded {
    INF, ARM, ART, ENG, MED, LOG, SIG, MP, CBRN, HELO, ATRANS, SOF
}
