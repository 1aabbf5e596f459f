package org.entente.assistance.internal;

import org.entente.web.Durations;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.entente.access.Actor;
import org.entente.assistance.ClauseRouting;
import org.entente.assistance.CouncilSession;
import org.entente.assistance.FiledRequest;
import org.entente.assistance.Outcome;
import org.entente.assistance.RecordedRequest;
import org.entente.assistance.RecordedRequests;
import org.entente.assistance.RequestState;
import org.entente.assistance.Vote;
import org.entente.command.Refusal;
import org.entente.command.Verdict;
import org.entente.command.Wording;
import org.entente.provenance.Disagreement;
import org.entente.register.Coded;
import org.entente.register.DecisionTerms;
import org.entente.register.Organization;
import org.entente.register.Register;
import org.entente.register.StateCode;
import org.springframework.stereotype.Component;

/**
 * Requests as the API and the pages show them, whether history recorded them (from the dataset) or
 * they were filed in Entente: one list with the outcome and the time to decision, and one request with
 * its story.
 */
@Component
class RequestViews {

    private final Register register;
    private final RecordedRequests recorded;
    private final AssistanceService service;
    private final Clock clock;

    RequestViews(Register register, RecordedRequests recorded, AssistanceService service, Clock clock) {
        this.register = register;
        this.recorded = recorded;
        this.service = service;
        this.clock = clock;
    }

    /** Where a request's record comes from: history (the dataset) or a filing in Entente. */
    enum Origin implements Coded {
        RECORDED, FILED
    }

    /** Whether a request is of the organization's formal record, or outside it (history's only: a filing is formal). */
    enum Record implements Coded {
        FORMAL, INFORMAL;

        static Record of(RecordedRequest request) {
            return request.isFormal() ? FORMAL : INFORMAL;
        }
    }

    /** The time from receipt to decision: exact for a filing, in whole days where history dates both to the day. */
    record TimeToDecision(Long seconds, Long days, String text) {
        static TimeToDecision of(Duration duration) {
            return new TimeToDecision(duration.toSeconds(), null, Durations.text(duration));
        }

        static TimeToDecision ofDays(Long days) {
            return days == null ? null : new TimeToDecision(null, days, days == 0 ? "the same day" : days == 1 ? "1 day" : days + " days");
        }
    }

    /**
     * A request in the list: its decision is the same object as in the detail ({@link Decision}); {@code record} says
     * whether it is of the formal record, and {@code outsideFormalRecord} why not where it is not.
     */
    record Summary(String id, Origin origin, String state, String received, String threat, String clause, String status,
                   Decision decision, TimeToDecision timeToDecision, Record record, String outsideFormalRecord) {
    }

    /**
     * What was decided, in the dataset format's names: its kind, its {@code date} (to the day or coarser where history
     * recorded it, to the second for a filing), the clause it rests on, the body that decided, a summary, the rule's reason
     * (a filing's), and the votes history recorded (a recorded request's; a filing's are in its session).
     */
    record Decision(String kind, String date, String clause, String body, String summary, String reason, List<RecordedVote> votes) {

        static Decision of(RecordedRequest.Decision decision) {
            return decision == null ? null : new Decision(decision.kind().code(), decision.date().toString(), decision.clause(), decision.body(),
                    decision.summary(), null, decision.votes().entrySet().stream()
                    .map(vote -> new RecordedVote(vote.getKey().value(), vote.getValue().code())).toList());
        }
    }

    /** A vote as history recorded it, as the dataset format writes it. */
    record RecordedVote(String state, String vote) {
    }

    /**
     * A step of a filing's story: its {@code detail} as the API has always written it ({@code deploy_forces on CST-ART4}), and
     * the decision and its clause on their own ({@code decision}, {@code clause}), for a page to put into words; null but on a decision.
     */
    record Step(String status, String by, Instant at, String detail, String decision, String clause) {
    }

    record Response(String date, String action) {
    }

    record CastVote(String state, String vote, String statement, String by, Instant at) {
    }

    /** The tally; {@code why} is its reason for the page to word (null where only the English reason kept is known). */
    record Tally(long forIt, long against, long abstain, long notVoted, String outcome, String reason, Wording why) {
    }

    /** A council session: {@code body} is the body its rule applies to (the decision-rule clause's), null where the record names none. */
    record Session(Instant opensAt, Instant deadline, String motion, String body, String ruleClause, String rule, String ruleText, List<String> voters,
                   List<CastVote> votes, List<String> notYetVoted, Tally tally, Instant closedAt, boolean requesterVotes) {
    }

