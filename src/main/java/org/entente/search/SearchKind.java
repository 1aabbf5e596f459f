package org.entente.search;

import org.entente.register.Coded;

/** What a search finds, in the order the results list them. */
public enum SearchKind implements Coded {
    ORGANIZATION, STATE, REQUEST, CLAUSE, SOURCE, MISSION
}
