package org.entente.mission.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.access.CurrentActor;
import org.entente.command.Refusal;
import org.entente.mission.MissionTask;
import org.entente.register.Organization;
import org.entente.web.Problems;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The missions' commands on their pages, as plain forms: creating a mission on a decided request (its own page), and on
 * a mission's page moving it through its lifecycle, adding a contingent, reporting a casualty figure and a contingent's
 * milestone. Each form is read by {@link MissionForms}, as the API's bodies are, and carried out by {@link MissionService};
 * a refusal comes back to the form with the reason next to the field it names, a change from a stale page with the
 * mission as it now stands.
 */
@Controller
class MissionCommandPages {

    private final MissionViews views;
    private final MissionService service;
    private final CurrentActor actor;

    MissionCommandPages(MissionViews views, MissionService service, CurrentActor actor) {
        this.views = views;
        this.service = service;
        this.actor = actor;
    }

    @GetMapping("/organizations/{organization}/missions/new")
    String newMission(@PathVariable String organization, @RequestParam(required = false) String request, Model model) {
        Organization org = views.organization(organization);
        Map<String, String> blank = new LinkedHashMap<>();
        blank.put("request", request == null ? "" : request);
        return creationForm(org, blank, List.of(), model);
    }

    @PostMapping("/organizations/{organization}/missions")
    String create(@PathVariable String organization, @RequestParam MultiValueMap<String, String> fields, Model model, HttpServletResponse response) {
        Organization org = views.organization(organization);
        try {
            var creation = MissionForms.creation(new MissionForms.Creation(one(fields, "request"), one(fields, "name"), one(fields, "mandate.text"),
                    fields.getOrDefault("mandate.tasks", List.of()), one(fields, "forcePool"), one(fields, "theatre.area"),
                    MissionForms.decimal("theatre.lat", one(fields, "theatre.lat")), MissionForms.decimal("theatre.lon", one(fields, "theatre.lon")),
                    one(fields, "theatre.timeZone"), one(fields, "until"), MissionForms.lines(one(fields, "sources"))));
            var created = service.create(org, actor.get(), creation);
            return "redirect:" + missionPage(org, created.record().mission().id());
        } catch (Refusal refused) {
            if (refused.reason() == Refusal.Reason.NOT_FOUND && !refused.errors().stream().anyMatch(e -> e.field().equals("request"))) {
                throw refused;
            }
            response.setStatus(Problems.status(refused.reason()).value());
            model.addAttribute("problem", refused.detail());
            model.addAttribute("fieldErrors", fieldErrors(refused));
            return creationForm(org, fields.toSingleValueMap(), fields.getOrDefault("mandate.tasks", List.of()), model);
        }
    }

    private static String creationForm(Organization org, Map<String, String> form, List<String> tasks, Model model) {
        model.addAttribute("organization", org);
        model.addAttribute("recordedAt", null);
        model.addAttribute("form", form);
        model.addAttribute("chosenTasks", tasks);
        model.addAttribute("tasks", MissionTask.values());
        return "mission-new";
    }

    @PostMapping("/organizations/{organization}/missions/{mission}/status")
    String move(@PathVariable String organization, @PathVariable String mission, @RequestParam MultiValueMap<String, String> fields,
                RedirectAttributes redirect) {
        return attempt(organization, mission, "status-form", fields, redirect, org -> {
            var status = MissionForms.status(one(fields, "status"));
            String when = MissionForms.pageTime(one(fields, "at"));
            var at = when == null || when.isBlank() ? null : MissionForms.instant("at", when);
            return service.move(org, actor.get(), mission, version(fields), status, at, MissionForms.lines(one(fields, "sources")),
                    MissionForms.blankToNull(one(fields, "reason")));
        });
    }

