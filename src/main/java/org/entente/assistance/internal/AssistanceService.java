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
import org.entente.command.Result;
import org.entente.assistance.Vote;
import org.entente.audit.AuditedCommands;
import org.entente.audit.AuditedCommands.Changed;
import org.entente.command.Refusal;
import org.entente.command.Verdict;
import org.entente.provenance.Provenance;
import org.entente.provenance.history.RecordedTime;
import org.entente.register.Clause;
import org.entente.register.ClauseKind;
import org.entente.register.DecisionTerms;
import org.entente.register.Exercises;
import org.entente.register.Membership;
import org.entente.register.MembershipHistory;
import org.entente.register.Organization;
import org.entente.register.OrganizationCode;
import org.entente.register.Register;
import org.entente.register.RegisterContent;
import org.entente.register.StateCode;
import org.entente.register.ThreatCategory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * The crisis cycle's commands: file (after the eligibility policies), withdraw, convene the council,
 * vote, close the session with its decision, close the request. Each runs in one transaction that
 * holds the request's row, appends its audit entry and publishes its event ({@link AuditedCommands});
 * a {@link Refusal} says why not.
 */
@Service
class AssistanceService {

    private final Register register;
    private final Exercises exercises;
    private final JdbcFiledRequests requests;
    private final RecordedRequests recorded;
    private final AuditedCommands commands;
    private final Provenance provenance;
    private final Clock clock;

    AssistanceService(Register register, Exercises exercises, JdbcFiledRequests requests, RecordedRequests recorded, AuditedCommands commands,
                      Provenance provenance, Clock clock) {
        this.register = register;
        this.exercises = exercises;
        this.requests = requests;
        this.recorded = recorded;
        this.commands = commands;
        this.provenance = provenance;
        this.clock = clock;
    }

    /** What a liaison or the secretariat submits to file a request. */
    record Filing(StateCode state, ThreatCategory threat, String clause, String description, List<String> sources,
                  boolean acknowledgeWarnings) {
    }

    /**
     * The policies' verdicts on a request about to be filed, and the clauses that cover its threat with the record's evidence and
     * disputes, best supported first (the first is proposed).
     */
    record Check(List<ClauseRouting.Route> candidates, List<Verdict> verdicts, boolean allowsFiling, boolean hasWarnings) {
        String proposedClause() {
            return candidates.isEmpty() ? null : candidates.getFirst().clause().id();
        }
    }

    Check check(Organization organization, StateCode state, ThreatCategory threat, String asked) {
        return check(organization, state, threat, asked, now());
    }

