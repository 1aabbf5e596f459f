package org.entente.assistance.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.entente.access.Actor;
import org.entente.access.ReleaseMarking;
import org.entente.access.Role;
import org.entente.assistance.ClauseRouting;
import org.entente.assistance.CouncilSession;
import org.entente.assistance.DecisionKind;
import org.entente.assistance.Eligibility;
import org.entente.assistance.FiledRequest;
import org.entente.assistance.RecordedRequests;
import org.entente.assistance.RequestEvent;
import org.entente.assistance.RequestState;
import org.entente.assistance.Result;
import org.entente.assistance.Verdict;
import org.entente.assistance.Vote;
import org.entente.audit.AuditRecord;
import org.entente.audit.AuditTrail;
import org.entente.provenance.Digests;
import org.entente.register.Clause;
import org.entente.register.ClauseKind;
import org.entente.register.DecisionTerms;
import org.entente.register.Membership;
import org.entente.register.MembershipHistory;
import org.entente.register.Organization;
import org.entente.register.Register;
import org.entente.register.RegisterContent;
import org.entente.register.StateCode;
import org.entente.register.ThreatCategory;
import org.entente.web.Problems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The crisis cycle's commands: file (after the eligibility policies), withdraw, convene the council,
 * vote, close the session with its decision, close the request. Each runs in one transaction that
 * holds the request's row, appends its audit entry and publishes its event; a refusal is an RFC 9457
 * answer that says why.
 */
@Service
class AssistanceService {

    private final Register register;
    private final JdbcFiledRequests requests;
    private final RecordedRequests recorded;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final Clock clock;

    AssistanceService(Register register, JdbcFiledRequests requests, RecordedRequests recorded, AuditTrail audit, ApplicationEventPublisher events,
                      TransactionTemplate transaction, JsonMapper json, Clock clock) {
        this.register = register;
        this.requests = requests;
        this.recorded = recorded;
        this.audit = audit;
        this.events = events;
        this.transaction = transaction;
        this.json = json;
        this.clock = clock;
    }

    /** What a liaison or the secretariat submits to file a request. */
    record Filing(StateCode state, ThreatCategory threat, String clauseId, String description, List<String> sources,
                  boolean acknowledgeWarnings) {
    }

    /** The policies' verdicts on a request about to be filed, and the clauses that cover its threat (the first is proposed). */
    record Check(List<Clause> candidates, List<Verdict> verdicts, boolean allowsFiling, boolean hasWarnings) {
        String proposedClause() {
            return candidates.isEmpty() ? null : candidates.getFirst().id();
        }
    }

    Check check(Organization organization, StateCode state, ThreatCategory threat, String clauseId) {
        return check(organization, state, threat, clauseId, now());
    }

    private Check check(Organization organization, StateCode state, ThreatCategory threat, String clauseId, Instant at) {
        RegisterContent content = register.content(organization.code(), at).orElseThrow();
        LocalDate day = day(at);
        List<Clause> candidates = ClauseRouting.candidates(content.clauses(), threat, day);
        var verdicts = new ArrayList<Verdict>();
        MembershipHistory history = Membership.derive(organization.code(), content.events()).history(state)
                .orElseGet(() -> MembershipHistory.derive(state, List.of()));
        verdicts.add(Eligibility.requesterInGoodStanding(history, day));
        String invoked = clauseId == null || clauseId.isBlank() ? (candidates.isEmpty() ? null : candidates.getFirst().id()) : clauseId;
        Optional<Clause> clause = content.clauses().stream().filter(candidate -> candidate.id().equals(invoked)).findFirst();
        if (clause.isPresent()) {
            verdicts.add(Eligibility.clauseInForce(clause.get(), day));
            verdicts.add(Eligibility.clauseCoversThreat(clause.get(), threat));
        } else {
            verdicts.add(new Verdict.Refused(Eligibility.CLAUSE_IN_FORCE, invoked == null
                    ? "no clause of " + organization.code() + " in force covers " + threat.code().replace('_', ' ')
                    : "no clause '" + invoked + "' in " + organization.code() + "'s register"));
        }
        List<Eligibility.OpenRequest> open = requests.openOf(organization.code(), state).stream()
                .map(row -> new Eligibility.OpenRequest(row.id(), row.threat(), row.status()))
                .toList();
        verdicts.add(Eligibility.noOpenRequestForTheSituation(open, threat));
        return new Check(candidates, List.copyOf(verdicts), Eligibility.allowsFiling(verdicts, false),
                verdicts.stream().anyMatch(Verdict.Warning.class::isInstance));
    }

