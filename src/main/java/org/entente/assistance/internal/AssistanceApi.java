package org.entente.assistance.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.function.BiFunction;
import org.entente.access.Actor;
import org.entente.assistance.DecisionKind;
import org.entente.assistance.FiledRequest;
import org.entente.assistance.Vote;
import java.util.List;
import org.entente.access.CurrentActor;
import org.entente.assistance.internal.RequestViews.CandidateView;
import org.entente.assistance.internal.RequestViews.Summary;
import org.entente.assistance.internal.RequestViews.VerdictView;
import org.entente.assistance.internal.RequestViews.View;
import org.entente.register.Organization;
import org.entente.web.PageOf;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Requests for assistance and council sessions: file, check eligibility, withdraw, convene, vote, decide, close; read the record. */
@RestController
@RequestMapping("/api/v1/organizations/{organization}/requests")
@Tag(name = "Assistance", description = "Requests for assistance, council sessions and decisions")
class AssistanceApi {

    private final RequestViews views;
    private final AssistanceService service;
    private final CurrentActor actor;

    AssistanceApi(RequestViews views, AssistanceService service, CurrentActor actor) {
        this.views = views;
        this.service = service;
        this.actor = actor;
    }

    record NewRequest(String state, String threat, String clause, String description, List<String> sources, Boolean acknowledgeWarnings) {
    }

    record Convening(Instant opensAt, Instant deadline, String motion) {
    }

    record Ballot(String vote, String statement) {
    }

    /**
     * The policies' verdicts and the clause proposed: {@code candidates} are the clauses covering the threat, best supported by the
     * record first (the first is {@code proposedClause}), each with its evidence and, where the register disputes it, the dispute.
     */
    record Eligibility(String proposedClause, List<String> candidateClauses, List<CandidateView> candidates, List<VerdictView> verdicts,
                       boolean allowsFiling, boolean hasWarnings) {
    }

    @GetMapping
    @Operation(summary = "An organization's requests, recorded by history or filed here, with outcome and time to decision",
            description = "Decided and closed requests are public; open and withdrawn ones are shown to the organization's role holders only. "
                    + "Requests outside the organization's formal record (record: informal, with the reason in outsideFormalRecord) are "
                    + "never listed or counted with the formal ones: record=informal lists them, record=all both.")
    PageOf<Summary> list(@PathVariable String organization, @RequestParam(defaultValue = "0") int page,
                         @RequestParam(defaultValue = "" + PageOf.DEFAULT_SIZE) int size,
                         @Parameter(description = "Which record: formal (the default), informal (requests outside the organization's formal record, "
                                 + "e.g. an informal ministerial proposal) or all") @RequestParam(required = false) String record,
                         @Parameter(description = "Only this requesting state") @RequestParam(required = false) String state,
                         @Parameter(description = "Only this threat category") @RequestParam(required = false) String threat,
                         @Parameter(description = "Only this decision (deploy_forces, non_military_assistance, rejected, deferred)") @RequestParam(required = false) String decision,
                         @Parameter(description = "Only this status (filed, under_consultation, decided, closed, withdrawn)") @RequestParam(required = false) String status) {
        PageOf.check(page, size);
        Organization org = views.organization(organization);
        List<Summary> all = RequestForms.filter(record, state, threat, decision, status).apply(views.list(org, actor.get()));
        return PageOf.of(all, page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One request with its story: steps, session and tally, decision, sources")
    View request(@PathVariable String organization, @PathVariable String id) {
        return views.require(views.organization(organization), actor.get(), id);
    }

    @GetMapping("/eligibility")
    @Operation(summary = "The charter's policies on a request before it is filed, and the clause proposed for its threat",
            description = "A clause covers a threat if its text says so or if the organization decided to assist (deploy forces, non-military "
                    + "assistance) on a request about that threat resting on it. candidates lists the clauses in force covering the threat, "
                    + "best supported first: a clause the register does not dispute before a disputed one (disputed, with its disagreements), "
                    + "then the one decisions rested on most, then one whose text covers it. The first is proposedClause; a disputed one is "
                    + "proposed only where no undisputed clause covers the threat, and then carries disputed: true.")
    Eligibility eligibility(@PathVariable String organization, @RequestParam String state, @RequestParam String threat,
                            @RequestParam(required = false) String clause) {
        Organization org = views.organization(organization);
        var check = service.check(org, RequestForms.state(state), RequestForms.threat(threat), clause);
        return new Eligibility(check.proposedClause(), check.candidates().stream().map(route -> route.clause().id()).toList(),
                check.candidates().stream().map(CandidateView::of).toList(), check.verdicts().stream().map(VerdictView::of).toList(),
                check.allowsFiling(), check.hasWarnings());
    }

    @PostMapping
    @Operation(summary = "File a request: a liaison for their own state, the secretariat on a state's behalf",
            description = "Without a clause, the proposed one is invoked. 422 lists every policy that refuses; a warning needs acknowledgeWarnings from the secretariat.")
    @ApiResponse(responseCode = "201", description = "Filed: the request as it stands, its address in Location", useReturnTypeSchema = true)
    ResponseEntity<View> file(@PathVariable String organization, @RequestBody NewRequest request) {
        Organization org = views.organization(organization);
        var filing = RequestForms.filing(request.state(), request.threat(), request.clause(), request.description(), request.sources(),
                Boolean.TRUE.equals(request.acknowledgeWarnings()));
        var filed = service.file(org, actor.get(), filing);
        return ResponseEntity.created(URI.create("/api/v1/organizations/" + org.code().value() + "/requests/" + filed.id())).body(views.view(filed));
    }

    @PostMapping("/{id}/withdrawal")
    @Operation(summary = "Withdraw a request before its decision (its state's liaison or the secretariat)")
    View withdraw(@PathVariable String organization, @PathVariable String id) {
        return step(organization, (org, current) -> service.withdraw(org, current, id));
    }

    @PostMapping("/{id}/session")
    @Operation(summary = "Convene the council on a request (the secretariat)",
            description = "The voters are the members in good standing on the session's date; the rule is the organization's decision-rule clause. A silence procedure needs a deadline.")
    View convene(@PathVariable String organization, @PathVariable String id, @RequestBody Convening convening) {
        DecisionKind motion = RequestForms.motion(convening.motion());
        return step(organization, (org, current) -> service.convene(org, current, id, convening.opensAt(), convening.deadline(), motion));
    }

    @PutMapping("/{id}/session/votes/{state}")
    @Operation(summary = "Vote for one's own state: for, against or abstain, with an optional statement; changeable until the session closes")
    View vote(@PathVariable String organization, @PathVariable String id, @PathVariable String state, @RequestBody Ballot ballot) {
        Vote vote = RequestForms.vote(ballot.vote());
        String statement = RequestForms.statement(ballot.statement());
        return step(organization, (org, current) -> service.vote(org, current, id, RequestForms.state(state), vote, statement));
    }

    @PostMapping("/{id}/session/closure")
    @Operation(summary = "Close the session (the secretariat): the rule decides, and the decision cites the clause invoked")
    View closeSession(@PathVariable String organization, @PathVariable String id) {
        return step(organization, (org, current) -> service.closeSession(org, current, id));
    }

    @PostMapping("/{id}/closure")
    @Operation(summary = "Close a decided request (the secretariat)")
    View close(@PathVariable String organization, @PathVariable String id) {
        return step(organization, (org, current) -> service.close(org, current, id));
    }

    /** One step of a request by the current actor; the request as it now stands. */
    private View step(String organization, BiFunction<Organization, Actor, FiledRequest> step) {
        return views.view(step.apply(views.organization(organization), actor.get()));
    }
}