    @PostMapping("/organizations/{organization}/missions/{mission}/contingents")
    String addContingent(@PathVariable String organization, @PathVariable String mission, @RequestParam MultiValueMap<String, String> fields,
                         RedirectAttributes redirect) {
        return attempt(organization, mission, "contingent-form", fields, redirect, org -> {
            List<String> sources = MissionForms.lines(one(fields, "unitSources"));
            var units = MissionForms.lines(one(fields, "units")).stream().map(designation -> new MissionForms.Unit(designation, sources)).toList();
            var planned = new LinkedHashMap<String, String>();
            String arrival = MissionForms.pageTime(one(fields, "planned.arrival"));
            if (arrival != null && !arrival.isBlank()) {
                planned.put("arrival", arrival);
            }
            var addition = MissionForms.contingent(one(fields, "state"), units, MissionForms.equipmentLines(one(fields, "equipment")), planned);
            return service.addContingent(org, actor.get(), mission, version(fields), addition);
        });
    }

    @PostMapping("/organizations/{organization}/missions/{mission}/contingents/{state}/milestones")
    String report(@PathVariable String organization, @PathVariable String mission, @PathVariable String state,
                  @RequestParam MultiValueMap<String, String> fields, RedirectAttributes redirect) {
        return attempt(organization, mission, "milestone-form-" + state, fields, redirect, org -> {
            var code = MissionForms.state(state);
            var milestone = MissionForms.milestone(one(fields, "milestone"));
            var at = MissionForms.moment("at", MissionForms.pageTime(one(fields, "at")));
            return service.report(org, actor.get(), mission, version(fields), code, milestone, at, MissionForms.lines(one(fields, "sources")));
        });
    }

    @PostMapping("/organizations/{organization}/missions/{mission}/figures")
    String reportFigure(@PathVariable String organization, @PathVariable String mission, @RequestParam MultiValueMap<String, String> fields,
                        RedirectAttributes redirect) {
        return attempt(organization, mission, "figure-form", fields, redirect, org -> {
            var report = MissionForms.figure(new MissionForms.Figure(one(fields, "category"), one(fields, "population"),
                    MissionForms.whole("value", one(fields, "value")), MissionForms.blankToNull(one(fields, "bound")), null, null, one(fields, "asOf"),
                    one(fields, "reportedBy"), one(fields, "basis"), MissionForms.lines(one(fields, "sources")), null, null,
                    MissionForms.blankToNull(one(fields, "supersedes"))));
            return service.reportFigure(org, actor.get(), mission, version(fields), report);
        });
    }

    /**
     * Carries out a command from the mission's page and goes back to it: the change shown, or the form shown again as it was
     * filled in with the reasons it was refused, each next to its field; where the page was stale, the mission as it stands.
     */
    private String attempt(String organization, String mission, String form, MultiValueMap<String, String> fields, RedirectAttributes redirect,
                           java.util.function.Function<Organization, MissionService.Found> command) {
        Organization org = views.organization(organization);
        try {
            command.apply(org);
            return "redirect:" + missionPage(org, mission) + "#" + form;
        } catch (Refusal refused) {
            if (refused.reason() == Refusal.Reason.NOT_FOUND && refused.errors().stream().anyMatch(e -> e.field().equals("mission"))) {
                throw refused;
            }
            boolean stale = refused.currentVersion().isPresent();
            redirect.addFlashAttribute("refusedForm", form);
            redirect.addFlashAttribute("stale", stale);
            redirect.addFlashAttribute("problem", refused.detail());
            redirect.addFlashAttribute("fieldErrors", stale ? Map.of() : fieldErrors(refused));
            redirect.addFlashAttribute("submitted", stale ? Map.of() : fields.toSingleValueMap());
            return "redirect:" + missionPage(org, mission) + "#" + form;
        }
    }

    /** A refusal's errors by the form's field each names ({@code units[2].designation}: the {@code units} box), the first for each. */
    static Map<String, String> fieldErrors(Refusal refused) {
        var errors = new LinkedHashMap<String, String>();
        refused.errors().forEach(error -> errors.putIfAbsent(error.field().replaceAll("\\[\\d+].*$", ""), error.message()));
        return errors;
    }

    private static Integer version(MultiValueMap<String, String> fields) {
        return MissionForms.version(one(fields, "version"));
    }

    private static String one(MultiValueMap<String, String> fields, String name) {
        return fields.getFirst(name);
    }

    private static String missionPage(Organization organization, String mission) {
        return "/organizations/" + organization.code().value() + "/missions/" + mission;
    }
}
