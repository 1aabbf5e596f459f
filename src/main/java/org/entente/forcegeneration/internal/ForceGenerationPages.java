package org.entente.forcegeneration.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.access.CurrentActor;
import org.entente.access.Role;
import org.entente.command.Refusal;
import org.entente.forces.Capability;
import org.entente.forcegeneration.PackagePolicies;
import org.entente.forcegeneration.StatementOfRequirements;
import org.entente.register.Organization;
import org.entente.web.Csv;
import org.entente.web.FormAttempt;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The force-generation page of a decision to deploy: its statement of requirements, the planner's runs
 * (progress streamed to the page while one runs, the plan explained per constraint once done), accepting a
 * plan as the force package, and re-planning it when units drop out.
 */
@Controller
class ForceGenerationPages {

    private final ForceGenerationService service;
    private final ForceGenerationViews views;
    private final CurrentActor actor;
    private final JobEvents events;

    ForceGenerationPages(ForceGenerationService service, ForceGenerationViews views, CurrentActor actor, JobEvents events) {
        this.service = service;
        this.views = views;
        this.actor = actor;
        this.events = events;
    }

    @GetMapping("/organizations/{organization}/requests/{id}/force-generation")
    String page(@PathVariable String organization, @PathVariable String id, Model model) {
        return page(views.organization(organization), id, null, model);
    }

    /** The page, its requirements form filled in as {@code typed} (null: as the statement stands), the lines' limits stated beside it. */
    private String page(Organization org, String id, ForceGenerationForms.RequirementsText typed, Model model) {
        model.addAttribute("organization", org);
        model.addAttribute("recordedAt", null);
        model.addAttribute("requestId", id);
        model.addAttribute("secretariat", actor.get().holds(Role.SECRETARIAT, org.code(), null));
        model.addAttribute("capabilities", Capability.values());
        String decisionProblem = null;
        try {
            service.requireDeployDecision(org, id);
        } catch (Refusal notToDeploy) {
            decisionProblem = notToDeploy.detail();
        }
        model.addAttribute("decisionProblem", decisionProblem);
        StatementOfRequirements requirements = null;
        String requirementsProblem = null;
        try {
            requirements = service.requirements(org, id);
        } catch (Refusal none) {
            // no statement yet, or a stored one that is not sound: the page offers to write one
            requirementsProblem = none.reason() == Refusal.Reason.CONFLICT ? none.detail() : null;
        }
        model.addAttribute("requirements", requirements);
        model.addAttribute("requirementsProblem", requirementsProblem);
        model.addAttribute("requirementsForm", typed != null ? typed : ForceGenerationForms.RequirementsText.of(requirements));
        model.addAttribute("limits", ForceGenerationForms.LIMITS);
        if (!model.containsAttribute("fieldErrors")) {
            model.addAttribute("fieldErrors", Map.of());
        }
        var jobs = service.jobs(org, id);
        model.addAttribute("jobs", jobs);
        model.addAttribute("job", jobs.isEmpty() || requirements == null ? null : views.job(org, id, jobs.getFirst().id()));
        var forcePackage = views.forcePackage(org, id, null);
        var accepted = forcePackage.units();
        model.addAttribute("forcePackage", forcePackage);
        model.addAttribute("accepted", accepted);
        // Dates for the messages' date and time formats, in the page's language.
        model.addAttribute("acceptedAt", forcePackage.acceptedAt() == null ? null : java.util.Date.from(forcePackage.acceptedAt()));
        if (forcePackage.outOfDate() != null) {
            model.addAttribute("outOfDateMadeFor", java.util.Date.from(forcePackage.outOfDate().madeFor()));
            model.addAttribute("outOfDateStanding", java.util.Date.from(forcePackage.outOfDate().standing()));
        }
        Map<String, Integer> byState = new LinkedHashMap<>();
        accepted.forEach(unit -> byState.merge(unit.state(), unit.personnel(), Integer::sum));
        model.addAttribute("acceptedByState", byState);
        model.addAttribute("acceptedEta", accepted.stream().mapToInt(JdbcForceGeneration.PackageUnit::etaHours).max().orElse(0));
        // The package on the map: each unit's route from its home base to the theatre of the statement as it stands.
        model.addAttribute("packageMap", accepted.isEmpty() || requirements == null ? null
                : PackageMap.of(requirements.theatre(), accepted, service.homeBases(org, accepted.stream().map(JdbcForceGeneration.PackageUnit::unitId).toList())));
        return "force-generation";
    }

    /** The request's force package as a CSV download. */
    @GetMapping("/organizations/{organization}/requests/{id}/force-generation/package.csv")
    ResponseEntity<byte[]> packageCsv(@PathVariable String organization, @PathVariable String id) {
        Organization org = views.organization(organization);
        return Csv.download(Csv.filename(org.code().value(), "request-" + id + "-package"), PackageCsv.of(id, views.forcePackage(org, id, null)));
    }