    /**
     * A clause that covers the threat of a request about to be filed, as the record supports it: whether its text covers the
     * threat, the organization's decisions to assist that rested on it for the threat, the evidence in words, and whether the
     * register disputes the clause (its existence or basis), with the disagreements that do (every claim, the preferred one and why),
     * and the register's disagreements about its other attributes (a date, a title), which do not dispute it.
     */
    record CandidateView(String clause, String title, boolean coveredByText, List<PrecedentView> decisions, String evidence, boolean disputed,
                         List<Disagreement> disagreements, List<Disagreement> otherDisagreements, Map<String, Map<String, String>> translations) {
        static CandidateView of(ClauseRouting.Route route) {
            return new CandidateView(route.clause().id(), route.clause().title(), route.coveredByText(),
                    route.precedents().stream().map(PrecedentView::of).toList(), route.evidence(), route.disputed(), route.disputes(),
                    route.otherDisagreements(), route.clause().translations());
        }
    }

    /** A decision to assist on a request about the threat that rested on the clause: the request, its threat, what was decided. */
    record PrecedentView(String request, String threat, String decision) {
        static PrecedentView of(ClauseRouting.Precedent precedent) {
            return new PrecedentView(precedent.request(), precedent.threat().code(), precedent.decision().code());
        }
    }

    /**
     * One policy's verdict: allowed, warning (the secretariat must acknowledge it) or refused, with the reason in English and,
     * where the policy gives it, its {@code wording} for the page's language.
     */
    record VerdictView(String policy, String verdict, String reason, Wording wording) {
        static VerdictView of(Verdict verdict) {
            return switch (verdict) {
                case Verdict.Allowed allowed -> new VerdictView(allowed.policy(), "allowed", null, null);
                case Verdict.Warning warning -> new VerdictView(warning.policy(), "warning", warning.reason(), warning.wording());
                case Verdict.Refused refused -> new VerdictView(refused.policy(), "refused", refused.reason(), refused.wording());
            };
        }
    }

    /**
     * Votes history did not record are left out of {@code decision.votes} ({@code votesUnrecorded}): unknown, never invented.
     * A request outside the formal record is shown, marked ({@code record}, {@code outsideFormalRecord}).
     */
    record View(String id, Origin origin, String organization, String state, String received, String threat, String clause,
                String description, String addressedTo, String status, String filedBy, Boolean onBehalf, Boolean warningsAcknowledged,
                Decision decision, TimeToDecision timeToDecision, List<Step> steps, List<Response> responses, Session session,
                boolean votesUnrecorded, String note, List<String> sources, Record record, String outsideFormalRecord) {
    }

    /** The organization the address names, as currently registered. */
    Organization organization(String code) {
        return register.organizationNamed("organization", code, clock.instant());
    }

    /** Every request the actor may read, of the formal record or not: {@link RequestFilter} chooses which to list and count. */
    List<Summary> list(Organization organization, Actor actor) {
        Stream<Summary> history = recorded.all(organization.code(), clock.instant()).stream().map(RequestViews::summary);
        Stream<Summary> filed = service.list(organization, actor).stream().map(RequestViews::summary);
        return Stream.concat(history, filed).sorted(Comparator.comparing(Summary::received).thenComparing(Summary::id)).toList();
    }

    Optional<View> view(Organization organization, Actor actor, String id) {
        return service.find(organization, actor, id).map(this::view)
                .or(() -> recorded.all(organization.code(), clock.instant()).stream().filter(request -> request.id().equals(id)).findFirst()
                        .map(request -> view(organization, request)));
    }

    View require(Organization organization, Actor actor, String id) {
        return view(organization, actor, id).orElseThrow(() -> Refusal.notFound("id", "no request '" + id + "' of " + organization.code()));
    }

    private static Summary summary(RecordedRequest request) {
        return new Summary(request.id(), Origin.RECORDED, request.state().value(), request.received().toString(), request.threat().code(),
                request.clause(), request.decision() == null ? "filed" : "decided", Decision.of(request.decision()),
                TimeToDecision.ofDays(request.daysToDecision()), Record.of(request), request.outsideFormalRecord());
    }

