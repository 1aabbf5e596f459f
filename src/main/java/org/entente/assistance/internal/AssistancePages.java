package org.entente.assistance.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.entente.access.Actor;
import org.entente.access.CurrentActor;
import org.entente.access.ReleaseMarking;
import org.entente.access.Role;
import org.entente.assistance.DecisionKind;
import org.entente.assistance.RequestState;
import org.entente.assistance.Vote;
import org.entente.command.Refusal;
import org.entente.provenance.Provenance;
import org.entente.register.Clause;
import org.entente.register.Organization;
import org.entente.register.Register;
import org.entente.register.StateCode;
import org.entente.register.ThreatCategory;
import org.entente.web.Csv;
import org.entente.web.FormAttempt;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of the crisis cycle: an organization's requests, filing one (with the policies' verdicts
 * shown live), a request's story with its council session (the tally refreshes itself while the
 * session is open), and the forms of each step. A refused step comes back to its page with the reason.
 */
@Controller
class AssistancePages {

    private final RequestViews views;
    private final AssistanceService service;
    private final Register register;
    private final Provenance provenance;
    private final CurrentActor actor;
    private final Clock clock;

    AssistancePages(RequestViews views, AssistanceService service, Register register, Provenance provenance, CurrentActor actor, Clock clock) {
        this.views = views;
        this.service = service;
        this.register = register;
        this.provenance = provenance;
        this.actor = actor;
        this.clock = clock;
    }

    @GetMapping("/organizations/{organization}/requests")
    String requests(@PathVariable String organization, @RequestParam(required = false) String record, @RequestParam(required = false) String state,
                    @RequestParam(required = false) String threat, @RequestParam(required = false) String decision,
                    @RequestParam(required = false) String status, Model model) {
        Organization org = frame(organization, model);
        var filter = RequestForms.filter(record, state, threat, decision, status);
        List<RequestViews.Summary> all = views.list(org, actor.get());
        model.addAttribute("requests", filter.apply(all));
        model.addAttribute("filtered", filter.any());
        model.addAttribute("total", filter.ofRecord(all).size());
        model.addAttribute("filter", Map.of("record", filter.record().code(), "state", blankIfNull(state), "threat", blankIfNull(threat),
                "decision", blankIfNull(decision), "status", blankIfNull(status)));
        model.addAttribute("records", RequestFilter.Records.values());
        model.addAttribute("states", all.stream().map(RequestViews.Summary::state).distinct().sorted().toList());
        model.addAttribute("threats", ThreatCategory.values());
        model.addAttribute("decisions", DecisionKind.values());
        model.addAttribute("statuses", RequestState.Status.values());
        model.addAttribute("mayFile", !filingStates(org).isEmpty());
        model.addAttribute("secretariat", actor.get().holds(Role.SECRETARIAT, org.code(), null));
        return "requests";
    }

    /** The requests the list shows, with its filters, as a CSV download. */
    @GetMapping("/organizations/{organization}/requests.csv")
    ResponseEntity<byte[]> requestsCsv(@PathVariable String organization, @RequestParam(required = false) String record,
                                       @RequestParam(required = false) String state, @RequestParam(required = false) String threat,
                                       @RequestParam(required = false) String decision, @RequestParam(required = false) String status) {
        Organization org = views.organization(organization);
        var filter = RequestForms.filter(record, state, threat, decision, status);
        return Csv.download(Csv.filename(org.code().value(), "requests"), RequestsCsv.of(filter.apply(views.list(org, actor.get()))));
    }

    @GetMapping("/organizations/{organization}/requests/new")
    String newRequest(@PathVariable String organization, Model model) {
        return form(frame(organization, model), RequestPage.blank(), model);
    }

    /** The filing form filled in as {@code page}, with the limits the parser enforces stated beside their fields. */
    private String form(Organization org, RequestPage page, Model model) {
        model.addAttribute("states", filingStates(org));
        model.addAttribute("threats", ThreatCategory.values());
        model.addAttribute("clauses", register.content(org.code(), clock.instant()).orElseThrow().clauses().stream()
                .filter(clause -> !clause.covers().isEmpty()).toList());
        model.addAttribute("secretariat", actor.get().holds(Role.SECRETARIAT, org.code(), null));
        model.addAttribute("form", page);
        model.addAttribute("limits", RequestForms.LIMITS);
        if (!model.containsAttribute("fieldErrors")) {
            model.addAttribute("fieldErrors", Map.of());
        }
        return "request-new";
    }

    @GetMapping("/organizations/{organization}/requests/eligibility")
    String eligibility(@PathVariable String organization, @RequestParam String state, @RequestParam String threat,
                       @RequestParam(required = false) String clause, Model model) {
        Organization org = frame(organization, model);
        var check = service.check(org, RequestForms.state(state), RequestForms.threat(threat), clause);
        model.addAttribute("proposedClause", check.proposedClause());
        model.addAttribute("candidates", check.candidates().stream().map(RequestViews.CandidateView::of).toList());
        model.addAttribute("verdicts", check.verdicts().stream().map(RequestViews.VerdictView::of).toList());
        return "request-verdicts :: verdicts";
    }

    @PostMapping("/organizations/{organization}/requests")
    String file(@PathVariable String organization, @RequestParam(required = false) String state, @RequestParam(required = false) String threat,
                @RequestParam(required = false) String clause, @RequestParam(required = false) String description,
                @RequestParam(required = false) String sources, @RequestParam(defaultValue = "false") boolean acknowledgeWarnings,
                Model model, HttpServletResponse response) {
        Organization org = views.organization(organization);
        RequestPage page = RequestPage.posted(state, threat, clause, description, sources, acknowledgeWarnings);
        return FormAttempt.saveOrShowAgain(model, response, "problem",
                () -> "redirect:/organizations/" + org.code().value() + "/requests/" + service.file(org, actor.get(), page.filing()).id(),
                () -> form(frame(organization, model), page, model));
    }