    @GetMapping("/organizations/{organization}/requests/{id}/force-generation/jobs/{job}")
    String job(@PathVariable String organization, @PathVariable String id, @PathVariable String job, Model model) {
        Organization org = views.organization(organization);
        model.addAttribute("organization", org);
        model.addAttribute("requestId", id);
        model.addAttribute("secretariat", actor.get().holds(Role.SECRETARIAT, org.code(), null));
        model.addAttribute("job", views.job(org, id, job));
        return "force-generation :: job";
    }

    @GetMapping(path = "/organizations/{organization}/requests/{id}/force-generation/jobs/{job}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter events(@PathVariable String organization, @PathVariable String id, @PathVariable String job) {
        return events.stream(views.organization(organization), id, job);
    }

    @PostMapping("/organizations/{organization}/requests/{id}/force-generation/requirements")
    String requirements(@PathVariable String organization, @PathVariable String id, @RequestParam(required = false) String theatreLat,
                        @RequestParam(required = false) String theatreLon, @RequestParam(required = false) String lines, Model model,
                        HttpServletResponse response) {
        Organization org = views.organization(organization);
        var typed = new ForceGenerationForms.RequirementsText(theatreLat, theatreLon, lines);
        // A refused statement comes back as it was filled in, every line of it.
        return FormAttempt.saveOrShowAgain(model, response, "requirementsRefused", () -> {
            service.putRequirements(org, actor.get(), id, typed.statement());
            return "redirect:/organizations/" + org.code().value() + "/requests/" + id + "/force-generation";
        }, () -> page(org, id, typed, model));
    }

    @PostMapping("/organizations/{organization}/requests/{id}/force-generation/jobs")
    String start(@PathVariable String organization, @PathVariable String id, @RequestParam(required = false) Double budgetSeconds,
                 RedirectAttributes redirect) {
        return step(organization, id, redirect, org -> service.start(org, actor.get(), id, ForceGenerationForms.budget(budgetSeconds)));
    }

    @PostMapping("/organizations/{organization}/requests/{id}/force-generation/jobs/{job}/termination")
    String terminate(@PathVariable String organization, @PathVariable String id, @PathVariable String job, RedirectAttributes redirect) {
        return step(organization, id, redirect, org -> service.terminate(org, actor.get(), id, job));
    }

    @PostMapping("/organizations/{organization}/requests/{id}/force-generation/jobs/{job}/acceptance")
    String accept(@PathVariable String organization, @PathVariable String id, @PathVariable String job,
                  @RequestParam(defaultValue = "false") boolean acceptShortfall, @RequestParam(required = false) String confirmedShortfalls,
                  RedirectAttributes redirect) {
        var confirming = new java.util.concurrent.atomic.AtomicBoolean();
        String page = step(organization, id, redirect, org -> {
            try {
                service.accept(org, actor.get(), id, job, acceptShortfall, confirmedShortfalls);
            } catch (Refusal refused) {
                boolean changed = refused.errors().stream().anyMatch(error -> error.field().equals(ForceGenerationService.CONFIRMED_SHORTFALLS));
                if (!changed && (refused.errors().isEmpty()
                        || !refused.errors().stream().allMatch(error -> error.field().equals(PackagePolicies.COVERS_EVERY_REQUIREMENT)))) {
                    throw refused;
                }
                if (changed) {
                    // What was confirmed is no longer what the plan leaves short: say so, and ask again with the shortfall as it stands.
                    redirect.addFlashAttribute("problem", refused.detail());
                }
                // A plan that leaves requirements short: the page asks to confirm, listing them (what acceptance refused it for, against today's
                // requirements: the job's acceptance view, in the page's language).
                redirect.addFlashAttribute("confirmShortfall", job);
                confirming.set(true);
            }
        });
        // The page opens on the question, or on the package accepted.
        return page + (confirming.get() ? "#confirm-shortfall" : redirect.getFlashAttributes().containsKey("problem") ? "" : "#package");
    }

    @PostMapping("/organizations/{organization}/requests/{id}/force-generation/package/replanning")
    String replan(@PathVariable String organization, @PathVariable String id, @RequestParam(required = false) List<String> dropped,
                  RedirectAttributes redirect) {
        return step(organization, id, redirect, org -> {
            var repair = service.replan(org, actor.get(), id, ForceGenerationForms.dropped("dropped", dropped, "tick the units that dropped out"));
            redirect.addFlashAttribute("repaired", Repaired.of(repair));
        });
    }

    private String step(String organization, String id, RedirectAttributes redirect, java.util.function.Consumer<Organization> step) {
        Organization org = views.organization(organization);
        String page = "redirect:/organizations/" + org.code().value() + "/requests/" + id + "/force-generation";
        try {
            step.accept(org);
        } catch (Refusal refused) {
            redirect.addFlashAttribute("problem", refused.detail());
        }
        return page;
    }

    /**
     * What the page says of a repair after the redirect, carried there by the sign-in session (kept in the database, so
     * serializable): the plan itself stays out of it.
     */
    record Repaired(int changedAssignments, double objectiveBefore, double objectiveAfter, java.time.Duration took) implements java.io.Serializable {

        static Repaired of(org.entente.forcegeneration.internal.planner.Replanning.Repair repair) {
            return new Repaired(repair.changedAssignments(), repair.objectiveBefore(), repair.objectiveAfter(), repair.took());
        }
    }
}
