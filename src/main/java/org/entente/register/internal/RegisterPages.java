package org.entente.register.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.entente.provenance.Disagreement;
import org.entente.register.Membership;
import org.entente.register.MembershipHistory;
import org.entente.register.Organization;
import org.entente.register.RegisterContent;
import org.entente.register.States;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The register's pages: the organizations, an organization's membership timeline, its clauses, a state's history, the sources. */
@Controller
class RegisterPages {

    private final RegisterQueries queries;

    RegisterPages(RegisterQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("organizations", queries.register().organizations(queries.recordedAt(null)));
        return "home";
    }

    @GetMapping("/organizations/{code}")
    String organization(@PathVariable String code,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                        @RequestParam(required = false) Instant recordedAt, Model model) {
        Organization organization = queries.organization(code, recordedAt);
        Membership membership = queries.membership(code, recordedAt);
        model.addAttribute("organization", organization);
        model.addAttribute("chart", TimelineChart.of(membership, queries.date(null)));
        model.addAttribute("events", membership.timeline());
        model.addAttribute("conflicts", queries.register().exclusivityConflicts(organization.code(), queries.recordedAt(recordedAt)));
        model.addAttribute("disputed", disputedSubjects(queries.provenance(code, recordedAt).disagreements()));
        model.addAttribute("recordedAt", recordedAt);
        membersModel(code, date, recordedAt, model);
        return "organization";
    }

    /** The members-on-a-date panel alone, for the date picker to swap in with htmx. */
    @GetMapping("/organizations/{code}/members")
    String members(@PathVariable String code,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                   @RequestParam(required = false) Instant recordedAt, Model model) {
        model.addAttribute("organization", queries.organization(code, recordedAt));
        model.addAttribute("recordedAt", recordedAt);
        membersModel(code, date, recordedAt, model);
        return "organization :: members";
    }

    private void membersModel(String code, LocalDate date, Instant recordedAt, Model model) {
        model.addAttribute("membersOn", queries.membersOn(code, date, recordedAt));
    }

    @GetMapping("/organizations/{code}/clauses")
    String clauses(@PathVariable String code, @RequestParam(required = false) Instant recordedAt, Model model) {
        RegisterContent content = queries.content(code, recordedAt);
        model.addAttribute("organization", content.organization());
        model.addAttribute("instruments", content.instruments());
        model.addAttribute("instrumentsById", content.instruments().stream()
                .collect(Collectors.toMap(instrument -> instrument.id(), Function.identity())));
        model.addAttribute("clauses", content.clauses());
        model.addAttribute("today", queries.date(null));
        model.addAttribute("disputed", disputedSubjects(queries.provenance(code, recordedAt).disagreements()));
        return "clauses";
    }

    @GetMapping("/organizations/{code}/states/{state}")
    String state(@PathVariable String code, @PathVariable String state, @RequestParam(required = false) Instant recordedAt, Model model) {
        MembershipHistory history = queries.history(code, state, null, recordedAt);
        List<Disagreement> disagreements = queries.provenance(code, recordedAt).disagreements();
        model.addAttribute("organization", queries.organization(code, recordedAt));
        model.addAttribute("state", States.get(history.state()));
        model.addAttribute("history", history);
        model.addAttribute("disputed", disputedSubjects(disagreements));
        model.addAttribute("disagreements", disagreements.stream()
                .filter(d -> history.events().stream().anyMatch(e -> d.subject().equals("membershipEvent:" + e.id())))
                .toList());
        return "state";
    }

    @GetMapping("/organizations/{code}/sources")
    String sources(@PathVariable String code, @RequestParam(required = false) Instant recordedAt, Model model) {
        model.addAttribute("organization", queries.organization(code, recordedAt));
        model.addAttribute("sources", queries.sources(code, recordedAt));
        model.addAttribute("disagreements", queries.provenance(code, recordedAt).disagreements());
        return "sources";
    }

    /** The disagreements by the subject they are about ({@code kind:id}), so that a page can flag a disputed fact where it shows it. */
    private static Map<String, List<Disagreement>> disputedSubjects(List<Disagreement> disagreements) {
        return disagreements.stream().collect(Collectors.groupingBy(Disagreement::subject));
    }
}