    @GetMapping("/organizations/{organization}/requests/{id}")
    String request(@PathVariable String organization, @PathVariable String id, Model model) {
        Organization org = frame(organization, model);
        Actor current = actor.get();
        RequestViews.View view = views.require(org, current, id);
        model.addAttribute("request", view);
        model.addAttribute("clauses", register.content(org.code(), clock.instant()).orElseThrow().clauses().stream()
                .collect(Collectors.toMap(Clause::id, clause -> clause)));
        model.addAttribute("disagreements", provenance.content(org.code().value(), clock.instant()).disagreements().stream()
                .filter(disagreement -> disagreement.subject().equals("request:" + id)).toList());
        model.addAttribute("secretariat", current.holds(Role.SECRETARIAT, org.code(), null));
        model.addAttribute("roleHolder", ReleaseMarking.MEMBERS.readableBy(current, org.code(), java.util.Set.of()));
        model.addAttribute("auditor", current.holds(Role.SECRETARIAT, org.code(), null) || current.holds(Role.OBSERVER, org.code(), null));
        model.addAttribute("mayWithdraw", current.holds(Role.SECRETARIAT, org.code(), null)
                || current.holds(Role.LIAISON, org.code(), StateCode.of(view.state())));
        model.addAttribute("votingFor", current.grants().stream()
                .filter(grant -> grant.role() == Role.COUNCIL_REPRESENTATIVE && grant.organization().equals(org.code()))
                .map(grant -> grant.state().value())
                .filter(state -> view.session() != null && view.session().voters().contains(state))
                .toList());
        model.addAttribute("votes", List.of(Vote.FOR, Vote.AGAINST, Vote.ABSTAIN));
        return "request";
    }

    @GetMapping("/organizations/{organization}/requests/{id}/tally")
    String tally(@PathVariable String organization, @PathVariable String id, Model model) {
        Organization org = frame(organization, model);
        RequestViews.View view = views.require(org, actor.get(), id);
        if (view.session() == null) {
            throw Refusal.notFound("id", "the council has not been convened on request " + id);
        }
        model.addAttribute("request", view);
        return "request :: tally";
    }

    @PostMapping("/organizations/{organization}/requests/{id}/withdrawal")
    String withdraw(@PathVariable String organization, @PathVariable String id, RedirectAttributes redirect) {
        return step(organization, id, redirect, org -> service.withdraw(org, actor.get(), id));
    }

    @PostMapping("/organizations/{organization}/requests/{id}/session")
    String convene(@PathVariable String organization, @PathVariable String id,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime opensAt,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime deadline,
                   @RequestParam(required = false) String motion, RedirectAttributes redirect) {
        return step(organization, id, redirect, org -> service.convene(org, actor.get(), id, utc(opensAt), utc(deadline), RequestForms.motion(motion)));
    }

    @PostMapping("/organizations/{organization}/requests/{id}/session/votes/{state}")
    String vote(@PathVariable String organization, @PathVariable String id, @PathVariable String state, @RequestParam(required = false) String vote,
                @RequestParam(required = false) String statement, RedirectAttributes redirect) {
        return step(organization, id, redirect, org -> service.vote(org, actor.get(), id, RequestForms.state(state),
                RequestForms.vote(vote), RequestForms.statement(statement)));
    }

    @PostMapping("/organizations/{organization}/requests/{id}/session/closure")
    String closeSession(@PathVariable String organization, @PathVariable String id, RedirectAttributes redirect) {
        return step(organization, id, redirect, org -> service.closeSession(org, actor.get(), id));
    }

    @PostMapping("/organizations/{organization}/requests/{id}/closure")
    String close(@PathVariable String organization, @PathVariable String id, RedirectAttributes redirect) {
        return step(organization, id, redirect, org -> service.close(org, actor.get(), id));
    }

    /** Runs one step of a request and comes back to its page, with the reason where the step was refused. */
    private String step(String organization, String id, RedirectAttributes redirect, Consumer<Organization> step) {
        Organization org = views.organization(organization);
        String page = "/organizations/" + org.code().value() + "/requests/" + id;
        return attempt(redirect, page, () -> {
            step.accept(org);
            return page;
        });
    }

    private static String attempt(RedirectAttributes redirect, String onRefusal, Supplier<String> action) {
        try {
            return "redirect:" + action.get();
        } catch (Refusal refused) {
            if (refused.reason() == Refusal.Reason.NOT_FOUND) {
                throw refused;
            }
            redirect.addFlashAttribute("problem", refused.detail());
            return "redirect:" + onRefusal;
        }
    }

    private Organization frame(String code, Model model) {
        Organization organization = views.organization(code);
        model.addAttribute("organization", organization);
        model.addAttribute("recordedAt", null);
        return organization;
    }

    /** The states the actor may file for: a liaison's own states, or, for the secretariat, every member on today's date. */
    private List<String> filingStates(Organization organization) {
        Actor current = actor.get();
        if (current.holds(Role.SECRETARIAT, organization.code(), null)) {
            return register.membership(organization.code(), clock.instant()).standingsOn(LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).toLocalDate())
                    .stream().filter(standing -> standing.standing().isMembership()).map(standing -> standing.state().value()).sorted().toList();
        }
        return current.statesFor(Role.LIAISON, organization.code()).stream().map(StateCode::value).toList();
    }

    private static Instant utc(LocalDateTime time) {
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }

    private static String blankIfNull(String value) {
        return value == null ? "" : value;
    }
}