    FiledRequest file(Organization organization, Actor actor, Filing filing) {
        boolean liaison = actor.holds(Role.LIAISON, organization.code(), filing.state());
        boolean secretariat = actor.holds(Role.SECRETARIAT, organization.code(), null);
        if (!liaison && !secretariat) {
            throw Problems.of(HttpStatus.FORBIDDEN, "Forbidden", "a liaison files for their own state, and the secretariat on a state's behalf; you are neither for "
                    + filing.state(), List.of(new Problems.FieldError("state", "you may not file for " + filing.state())));
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> {
                    requests.lockFilings(organization.code());
                    Instant now = now();
                    Check check = check(organization, filing.state(), filing.threat(), filing.clauseId(), now);
                    boolean acknowledged = filing.acknowledgeWarnings() && secretariat;
                    if (!Eligibility.allowsFiling(check.verdicts(), acknowledged)) {
                        throw ineligible(check, secretariat);
                    }
                    String clause = filing.clauseId() == null || filing.clauseId().isBlank() ? check.proposedClause() : filing.clauseId();
                    String id = requests.nextId(filing.state(), now.atOffset(ZoneOffset.UTC).getYear());
                    var request = new FiledRequest(id, organization.code(), filing.state(), now, filing.threat(), clause,
                            filing.description(), filing.sources(), actor.name(), !liaison, check.hasWarnings() && acknowledged,
                            List.of(new RequestState.Filed(new RequestState.Step(actor.name(), now))), null);
                    requests.insert(request);
                    record(actor, request, "request.file", null, json.writeValueAsString(Map.of("state", filing.state().value(),
                            "threat", filing.threat().code(), "clause", clause, "onBehalf", !liaison,
                            "warningsAcknowledged", request.warningsAcknowledged())));
                    events.publishEvent(new RequestEvent.RequestFiled(organization.code().value(), id, filing.state().value(),
                            filing.threat().code(), clause, !liaison, actor.name(), now));
                    return request;
                });
            } catch (DuplicateKeyException concurrentFirstFiling) {
                if (attempt == 3) {
                    throw conflict("other filings of " + organization.code() + " were being made at the same time; file again");
                }
            }
        }
    }

    private static RuntimeException ineligible(Check check, boolean secretariat) {
        var errors = check.verdicts().stream()
                .<Problems.FieldError>mapMulti((verdict, out) -> {
                    switch (verdict) {
                        case Verdict.Refused refused -> out.accept(new Problems.FieldError(refused.policy(), refused.reason()));
                        case Verdict.Warning warning -> out.accept(new Problems.FieldError(warning.policy(), warning.reason()
                                + (secretariat ? "; send acknowledgeWarnings to file it" : "; only the secretariat can acknowledge it")));
                        case Verdict.Allowed allowed -> {
                        }
                    }
                })
                .toList();
        return Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "Not eligible", "the request does not pass the charter's policies: "
                + errors.stream().map(Problems.FieldError::message).reduce((a, b) -> a + "; " + b).orElse(""), errors);
    }

    FiledRequest withdraw(Organization organization, Actor actor, String id) {
        return change(organization, actor, id, "request.withdraw", request -> {
            if (!actor.holds(Role.LIAISON, organization.code(), request.state()) && !actor.holds(Role.SECRETARIAT, organization.code(), null)) {
                throw Problems.of(HttpStatus.FORBIDDEN, "Forbidden", "only " + request.state() + "'s liaison or the secretariat may withdraw this request", List.of());
            }
            Instant now = now();
            RequestState next = done(request.current().withdraw(new RequestState.Step(actor.name(), now)));
            events.publishEvent(new RequestEvent.RequestWithdrawn(organization.code().value(), id, actor.name(), now));
            return new Changed(request.moved(next, request.session()), Map.of("status", next.status().code()));
        });
    }

    FiledRequest convene(Organization organization, Actor actor, String id, Instant opensAt, Instant deadline, DecisionKind motion) {
        return change(organization, actor, id, "request.convene", request -> {
            Instant now = now();
            Instant opens = opensAt == null ? now : opensAt.truncatedTo(ChronoUnit.MICROS);
            if (opens.isBefore(request.receivedAt())) {
                throw Problems.badRequest("opensAt", "the session cannot open before the request was received (" + request.receivedAt() + ")");
            }
            RegisterContent content = register.content(organization.code(), now).orElseThrow();
            LocalDate sessionDay = day(opens);
            Clause ruleClause = content.clauses().stream()
                    .filter(clause -> clause.isOfKind(ClauseKind.DECISION_RULE) && clause.decisionRule() != null && clause.inForceOn(sessionDay))
                    .findFirst()
                    .orElseThrow(() -> Problems.of(HttpStatus.CONFLICT, "No decision rule", organization.code()
                            + " has no decision-rule clause stating its rule in force on " + sessionDay, List.of()));
            boolean silence = ruleClause.decisionRule().kind() == DecisionTerms.Kind.SILENCE_PROCEDURE;
            if (silence != (deadline != null)) {
                throw Problems.badRequest("deadline", silence ? "the rule is a silence procedure: give its deadline"
                        : "only a silence procedure has a deadline; " + organization.code() + " decides by " + ruleClause.decisionRule().describe());
            }
            if (deadline != null && !deadline.isAfter(opens)) {
                throw Problems.badRequest("deadline", "the silence must end after the session opens (" + opens + ")");
            }
            List<StateCode> voters = Membership.derive(organization.code(), content.events()).inGoodStandingOn(sessionDay);
            RequestState next = done(request.current().convene(new RequestState.Step(actor.name(), now)));
            var session = CouncilSession.convene(opens, deadline == null ? null : deadline.truncatedTo(ChronoUnit.MICROS), motion, ruleClause.decisionRule(), ruleClause.id(), request.state(), voters);
            events.publishEvent(new RequestEvent.CouncilConvened(organization.code().value(), id, opens, deadline, motion.code(),
                    voters.stream().map(StateCode::value).toList(), actor.name(), now));
            return new Changed(request.moved(next, session), Map.of("opensAt", opens.toString(), "motion", motion.code(),
                    "rule", session.terms().text(), "voters", voters.size()));
        });
    }

    FiledRequest vote(Organization organization, Actor actor, String id, StateCode state, Vote vote, String statement) {
        return change(organization, actor, id, "request.vote", request -> {
            if (!(request.current() instanceof RequestState.UnderConsultation)) {
                throw conflict("votes are cast while the council consults on a request; request " + id + " is "
                        + request.status().code().replace('_', ' '));
            }
            Instant now = now();
            boolean changed = request.session().votes().containsKey(state);
            CouncilSession session = done(request.session().vote(state, new CouncilSession.CastVote(vote, statement, actor.name(), now)));
            events.publishEvent(new RequestEvent.VoteCast(organization.code().value(), id, state.value(), vote.code(), changed, actor.name(), now));
            return new Changed(request.withSession(session), Map.of("state", state.value(), "vote", vote.code(), "changed", changed));
        });
    }

    FiledRequest closeSession(Organization organization, Actor actor, String id) {
        return change(organization, actor, id, "request.decide", request -> {
            if (request.session() == null) {
                throw conflict("the council has not been convened on request " + id);
            }
            Instant now = now();
            CouncilSession.Closing closing = done(request.session().close(now));
            RequestState next = done(request.current().decide(new RequestState.Step(actor.name(), now), closing.decision(), request.clauseId()));
            FiledRequest decided = request.moved(next, closing.session());
            events.publishEvent(new RequestEvent.RequestDecided(organization.code().value(), id, closing.decision().code(), request.clauseId(),
                    closing.outcome().reason(), decided.timeToDecision().map(Duration::toSeconds).orElseThrow(), actor.name(), now));
            return new Changed(decided, Map.of("decision", closing.decision().code(), "clause", request.clauseId(),
                    "reason", closing.outcome().reason()));
        });
    }

    FiledRequest close(Organization organization, Actor actor, String id) {
        return change(organization, actor, id, "request.close", request -> {
            Instant now = now();
            RequestState next = done(request.current().close(new RequestState.Step(actor.name(), now)));
            events.publishEvent(new RequestEvent.RequestClosed(organization.code().value(), id, actor.name(), now));
            return new Changed(request.moved(next, request.session()), Map.of("status", next.status().code()));
        });
    }

    /** The request, if the actor may read it: a decided or closed request is public record, an open or withdrawn one the organization's. */
    Optional<FiledRequest> find(Organization organization, Actor actor, String id) {
        return requests.find(organization.code(), id).filter(request -> readable(organization, actor, request.status()));
    }

    List<JdbcFiledRequests.Row> list(Organization organization, Actor actor) {
        return requests.rows(organization.code()).stream().filter(row -> readable(organization, actor, row.status())).toList();
    }

    static boolean readable(Organization organization, Actor actor, RequestState.Status status) {
        ReleaseMarking marking = status == RequestState.Status.DECIDED || status == RequestState.Status.CLOSED
                ? ReleaseMarking.PUBLIC : ReleaseMarking.MEMBERS;
        return marking.readableBy(actor, organization.code(), Set.of());
    }

    /** A request after a change, and what the audit entry says of it. */
    private record Changed(FiledRequest request, Map<String, Object> details) {
    }

    /** Runs one change of a request under its row lock, and records it in the audit trail in the same transaction. */
    private FiledRequest change(Organization organization, Actor actor, String id, String action, Function<FiledRequest, Changed> change) {
        return transaction.execute(status -> {
            FiledRequest before = requests.lock(organization.code(), id)
                    .filter(request -> readable(organization, actor, request.status()))
                    .orElseThrow(() -> recorded.all(organization.code(), now()).stream().anyMatch(request -> request.id().equals(id))
                            ? conflict("request " + id + " is part of the historical record; it does not change here")
                            : Problems.notFound("id", "no request '" + id + "' of " + organization.code()));
            Changed changed = change.apply(before);
            requests.save(before, changed.request());
            record(actor, changed.request(), action, before, json.writeValueAsString(changed.details()));
            return changed.request();
        });
    }

    private void record(Actor actor, FiledRequest request, String action, FiledRequest before, String details) {
        audit.append(new AuditRecord(actor.name(), actor.rolesIn(request.organization()), request.organization().value(), action,
                "request:" + request.id(), before == null ? null : digest(before), digest(request), details));
    }

    private String digest(FiledRequest request) {
        return Digests.sha256(json.writeValueAsString(request));
    }

    private static <T> T done(Result<T> result) {
        return switch (result) {
            case Result.Done<T> done -> done.value();
            case Result.Refused<T> refused -> throw conflict(refused.reason());
        };
    }

    private static RuntimeException conflict(String reason) {
        return Problems.of(HttpStatus.CONFLICT, "Conflict", reason, List.of());
    }

    /** Now, to the microsecond the databases keep, so that what a step wrote reads back the same. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static LocalDate day(Instant at) {
        return at.atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
