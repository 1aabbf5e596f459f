package org.entente.assistance;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.provenance.Disagreement;
import org.entente.register.Clause;
import org.entente.register.ThreatCategory;

/**
 * Which clause a request about a threat should invoke, read from the record. A clause covers a threat if its
 * own data says so ({@link Clause#covers()}) or if the organization decided to assist on a request about that
 * threat resting on that clause (a {@link Precedent}): the council's own decision is evidence of what the clause
 * covers. Of the clauses in force on the filing date that cover the threat, the one best supported by the record is
 * proposed: a clause no source disputes before a disputed one (a disagreement in the register about whether the clause
 * exists or grounds anything, {@link #disputesTheClause}; one about its date or title does not dispute it),
 * then the one the organization's decisions rested on most often for the threat, then one whose text covers it,
 * then by identifier. A disputed clause is still a candidate, carrying its disagreements, so that whoever shows
 * it shows the dispute beside it.
 */
public final class ClauseRouting {

    private ClauseRouting() {
    }

    /**
     * A decision of the organization on a request about a threat, resting on a clause (the decision's legal basis).
     * Only a decision to assist (forces or non-military help) is evidence that the clause covers the threat: a
     * rejection or a deferral may have been for want of a clause that covers it.
     */
    public record Precedent(String request, ThreatCategory threat, String clause, DecisionKind decision) {

        public Precedent {
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(threat, "threat");
            Objects.requireNonNull(clause, "clause");
            Objects.requireNonNull(decision, "decision");
        }

        public boolean assisted() {
            return decision == DecisionKind.DEPLOY_FORCES || decision == DecisionKind.NON_MILITARY_ASSISTANCE;
        }

        /** How the precedent reads as evidence: "the council decided KAZ-2022 (terrorism) on CST-ART4: deploy forces". */
        public String describe() {
            return "the council decided " + request + " (" + words(threat) + ") on " + clause + ": " + decision.code().replace('_', ' ');
        }
    }

    /**
     * The attributes of a clause a disagreement about which disputes the clause itself: whether it exists, and whether it
     * grounds anything (e.g. DIS-CRISIS-RESPONSE-BASIS in the CSTO dataset). A disagreement about any other attribute
     * (its date, its title) leaves the clause undisputed.
     */
    public static final Set<String> DISPUTING = Set.of("existence", "basis");

    /** Whether {@code disagreement} disputes the clause itself (its existence or basis), not one of its details. */
    public static boolean disputesTheClause(Disagreement disagreement) {
        return DISPUTING.contains(disagreement.attribute());
    }

    /**
     * A clause that covers a threat, and why: its text ({@code coveredByText}), the decisions that rested on it for the
     * threat ({@code precedents}), and the register's disagreements about the clause: those about its existence or basis
     * ({@code disputes}, empty if none), and those about another of its attributes ({@code otherDisagreements}), which do
     * not dispute it.
     */
    public record Route(Clause clause, boolean coveredByText, List<Precedent> precedents, List<Disagreement> disputes,
                        List<Disagreement> otherDisagreements) {

        public Route {
            Objects.requireNonNull(clause, "clause");
            precedents = List.copyOf(precedents);
            disputes = List.copyOf(disputes);
            otherDisagreements = List.copyOf(otherDisagreements);
            if (disputes.stream().anyMatch(dispute -> !disputesTheClause(dispute))
                    || otherDisagreements.stream().anyMatch(ClauseRouting::disputesTheClause)) {
                throw new IllegalArgumentException("a route's disputes are about the clause's existence or basis, its other disagreements not");
            }
        }

        public boolean covers() {
            return coveredByText || !precedents.isEmpty();
        }

        public boolean disputed() {
            return !disputes.isEmpty();
        }

        /** Why the clause covers the threat, in words: its text, and each decision that rested on it. */
        public String evidence() {
            var reasons = new java.util.ArrayList<String>();
            if (coveredByText) {
                reasons.add("its text covers " + String.join(", ", clause.covers().stream().map(ClauseRouting::words).sorted().toList()));
            }
            precedents.forEach(precedent -> reasons.add(precedent.describe()));
            return String.join("; ", reasons);
        }
    }

    /** The clause and the threat as the record bears on them: its text, the decisions to assist on it for the threat, the disagreements about it. */
    public static Route route(Clause clause, ThreatCategory threat, List<Precedent> decisions, List<Disagreement> disagreements) {
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(threat, "threat");
        List<Precedent> precedents = decisions.stream()
                .filter(precedent -> precedent.assisted() && precedent.threat() == threat && precedent.clause().equals(clause.id()))
                .toList();
        var about = disagreements.stream().filter(disagreement -> disagreement.subject().equals("clause:" + clause.id()))
                .collect(Collectors.partitioningBy(ClauseRouting::disputesTheClause));
        return new Route(clause, clause.covers(threat), precedents, about.get(true), about.get(false));
    }

    /** The clauses in force on the filing date that cover the threat, best supported by the record first: the first is the proposal. */
    public static List<Route> candidates(List<Clause> clauses, ThreatCategory threat, LocalDate filedOn, List<Precedent> decisions,
                                         List<Disagreement> disagreements) {
        return clauses.stream()
                .filter(clause -> clause.inForceOn(filedOn))
                .map(clause -> route(clause, threat, decisions, disagreements))
                .filter(Route::covers)
                .sorted(Comparator.comparing(Route::disputed)
                        .thenComparing(route -> -route.precedents().size())
                        .thenComparing(route -> !route.coveredByText())
                        .thenComparing(route -> route.clause().id()))
                .toList();
    }

    static String words(ThreatCategory threat) {
        return threat.code().replace('_', ' ');
    }
}
