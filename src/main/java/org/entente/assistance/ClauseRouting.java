package org.entente.assistance;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.entente.register.Clause;
import org.entente.register.ThreatCategory;

/**
 * Which clause a request about a threat should invoke, read from the data on the clauses: the clauses
 * in force on the filing date that cover the threat ({@link Clause#covers()}), by identifier. The first
 * is the proposal; the requester may invoke another that also covers the threat.
 */
public final class ClauseRouting {

    private ClauseRouting() {
    }

    public static List<Clause> candidates(List<Clause> clauses, ThreatCategory threat, LocalDate filedOn) {
        return clauses.stream()
                .filter(clause -> clause.covers(threat) && clause.inForceOn(filedOn))
                .sorted(Comparator.comparing(Clause::id))
                .toList();
    }
}