    private Check check(Organization organization, StateCode state, ThreatCategory threat, String asked, Instant at) {
        RegisterContent content = register.content(organization.code(), at).orElseThrow();
        LocalDate day = day(at);
        List<ClauseRouting.Precedent> decisions = precedents(organization, at);
        List<ClauseRouting.Route> candidates = ClauseRouting.candidates(content.clauses(), threat, day, decisions,
                provenance.content(organization.code().value(), at).disagreements());
        var verdicts = new ArrayList<Verdict>();
        MembershipHistory history = Membership.derive(organization.code(), content.events()).history(state)
                .orElseGet(() -> MembershipHistory.derive(state, List.of()));
        verdicts.add(Eligibility.requesterInGoodStanding(history, day));
        String invoked = asked == null || asked.isBlank() ? (candidates.isEmpty() ? null : candidates.getFirst().clause().id()) : asked;
        Optional<Clause> clause = content.clauses().stream().filter(candidate -> candidate.id().equals(invoked)).findFirst();
        if (clause.isPresent()) {
            verdicts.add(Eligibility.clauseInForce(clause.get(), day));
            verdicts.add(Eligibility.clauseCoversThreat(clause.get(), threat, decisions));
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

    /**
     * The organization's decisions on requests, each with the clause it rested on: history's (formal requests whose decision names
     * its clause) and those taken here. Clause routing reads what they show a clause covers.
     */
    private List<ClauseRouting.Precedent> precedents(Organization organization, Instant at) {
        var decisions = new ArrayList<ClauseRouting.Precedent>();
        recorded.all(organization.code(), at).stream()
                .filter(request -> request.isFormal() && request.decision() != null && request.decision().clause() != null)
                .forEach(request -> decisions.add(new ClauseRouting.Precedent(request.id(), request.threat(), request.decision().clause(),
                        request.decision().kind())));
        requests.rows(organization.code()).stream()
                .filter(row -> row.decision() != null && row.decisionClauseId() != null)
                .forEach(row -> decisions.add(new ClauseRouting.Precedent(row.id(), row.threat(), row.decisionClauseId(), row.decision())));
        return List.copyOf(decisions);
    }

    FiledRequest file(Organization organization, Actor actor, Filing filing) {
        boolean liaison = actor.holds(Role.LIAISON, organization.code(), filing.state());
        boolean secretariat = actor.holds(Role.SECRETARIAT, organization.code(), null);
        if (!liaison && !secretariat) {
            throw Refusal.forbidden("a liaison files for their own state, and the secretariat on a state's behalf; you are neither for "
                    + filing.state(), List.of(new Refusal.FieldError("state", "you may not file for " + filing.state())));
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return commands.create(author(actor, organization), "request.file", requests(organization, actor), now -> {
                    requests.lockFilings(organization.code());
                    Check check = check(organization, filing.state(), filing.threat(), filing.clause(), now);
                    boolean acknowledged = filing.acknowledgeWarnings() && secretariat;
                    if (!Eligibility.allowsFiling(check.verdicts(), acknowledged)) {
                        throw ineligible(check, secretariat);
                    }
                    String clause = filing.clause() == null || filing.clause().isBlank() ? check.proposedClause() : filing.clause();
                    String id = requests.nextId(FiledRequest.idPrefix(exercises.isExercise(organization.code()) ? organization.code() : null,
                            filing.state(), now.atOffset(ZoneOffset.UTC).getYear()));
                    var request = new FiledRequest(id, organization.code(), filing.state(), now, filing.threat(), clause,
                            filing.description(), filing.sources(), actor.name(), !liaison, check.hasWarnings() && acknowledged,
                            List.of(new RequestState.Filed(new RequestState.Step(actor.name(), now))), null);
                    requests.insert(request);
                    return Changed.of(request, Map.of("state", filing.state().value(), "threat", filing.threat().code(), "clause", clause,
                                    "onBehalf", !liaison, "warningsAcknowledged", request.warningsAcknowledged()),
                            new RequestEvent.RequestFiled(organization.code().value(), id, filing.state().value(), filing.threat().code(), clause,
                                    !liaison, actor.name(), now));
                });
            } catch (DuplicateKeyException concurrentFirstFiling) {
                if (attempt == 3) {
                    throw conflict("other filings of " + organization.code() + " were being made at the same time; file again");
                }
            }
        }
    }

    private static Refusal ineligible(Check check, boolean secretariat) {
        var errors = check.verdicts().stream()
                .<Refusal.FieldError>mapMulti((verdict, out) -> {
                    switch (verdict) {
                        case Verdict.Refused refused -> out.accept(new Refusal.FieldError(refused.policy(), refused.reason()));
                        case Verdict.Warning warning -> out.accept(new Refusal.FieldError(warning.policy(), warning.reason()
                                + (secretariat ? "; send acknowledgeWarnings to file it" : "; only the secretariat can acknowledge it")));
                        case Verdict.Allowed allowed -> {
                        }
                    }
                })
                .toList();
        return Refusal.of(Refusal.Reason.UNPROCESSABLE, "Not eligible", "the request does not pass the charter's policies: "
                + errors.stream().map(Refusal.FieldError::message).reduce((a, b) -> a + "; " + b).orElse(""), errors);
    }

    FiledRequest withdraw(Organization organization, Actor actor, String id) {
        return change(organization, actor, id, "request.withdraw", (request, now) -> {
            if (!actor.holds(Role.LIAISON, organization.code(), request.state()) && !actor.holds(Role.SECRETARIAT, organization.code(), null)) {
                throw Refusal.forbidden("only " + request.state() + "'s liaison or the secretariat may withdraw this request", List.of());
            }
            RequestState next = done(request.current().withdraw(new RequestState.Step(actor.name(), now)));
            return Changed.of(request.moved(next, request.session()), Map.of("status", next.status().code()),
                    new RequestEvent.RequestWithdrawn(organization.code().value(), id, actor.name(), now));
        });
    }

    FiledRequest convene(Organization organization, Actor actor, String id, Instant opensAt, Instant deadline, DecisionKind motion) {
        return change(organization, actor, id, "request.convene", (request, now) -> {
            Instant opens = opensAt == null ? now : opensAt.truncatedTo(ChronoUnit.MICROS);
            if (opens.isBefore(request.receivedAt())) {
                throw Refusal.invalid("opensAt", "the session cannot open before the request was received (" + request.receivedAt() + ")");
            }
            RegisterContent content = register.content(organization.code(), now).orElseThrow();
            LocalDate sessionDay = day(opens);
            Clause ruleClause = content.clauses().stream()
                    .filter(clause -> clause.isOfKind(ClauseKind.DECISION_RULE) && clause.decisionRule() != null && clause.inForceOn(sessionDay))
                    .findFirst()
                    .orElseThrow(() -> Refusal.of(Refusal.Reason.CONFLICT, "No decision rule", organization.code()
                            + " has no decision-rule clause stating its rule in force on " + sessionDay, List.of()));
            boolean silence = ruleClause.decisionRule().kind() == DecisionTerms.Kind.SILENCE_PROCEDURE;
            if (silence != (deadline != null)) {
                throw Refusal.invalid("deadline", silence ? "the rule is a silence procedure: give its deadline"
                        : "only a silence procedure has a deadline; " + organization.code() + " decides by " + ruleClause.decisionRule().describe());
            }
            if (deadline != null && !deadline.isAfter(opens)) {
                throw Refusal.invalid("deadline", "the silence must end after the session opens (" + opens + ")");
            }
            List<StateCode> voters = Membership.derive(organization.code(), content.events()).inGoodStandingOn(sessionDay);
            RequestState next = done(request.current().convene(new RequestState.Step(actor.name(), now)));
            var session = CouncilSession.convene(opens, deadline == null ? null : deadline.truncatedTo(ChronoUnit.MICROS), motion, ruleClause.decisionRule(), ruleClause.id(), request.state(), voters);
            return Changed.of(request.moved(next, session), Map.of("opensAt", opens.toString(), "motion", motion.code(),
                    "rule", session.terms().text(), "voters", voters.size()), new RequestEvent.CouncilConvened(organization.code().value(), id, opens,
                    deadline, motion.code(), voters.stream().map(StateCode::value).toList(), actor.name(), now));
        });
    }

    FiledRequest vote(Organization organization, Actor actor, String id, StateCode state, Vote vote, String statement) {
        return change(organization, actor, id, "request.vote", (request, now) -> {
            if (!(request.current() instanceof RequestState.UnderConsultation)) {
                throw conflict("votes are cast while the council consults on a request; request " + id + " is "
                        + request.status().code().replace('_', ' '));
            }
            boolean changed = request.session().votes().containsKey(state);
            CouncilSession session = done(request.session().vote(state, new CouncilSession.CastVote(vote, statement, actor.name(), now)));
            return Changed.of(request.withSession(session), Map.of("state", state.value(), "vote", vote.code(), "changed", changed),
                    new RequestEvent.VoteCast(organization.code().value(), id, state.value(), vote.code(), changed, actor.name(), now));
        });
    }

    FiledRequest closeSession(Organization organization, Actor actor, String id) {
        return change(organization, actor, id, "request.decide", (request, now) -> {
            if (request.session() == null) {
                throw conflict("the council has not been convened on request " + id);
            }
            CouncilSession.Closing closing = done(request.session().close(now));
            RequestState next = done(request.current().decide(new RequestState.Step(actor.name(), now), closing.decision(), request.clause()));
            FiledRequest decided = request.moved(next, closing.session());
            return Changed.of(decided, Map.of("decision", closing.decision().code(), "clause", request.clause(), "reason", closing.outcome().reason()),
                    new RequestEvent.RequestDecided(organization.code().value(), id, closing.decision().code(), request.clause(),
                            closing.outcome().reason(), decided.timeToDecision().map(Duration::toSeconds).orElseThrow(), actor.name(), now));
        });
    }

    FiledRequest close(Organization organization, Actor actor, String id) {
        return change(organization, actor, id, "request.close", (request, now) -> {
            RequestState next = done(request.current().close(new RequestState.Step(actor.name(), now)));
            return Changed.of(request.moved(next, request.session()), Map.of("status", next.status().code()),
                    new RequestEvent.RequestClosed(organization.code().value(), id, actor.name(), now));
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
        return readable(organization.code(), actor, status);
    }

    static boolean readable(OrganizationCode organization, Actor actor, RequestState.Status status) {
        ReleaseMarking marking = status == RequestState.Status.DECIDED || status == RequestState.Status.CLOSED
                ? ReleaseMarking.PUBLIC : ReleaseMarking.MEMBERS;
        return marking.readableBy(actor, organization, Set.of());
    }

    /** Runs one change of a request under its row lock ({@link AuditedCommands}): the request as it then stands. */
    private FiledRequest change(Organization organization, Actor actor, String id, String action, AuditedCommands.Change<FiledRequest> change) {
        return commands.change(author(actor, organization), action, requests(organization, actor), id, null, change);
    }

    /** The organization's filed requests as the actor's commands change them: those the actor may read; a request of history is not changed here. */
    private AuditedCommands.Records<String, FiledRequest> requests(Organization organization, Actor actor) {
        return new AuditedCommands.Records<>() {
            @Override
            public Optional<FiledRequest> lock(String id) {
                return requests.lock(organization.code(), id).filter(request -> readable(organization, actor, request.status()));
            }

            @Override
            public Refusal missing(String id) {
                return recorded.all(organization.code(), now()).stream().anyMatch(request -> request.id().equals(id))
                        ? conflict("request " + id + " is part of the historical record; it does not change here")
                        : Refusal.notFound("id", "no request '" + id + "' of " + organization.code());
            }

            /** A request has no version of its own: its lifecycle refuses a step that no longer applies. */
            @Override
            public int version(FiledRequest request) {
                return request.history().size();
            }

            @Override
            public boolean save(FiledRequest before, FiledRequest after) {
                requests.save(before, after);
                return true;
            }

            @Override
            public String kind() {
                return "request";
            }

            @Override
            public Object id(FiledRequest request) {
                return request.id();
            }
        };
    }

    private static AuditedCommands.Author author(Actor actor, Organization organization) {
        return new AuditedCommands.Author(actor.name(), actor.rolesIn(organization.code()), organization.code().value());
    }

    private static <T> T done(Result<T> result) {
        return switch (result) {
            case Result.Done<T> done -> done.value();
            case Result.Refused<T> refused -> throw conflict(refused.reason());
        };
    }

    private static Refusal conflict(String reason) {
        return Refusal.conflict(reason, List.of());
    }

    private Instant now() {
        return RecordedTime.now(clock);
    }

    private static LocalDate day(Instant at) {
        return at.atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
