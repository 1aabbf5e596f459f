package org.entente.register.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.entente.provenance.Disagreement;
import org.entente.provenance.ProvenanceContent;
import org.entente.register.ExerciseTimeline;
import org.entente.register.Membership;
import org.entente.register.MembershipHistory;
import org.entente.register.Organization;
import org.entente.register.RegisterContent;
import org.entente.register.States;
import org.entente.register.internal.RegisterQueries.MembersOnDate;
import org.entente.web.Csv;
import org.entente.web.PublicReads;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The register's pages: an organization's membership timeline (with its exercises beside membership), its clauses, a state's history, the
 * sources (the home page, listing the organizations, is the home module's). Each takes {@code recordedAt} to show the register as it stood then.
 * The pages read from the register and its provenance alone (an organization's, its members on a date, its clauses, a state's
 * history) are {@link PublicReads}: rendered once per version of the record for anonymous readers, and answered 304 to a
 * reader who has them. The sources page names every record that cites a source, requests and missions too, which change
 * without an import: it is rendered for each reader, as before.
 */
@Controller
class RegisterPages {

    private final RegisterQueries queries;
    private final PublicReads publicReads;
    private final ObjectProvider<ExerciseTimeline> exercises;

    RegisterPages(RegisterQueries queries, PublicReads publicReads, ObjectProvider<ExerciseTimeline> exercises) {
        this.queries = queries;
        this.publicReads = publicReads;
        this.exercises = exercises;
    }

    /** The organization's exercises as recorded at {@code at}: none where no module records exercises. */
    private List<ExerciseTimeline.Mark> exercises(Organization organization, Instant at) {
        ExerciseTimeline timeline = exercises.getIfAvailable();
        return timeline == null ? List.of() : timeline.of(organization.code(), at);
    }

    /**
     * Where the page reads the register, and its version; the instant is also the request's for whatever else names the record
     * on the page (source titles, record names), so that a kept page shows one state of the record throughout.
     */
    private RegisterQueries.Reading reading(Instant recordedAt, String organization, HttpServletRequest request) {
        RegisterQueries.Reading reading = queries.reading(recordedAt, organization);
        PublicReads.readsAt(request, reading.at());
        return reading;
    }

    @GetMapping("/organizations/{organization}")
    ModelAndView organization(@PathVariable("organization") String code, @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate date,
                              @RequestParam(required = false) Instant recordedAt, Model model, HttpServletRequest request, HttpServletResponse response) {
        RegisterQueries.Reading reading = reading(recordedAt, code, request);
        Instant at = reading.at();
        return publicReads.page(request, response, reading.version(), () -> {
            Organization organization = frame(code, recordedAt, at, model);
            Membership membership = queries.membership(organization, at);
            List<ExerciseTimeline.Mark> exercises = exercises(organization, at);
            model.addAttribute("chart", TimelineChart.of(membership, exercises, queries.date(null)));
            model.addAttribute("exercises", exercises);
            model.addAttribute("events", membership.timeline());
            model.addAttribute("conflicts", queries.exclusivityConflicts(organization, at));
            model.addAttribute("disputed", bySubject(queries.provenance(organization, at)));
            model.addAttribute("membersOn", RegisterQueries.membersOn(membership, queries.date(date), at));
            return "organization";
        });
    }

    /**
     * The members-on-a-date panel alone, for the date picker to swap in with htmx; the browser's address
     * becomes the organization's page on that date ({@code HX-Replace-Url}), so that reloading or sharing it shows the same.
     */
    @GetMapping("/organizations/{organization}/members")
    ModelAndView members(@PathVariable("organization") String code, @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate date,
                         @RequestParam(required = false) Instant recordedAt, Model model, HttpServletRequest request, HttpServletResponse response) {
        RegisterQueries.Reading reading = reading(recordedAt, code, request);
        Instant at = reading.at();
        ModelAndView answer = publicReads.page(request, response, reading.version(), () -> {
            Organization organization = frame(code, recordedAt, at, model);
            model.addAttribute("membersOn", RegisterQueries.membersOn(queries.membership(organization, at), queries.date(date), at));
            return "organization :: members";
        });
        // Set once the organization is known (a refusal has no address to show). The code is the organization's: a code that is
        // not (in small letters) is refused by the view, and a 304 or a kept page answers only an address once rendered.
        response.setHeader("HX-Replace-Url", new PageLinks(request.getContextPath(), recordedAt).organization(code, queries.date(date)));
        return answer;
    }

    /** The members on a date as a CSV download: the same {@code date} and {@code recordedAt} as the organization's page. */
    @GetMapping("/organizations/{organization}/members.csv")
    ResponseEntity<byte[]> membersCsv(@PathVariable("organization") String code, @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate date,
                                      @RequestParam(required = false) Instant recordedAt) {
        RegisterQueries.Reading reading = queries.reading(recordedAt, code);
        Instant at = reading.at();
        MembersOnDate membersOn = RegisterQueries.membersOn(queries.membership(queries.organization(code, at), at), queries.date(date), at);
        return Csv.download(MembersCsv.filename(membersOn), MembersCsv.of(membersOn));
    }

    @GetMapping("/organizations/{organization}/clauses")
    ModelAndView clauses(@PathVariable("organization") String code, @RequestParam(required = false) Instant recordedAt, Model model,
                         HttpServletRequest request, HttpServletResponse response) {
        RegisterQueries.Reading reading = reading(recordedAt, code, request);
        Instant at = reading.at();
        return publicReads.page(request, response, reading.version(), () -> {
            Organization organization = frame(code, recordedAt, at, model);
            RegisterContent content = queries.content(organization, at);
            model.addAttribute("instruments", content.instruments());
            model.addAttribute("instrumentsById", content.instruments().stream()
                    .collect(Collectors.toMap(instrument -> instrument.id(), Function.identity())));
            model.addAttribute("clauses", content.clauses());
            model.addAttribute("clausesById", content.clauses().stream().collect(Collectors.toMap(clause -> clause.id(), Function.identity())));
            model.addAttribute("today", queries.date(null));
            model.addAttribute("disputed", bySubject(queries.provenance(organization, at)));
            return "clauses";
        });
    }

    @GetMapping("/organizations/{organization}/states/{state}")
    ModelAndView state(@PathVariable("organization") String code, @PathVariable String state, @RequestParam(required = false) Instant recordedAt, Model model,
                       HttpServletRequest request, HttpServletResponse response) {
        RegisterQueries.Reading reading = reading(recordedAt, code, request);
        Instant at = reading.at();
        return publicReads.page(request, response, reading.version(), () -> {
            Organization organization = frame(code, recordedAt, at, model);
            MembershipHistory history = queries.history(queries.membership(organization, at), state);
            ProvenanceContent provenance = queries.provenance(organization, at);
            model.addAttribute("state", States.get(history.state()));
            model.addAttribute("history", history);
            model.addAttribute("disputed", bySubject(provenance));
            model.addAttribute("disagreements", queries.disagreementsAbout(history, provenance.disagreements()));
            return "state";
        });
    }

    @GetMapping("/organizations/{organization}/sources")
    String sources(@PathVariable("organization") String code, @RequestParam(required = false) Instant recordedAt, Model model) {
        RegisterQueries.Reading reading = queries.reading(recordedAt, code);
        Instant at = reading.at();
        Organization organization = frame(code, recordedAt, at, model);
        ProvenanceContent provenance = queries.provenance(organization, at);
        model.addAttribute("sources", queries.sources(organization, at));
        model.addAttribute("disagreements", provenance.disagreements());
        return "sources";
    }

    /** What every page of an organization shows: the organization, and whether it is the register as it stood at an earlier instant. */
    private Organization frame(String code, Instant requested, Instant at, Model model) {
        Organization organization = queries.organization(code, at);
        model.addAttribute("organization", organization);
        model.addAttribute("recordedAt", requested);
        return organization;
    }

    /** The disagreements by the subject they are about ({@code kind:id}), so that a page can flag a disputed fact where it shows it. */
    private static Map<String, List<Disagreement>> bySubject(ProvenanceContent provenance) {
        return provenance.disagreements().stream().collect(Collectors.groupingBy(Disagreement::subject));
    }
}
