package org.entente.assistance;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.entente.command.Verdict;
import org.entente.command.Wording;
import org.entente.register.Clause;
import org.entente.register.MembershipHistory;
import org.entente.register.Standing;
import org.entente.register.ThreatCategory;

/**
 * The named policies a request must pass before it is filed, each allowing it or saying why not.
 * The filing page shows every verdict before the request is filed.
 */
public final class Eligibility {

    public static final String GOOD_STANDING = "requester-in-good-standing";
    public static final String CLAUSE_IN_FORCE = "clause-in-force";
    public static final String CLAUSE_COVERS_THREAT = "clause-covers-threat";
    public static final String NO_OPEN_REQUEST = "no-open-request-for-the-situation";

    private Eligibility() {
    }

    /** The requester is a member in good standing on the filing date: not suspended; a frozen participation, or one suspended pending the council's decision, is a warning. */
    public static Verdict requesterInGoodStanding(MembershipHistory requester, LocalDate filedOn) {
        Objects.requireNonNull(requester, "requester");
        Standing standing = requester.standingOn(filedOn);
        return switch (standing) {
            case MEMBER -> new Verdict.Allowed(GOOD_STANDING);
            case PARTICIPATION_FROZEN -> new Verdict.Warning(GOOD_STANDING,
                    requester.state() + " is a member whose participation is frozen on " + filedOn + ": the secretariat must acknowledge it",
                    Wording.of("participation_frozen", requester.state(), filedOn));
            case SUSPENDED_PENDING_DECISION -> new Verdict.Warning(GOOD_STANDING, requester.state() + " is a member whose participation is suspended"
                    + " pending the council's decision on " + filedOn + ": the secretariat must acknowledge it",
                    Wording.of("suspended_pending_decision", requester.state(), filedOn));
            case SUSPENDED -> new Verdict.Refused(GOOD_STANDING, requester.state() + "'s membership is suspended on " + filedOn,
                    Wording.of("suspended", requester.state(), filedOn));
            case OBSERVER, PARTNER, NOT_MEMBER -> new Verdict.Refused(GOOD_STANDING,
                    requester.state() + " is not a member on " + filedOn + " (" + standing.code().replace('_', ' ') + ")",
                    Wording.of("not_member", requester.state(), filedOn));
        };
    }

    /** The clause invoked is in force on the filing date. */
    public static Verdict clauseInForce(Clause clause, LocalDate filedOn) {
        Objects.requireNonNull(clause, "clause");
        return clause.inForceOn(filedOn)
                ? new Verdict.Allowed(CLAUSE_IN_FORCE)
                : new Verdict.Refused(CLAUSE_IN_FORCE, "clause " + clause.id() + " is not in force on " + filedOn
                        + " (in force from " + clause.inForceFrom() + (clause.inForceUntil() == null ? "" : " until " + clause.inForceUntil()) + ")",
                        clause.inForceUntil() == null
                                ? Wording.of("clause_not_yet_in_force", clause.id(), filedOn.toString(), clause.inForceFrom().toString())
                                : Wording.of("clause_not_in_force", clause.id(), filedOn.toString(), clause.inForceFrom().toString(), clause.inForceUntil().toString()));
    }

    /**
     * The clause invoked covers the threat, as its text says or as the organization's decisions show: a decision to assist
     * on a request about the threat resting on the clause ({@link ClauseRouting.Precedent}) is evidence that it covers it.
     */
    public static Verdict clauseCoversThreat(Clause clause, ThreatCategory threat, List<ClauseRouting.Precedent> decisions) {
        Objects.requireNonNull(clause, "clause");
        return ClauseRouting.route(clause, threat, decisions, List.of()).covers()
                ? new Verdict.Allowed(CLAUSE_COVERS_THREAT)
                : new Verdict.Refused(CLAUSE_COVERS_THREAT, "clause " + clause.id() + " does not cover " + ClauseRouting.words(threat)
                        + (clause.covers().isEmpty() ? "; its text covers no threat"
                        : "; its text covers " + clause.covers().stream().map(ClauseRouting::words).sorted().toList())
                        + ", and no decision of the organization to assist on a request about " + ClauseRouting.words(threat) + " rested on it",
                        Wording.of("clause_not_covering", clause.id()));
    }

    /**
     * No request of the same state about the same threat is still open (filed, or before the council):
     * the situation is already before the organization.
     */
    public static Verdict noOpenRequestForTheSituation(List<OpenRequest> openRequestsOfTheState, ThreatCategory threat) {
        return openRequestsOfTheState.stream()
                .filter(request -> request.threat() == threat && (request.status() == RequestState.Status.FILED
                        || request.status() == RequestState.Status.UNDER_CONSULTATION))
                .findFirst()
                .<Verdict>map(open -> new Verdict.Refused(NO_OPEN_REQUEST, "request " + open.id() + " about " + threat.code().replace('_', ' ')
                        + " is still open (" + open.status().code().replace('_', ' ') + ")", Wording.of("open_request", open.id())))
                .orElse(new Verdict.Allowed(NO_OPEN_REQUEST));
    }

    /** A request of the requesting state that may still be before the organization: what it is about, and where it stands. */
    public record OpenRequest(String id, ThreatCategory threat, RequestState.Status status) {
    }

    /** Whether the verdicts allow filing: no refusal, and every warning acknowledged. */
    public static boolean allowsFiling(List<Verdict> verdicts, boolean warningsAcknowledged) {
        return verdicts.stream().noneMatch(verdict -> verdict instanceof Verdict.Refused)
                && (warningsAcknowledged || verdicts.stream().noneMatch(verdict -> verdict instanceof Verdict.Warning));
    }
}
