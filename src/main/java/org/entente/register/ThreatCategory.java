package org.entente.register;

/** What a request for assistance is about; a clause covers some of them (see {@link Clause#covers()}). */
public enum ThreatCategory implements Coded {
    EXTERNAL_AGGRESSION, TERRORISM, INTERNAL_UNREST, BORDER_INCIDENT, NATURAL_DISASTER, DRUG_TRAFFICKING, EXTREMISM
}
