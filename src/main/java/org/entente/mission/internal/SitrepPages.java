package org.entente.mission.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.entente.access.Actor;
import org.entente.access.CurrentActor;
import org.entente.access.Role;
import org.entente.command.Refusal;
import org.entente.mission.Mission;
import org.entente.mission.internal.MissionViews.CurrentSitrepView;
import org.entente.mission.internal.MissionViews.SitrepView;
import org.entente.register.Organization;
import org.entente.register.StateCode;
import org.entente.web.FormAttempt;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages of a mission's sitreps: the list (the latest revision of each, with the mission's sites beside), one sitrep
 * with every revision and what each changed, and the form that files a sitrep or revises one. A refused form comes
 * back as it was filled in, each reason next to the field it names; the commands are the API's ({@link MissionService}).
 */
@Controller
class SitrepPages {

    private final MissionViews views;
    private final MissionService service;
    private final CurrentActor actor;
    private final Clock clock;

    SitrepPages(MissionViews views, MissionService service, CurrentActor actor, Clock clock) {
        this.views = views;
        this.service = service;
        this.actor = actor;
        this.clock = clock;
    }

    @GetMapping("/organizations/{organization}/missions/{mission}/sitreps")
    String sitreps(@PathVariable String organization, @PathVariable String mission, @RequestParam(required = false) String at, Model model) {
        Instant knownAt = MissionForms.knownAt(at);
        Organization org = frame(organization, at, knownAt, model);
        MissionService.Found found = service.mission(org, actor.get(), mission, knownAt);
        var log = MissionViews.sitreps(found);
        model.addAttribute("mission", views.summary(found));
        model.addAttribute("sitreps", log);
        // Overdue over every sitrep, read or not: one the reader may not read still follows the one before it.
        var every = found.record().sitreps().current().stream().map(sitrep -> new CurrentSitrepView(1, SitrepView.of(sitrep))).toList();
        model.addAttribute("overdue", overdue(every, knownAt == null ? clock.instant() : knownAt));
        model.addAttribute("sites", MissionViews.sites(found));
        model.addAttribute("mayFile", mayFile(org, found.record().mission()));
        return "sitreps";
    }

    @GetMapping("/organizations/{organization}/missions/{mission}/sitreps/new")
    String newSitrep(@PathVariable String organization, @PathVariable String mission, Model model) {
        Organization org = frame(organization, null, null, model);
        MissionService.Found found = service.mission(org, actor.get(), mission, null);
        List<String> scopes = scopes(org, found.record().mission());
        List<SitrepView> current = MissionViews.sitreps(found).sitreps().stream().map(CurrentSitrepView::sitrep).toList();
        String from = current.isEmpty() ? "" : current.getLast().until().toString();
        String scope = scopes.isEmpty() ? "" : scopes.getFirst();
        return form(org, found, null, SitrepPage.blank(scope, siteIds(found, scope), states(found, scope), from, clock.instant(), found.version()), model);
    }

    @PostMapping("/organizations/{organization}/missions/{mission}/sitreps")
    String file(@PathVariable String organization, @PathVariable String mission, @RequestParam Map<String, String> fields, Model model,
                HttpServletResponse response) {
        Organization org = views.organization(organization);
        MissionService.Found found = service.mission(org, actor.get(), mission, null);
        SitrepPage page = SitrepPage.posted(fields, siteIds(found, fields.get("scope")), states(found, fields.get("scope")));
        return attempt(org, found, null, page, model, response, () -> {
            var filed = service.fileSitrep(org, actor.get(), mission, page.versionNumber(), MissionForms.sitrep(page.form(false), false));
            return sitrepPage(org, mission, filed.number());
        });
    }

    @GetMapping("/organizations/{organization}/missions/{mission}/sitreps/{number}")
    String sitrep(@PathVariable String organization, @PathVariable String mission, @PathVariable String number,
                  @RequestParam(required = false) String at, Model model) {
        int sitrep = MissionForms.number(number);
        Instant knownAt = MissionForms.knownAt(at);
        Organization org = frame(organization, at, knownAt, model);
        MissionService.Found found = service.mission(org, actor.get(), mission, knownAt);
        model.addAttribute("mission", views.summary(found));
        var history = MissionViews.sitrep(found, sitrep).orElseThrow(() -> Refusal.notFound("number",
                "mission " + mission + " has no sitrep " + sitrep + (knownAt == null ? "" : " known at " + knownAt)));
        model.addAttribute("history", history);
        model.addAttribute("mayRevise", knownAt == null && scopes(org, found.record().mission()).contains(history.revisions().getLast().sitrep().scope()));
        return "sitrep";
    }

    @GetMapping("/organizations/{organization}/missions/{mission}/sitreps/{number}/revise")
    String reviseForm(@PathVariable String organization, @PathVariable String mission, @PathVariable String number, Model model) {
        int sitrep = MissionForms.number(number);
        Organization org = frame(organization, null, null, model);
        MissionService.Found found = service.mission(org, actor.get(), mission, null);
        SitrepView latest = latest(found, mission, sitrep);
        return form(org, found, latest, SitrepPage.of(latest, siteIds(found, latest.scope()), states(found, latest.scope()), found.version()), model);
    }

