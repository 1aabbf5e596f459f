package org.entente.assistance;

import org.entente.register.Coded;

/** What a request for assistance is about. */
public enum ThreatCategory implements Coded {
    EXTERNAL_AGGRESSION, TERRORISM, INTERNAL_UNREST, BORDER_INCIDENT, NATURAL_DISASTER, DRUG_TRAFFICKING, EXTREMISM
}