    private static Summary summary(JdbcFiledRequests.Row row) {
        return new Summary(row.id(), Origin.FILED, row.state().value(), row.receivedAt().truncatedTo(ChronoUnit.SECONDS).toString(), row.threat().code(), row.clause(),
                row.status().code(), row.decision() == null || row.decidedAt() == null ? null
                        : new Decision(row.decision().code(), row.decidedAt().truncatedTo(ChronoUnit.SECONDS).toString(), row.decisionClauseId(), null, null, null, null),
                row.decidedAt() == null ? null : TimeToDecision.of(Duration.between(row.receivedAt(), row.decidedAt())), Record.FORMAL, null);
    }

    private View view(Organization organization, RecordedRequest request) {
        var decision = request.decision();
        return new View(request.id(), Origin.RECORDED, organization.code().value(), request.state().value(), request.received().toString(),
                request.threat().code(), request.clause(), request.description(), request.addressedTo(),
                decision == null ? "filed" : "decided", null, null, null, Decision.of(decision),
                TimeToDecision.ofDays(request.daysToDecision()), List.of(),
                request.responses().stream().map(response -> new Response(response.date().toString(), response.action())).toList(), null,
                decision != null, request.note(), request.sources(), Record.of(request), request.outsideFormalRecord());
    }

    View view(FiledRequest request) {
        var decided = request.decision();
        Decision decision = decided.map(step -> new Decision(step.decision().code(), step.step().at().truncatedTo(ChronoUnit.SECONDS).toString(), step.clause(),
                request.session() == null ? null : request.session().terms().body(), null,
                request.session() == null ? null : request.session().outcomeReason(), null)).orElse(null);
        List<Step> steps = new ArrayList<>();
        for (RequestState state : request.history()) {
            steps.add(new Step(state.status().code(), state.step().by(), state.step().at().truncatedTo(ChronoUnit.SECONDS),
                    state instanceof RequestState.Decided d ? d.decision().code() + " on " + d.clause() : null,
                    state instanceof RequestState.Decided d ? d.decision().code() : null,
                    state instanceof RequestState.Decided d ? d.clause() : null));
        }
        return new View(request.id(), Origin.FILED, request.organization().value(), request.state().value(),
                request.receivedAt().truncatedTo(ChronoUnit.SECONDS).toString(),
                request.threat().code(), request.clause(), request.description(), null, request.status().code(), request.filedBy(),
                request.onBehalf(), request.warningsAcknowledged(), decision, request.timeToDecision().map(TimeToDecision::of).orElse(null),
                steps, List.of(), request.session() == null ? null : session(request.session()), false, null, request.sources(), Record.FORMAL, null);
    }

    /** The rule's terms as text ({@code rule}) without its body, which the session names on its own ({@code body}). */
    private static DecisionTerms withoutBody(DecisionTerms terms) {
        return new DecisionTerms(terms.kind(), terms.quorum(), terms.threshold(), terms.requesterVotes(), null);
    }

    /**
     * The wording of a closed session's reason: the rule's outcome on its ballot at its closing, where that is the reason the
     * session kept (null otherwise, and the page shows the English kept).
     */
    private static Wording closingWording(CouncilSession session) {
        Outcome atClosing = session.outcome(session.closedAt());
        return atClosing.reason().equals(session.outcomeReason()) ? atClosing.why() : null;
    }

    Session session(CouncilSession session) {
        Instant now = clock.instant();
        Outcome outcome = session.closed() ? null : session.outcome(now);
        var ballot = session.ballot().votes();
        long forIt = ballot.values().stream().filter(vote -> vote == Vote.FOR).count();
        long against = ballot.values().stream().filter(vote -> vote == Vote.AGAINST).count();
        long abstain = ballot.values().stream().filter(vote -> vote == Vote.ABSTAIN).count();
        var tally = new Tally(forIt, against, abstain, session.notYetVoted().size(),
                outcome == null ? "closed" : outcome.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT),
                outcome == null ? session.outcomeReason() : outcome.reason(), outcome == null ? closingWording(session) : outcome.why());
        return new Session(session.opensAt(), session.deadline(), session.motion().code(), session.terms().body(), session.ruleClauseId(), withoutBody(session.terms()).text(),
                session.terms().describe(), session.voters().stream().map(StateCode::value).toList(),
                session.votes().entrySet().stream().map(vote -> new CastVote(vote.getKey().value(), vote.getValue().vote().code(),
                        vote.getValue().statement(), vote.getValue().by(), vote.getValue().at())).toList(),
                session.notYetVoted().stream().map(StateCode::value).toList(), tally, session.closedAt(), session.terms().requesterVotes());
    }
}