    @PostMapping("/organizations/{organization}/missions/{mission}/sitreps/{number}/revisions")
    String revise(@PathVariable String organization, @PathVariable String mission, @PathVariable String number, @RequestParam Map<String, String> fields,
                  Model model, HttpServletResponse response) {
        int sitrep = MissionForms.number(number);
        Organization org = views.organization(organization);
        MissionService.Found found = service.mission(org, actor.get(), mission, null);
        SitrepView latest = latest(found, mission, sitrep);
        SitrepPage page = SitrepPage.posted(fields, siteIds(found, latest.scope()), states(found, latest.scope()));
        return attempt(org, found, latest, page, model, response, () -> {
            var filing = MissionForms.sitrep(page.complete().form(true), true);
            service.reviseSitrep(org, actor.get(), mission, page.versionNumber(), sitrep, filing);
            return sitrepPage(org, mission, sitrep);
        });
    }

    /** Files or revises, or shows the form again as it was filled in, with every reason next to the field it names. */
    private String attempt(Organization organization, MissionService.Found found, SitrepView revising, SitrepPage page, Model model,
                           HttpServletResponse response, Supplier<String> save) {
        return FormAttempt.saveOrShowAgain(model, response, "problem", () -> "redirect:" + save.get(), () -> {
            frame(organization, null, null, model);
            return form(organization, found, revising, page, model);
        });
    }

    private String form(Organization organization, MissionService.Found found, SitrepView revising, SitrepPage page, Model model) {
        Mission mission = found.record().mission();
        model.addAttribute("mission", views.summary(found));
        model.addAttribute("form", page);
        model.addAttribute("revising", revising);
        List<String> own = scopes(organization, mission);
        model.addAttribute("scopes", revising == null ? own : List.of(revising.scope()));
        model.addAttribute("ownScope", revising == null ? !own.isEmpty() : own.contains(revising.scope()));
        model.addAttribute("siteNames", MissionViews.sites(found).named().stream()
                .collect(LinkedHashMap<String, String>::new, (names, site) -> names.put(site.id(), site.name()), Map::putAll));
        model.addAttribute("siteStatuses", List.of("secured", "handed_over", "relinquished"));
        // Every release marking, the most restricted (a sitrep's default) first.
        model.addAttribute("markings", java.util.Arrays.stream(org.entente.access.ReleaseMarking.values()).map(marking -> marking.code())
                .toList().reversed());
        if (!model.containsAttribute("fieldErrors")) {
            model.addAttribute("fieldErrors", Map.of());
        }
        return "sitrep-form";
    }

    /**
     * The numbers of the sitreps whose next is overdue at {@code now}: their next was due before it, and no sitrep on the
     * same scope was filed after them.
     */
    static Set<Integer> overdue(List<CurrentSitrepView> sitreps, Instant now) {
        var overdue = new HashSet<Integer>();
        for (CurrentSitrepView current : sitreps) {
            SitrepView sitrep = current.sitrep();
            boolean followed = sitreps.stream().anyMatch(other -> other.sitrep().number() > sitrep.number() && other.sitrep().scope().equals(sitrep.scope()));
            if (sitrep.nextDue() != null && sitrep.nextDue().isBefore(now) && !followed) {
                overdue.add(sitrep.number());
            }
        }
        return overdue;
    }

    /** The scopes the actor may file on: the whole mission for the secretariat, each of their states' contingents for a liaison. */
    private List<String> scopes(Organization organization, Mission mission) {
        Actor current = actor.get();
        var scopes = new ArrayList<String>();
        if (current.holds(Role.SECRETARIAT, organization.code(), null)) {
            scopes.add("mission");
        }
        for (StateCode state : current.statesFor(Role.LIAISON, organization.code())) {
            if (mission.contingent(state).isPresent()) {
                scopes.add(state.value());
            }
        }
        return scopes;
    }

    private boolean mayFile(Organization organization, Mission mission) {
        return !scopes(organization, mission).isEmpty();
    }

    private static SitrepView latest(MissionService.Found found, String mission, int number) {
        return found.record().sitreps().latest(number).filter(sitrep -> found.mayRead(number)).map(SitrepView::of)
                .orElseThrow(() -> Refusal.notFound("number", "mission " + mission + " has no sitrep " + number));
    }

    /** The sites a sitrep on {@code scope} may move: all for the whole mission, those its contingent holds for a contingent's (as the policy has it). */
    private static List<String> siteIds(MissionService.Found found, String scope) {
        boolean whole = scope == null || scope.isBlank() || scope.equals("mission");
        return found.record().sites().named().stream()
                .filter(site -> whole || site.holder() != null && site.holder().value().equals(scope))
                .map(site -> site.id()).toList();
    }

    /** The contingents whose milestones a sitrep on {@code scope} reports: all for the whole mission, its own for a contingent's. */
    private static List<String> states(MissionService.Found found, String scope) {
        List<String> all = found.record().mission().contingents().stream().map(contingent -> contingent.state().value()).toList();
        return scope == null || scope.isBlank() || scope.equals("mission") ? all : all.stream().filter(scope::equals).toList();
    }

    private static String sitrepPage(Organization organization, String mission, int number) {
        return "/organizations/" + organization.code().value() + "/missions/" + mission + "/sitreps/" + number;
    }

    private Organization frame(String code, String at, Instant knownAt, Model model) {
        return frame(views.organization(code), at, knownAt, model);
    }

    private Organization frame(Organization organization, String at, Instant knownAt, Model model) {
        return MissionPages.frame(views, organization, at, knownAt, model);
    }
}
