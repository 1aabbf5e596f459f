package org.entente.forces.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.entente.access.Actor;
import org.entente.access.CurrentActor;
import org.entente.access.Role;
import org.entente.command.Refusal;
import org.entente.forces.Capability;
import org.entente.forces.Transport;
import org.entente.forces.ForcePool;
import org.entente.forces.Pledge;
import org.entente.forces.Readiness;
import org.entente.provenance.Disagreement;
import org.entente.register.Organization;
import org.entente.register.Register;
import org.entente.register.StateCode;
import org.entente.web.Csv;
import org.entente.web.FormAttempt;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The pages of standing forces: an organization's pools, a pool's page (its facts with their sources
 * and disputes; for the organization's role holders its gap analysis as a chart and its pledges), the
 * map of home bases, and the pledge form for adding and editing. A refused form comes back as it was
 * filled in, with the reasons; a refused verification or withdrawal comes back to the pool's page.
 */
@Controller
class ForcesPages {

    private final ForcesViews views;
    private final ForcesService service;
    private final Register register;
    private final CurrentActor actor;
    private final Clock clock;

    ForcesPages(ForcesViews views, ForcesService service, Register register, CurrentActor actor, Clock clock) {
        this.views = views;
        this.service = service;
        this.register = register;
        this.actor = actor;
        this.clock = clock;
    }

    @GetMapping("/organizations/{organization}/forces")
    String forces(@PathVariable String organization, Model model) {
        Organization org = frame(organization, model);
        Actor current = actor.get();
        boolean mayRead = ForcesService.mayReadPledges(current, org.code());
        List<ForcePool> pools = service.pools(org);
        model.addAttribute("pools", pools);
        model.addAttribute("disputed", disputedByPool(org).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> entry.getValue().stream().collect(Collectors.groupingBy(Disagreement::attribute)))));
        model.addAttribute("mayRead", mayRead);
        model.addAttribute("mayPledge", !pledgingStates(org).isEmpty() && !pools.isEmpty());
        if (mayRead) {
            LocalDate today = service.today();
            JdbcPledges.Stored countable = service.countable(org, current);
            model.addAttribute("validPledges", countable.pledges().stream().filter(pledge -> pledge.validOn(today))
                    .collect(Collectors.groupingBy(pledge -> pledge.terms().poolId(), Collectors.counting())));
            model.addAttribute("leftOut", countable.leftOut());
        }
        return "forces";
    }

    /** The pledged units, with the API's filters, as a CSV download; for the organization's role holders (refused to others). */
    @GetMapping("/organizations/{organization}/forces/pledges.csv")
    ResponseEntity<byte[]> pledgesCsv(@PathVariable String organization, @RequestParam(required = false) String pool,
                                      @RequestParam(required = false) String state, @RequestParam(required = false) String capability,
                                      @RequestParam(required = false) String readiness) {
        PledgeFilter filter = PledgeFilter.of(pool, state, capability, readiness);
        Organization org = views.organization(organization);
        JdbcPledges.Stored stored = service.pledges(org, actor.get());
        return Csv.download(Csv.filename(org.code().value(), "pledges"), PledgesCsv.of(filter.apply(stored.pledges()).stream().map(views::pledge).toList()));
    }

    @GetMapping("/organizations/{organization}/forces/map")
    String map(@PathVariable String organization, Model model) {
        Organization org = frame(organization, model);
        LocalDate today = service.today();
        JdbcPledges.Stored countable = service.countable(org, actor.get());
        List<Pledge> valid = countable.pledges().stream().filter(pledge -> pledge.validOn(today)).toList();
        model.addAttribute("map", HomeBaseMap.of(valid));
        model.addAttribute("leftOut", countable.leftOut());
        model.addAttribute("today", today);
        model.addAttribute("poolNames", service.pools(org).stream().collect(Collectors.toMap(ForcePool::id, ForcePool::name)));
        return "forces-map";
    }

    @GetMapping("/organizations/{organization}/forces/pools/{id}")
    String pool(@PathVariable String organization, @PathVariable String id,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Model model) {
        Organization org = frame(organization, model);
        Actor current = actor.get();
        ForcePool pool = service.pool(org, id);
        List<Disagreement> disagreements = disputedByPool(org).getOrDefault(id, List.of());
        model.addAttribute("pool", pool);
        model.addAttribute("disagreements", disagreements);
        model.addAttribute("disputed", disagreements.stream().collect(Collectors.groupingBy(Disagreement::attribute)));
        gap(org, pool, date, model);
        if (ForcesService.mayReadPledges(current, org.code())) {
            JdbcPledges.Stored stored = service.pledges(org, current);
            model.addAttribute("pledges", stored.pledges().stream().filter(pledge -> pledge.terms().poolId().equals(id))
                    .sorted(Comparator.comparing((Pledge pledge) -> pledge.withdrawn()).thenComparing(pledge -> pledge.state().value())
                            .thenComparingLong(Pledge::id))
                    .toList());
            model.addAttribute("unreadable", stored.leftOut());
        }
        boolean secretariat = current.holds(Role.SECRETARIAT, org.code(), null);
        model.addAttribute("secretariat", secretariat);
        model.addAttribute("auditor", secretariat || current.holds(Role.OBSERVER, org.code(), null));
        model.addAttribute("liaisonStates", liaisonStates(org));
        model.addAttribute("mayPledge", !pledgingStates(org).isEmpty());
        return "pool";
    }

    /**
     * The gap analysis on another date, for the date picker to swap in with htmx; the browser's address becomes the
     * pool's page on that date ({@code HX-Replace-Url}).
     */
    @GetMapping("/organizations/{organization}/forces/pools/{id}/gap")
    String gapOn(@PathVariable String organization, @PathVariable String id,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Model model,
                 HttpServletRequest request, HttpServletResponse response) {
        Organization org = frame(organization, model);
        ForcePool pool = service.pool(org, id);
        model.addAttribute("pool", pool);
        LocalDate on = gap(org, pool, date, model);
        response.setHeader("HX-Replace-Url", UriComponentsBuilder.fromPath(request.getContextPath() + "/organizations/{organization}/forces/pools/{id}")
                .queryParam("date", on).buildAndExpand(org.code().value(), pool.id()).encode().toUriString());
        return "pool :: gap";
    }

    /** Puts the pool's gap analysis on {@code date} (today where null) into the model; the date it is for. */
    private LocalDate gap(Organization organization, ForcePool pool, LocalDate date, Model model) {
        LocalDate on = date == null ? service.today() : date;
        model.addAttribute("date", on);
        model.addAttribute("mayRead", ForcesService.mayReadPledges(actor.get(), organization.code()));
        service.gapAnalysis(organization, actor.get(), pool, on).ifPresent(gap -> {
            model.addAttribute("gap", gap.analysis());
            model.addAttribute("chart", GapChart.of(gap.analysis()));
            model.addAttribute("leftOut", gap.leftOut());
        });
        return on;
    }

    @GetMapping("/organizations/{organization}/forces/pledges/new")
    String newPledge(@PathVariable String organization, @RequestParam(required = false) String pool, Model model) {
        Organization org = frame(organization, model);
        List<String> states = pledgingStates(org);
        List<ForcePool> pools = service.pools(org);
        String chosen = pool != null && pools.stream().anyMatch(candidate -> candidate.id().equals(pool)) ? pool
                : pools.isEmpty() ? "" : pools.getFirst().id();
        return form(org, PledgeForm.blank(states.isEmpty() ? "" : states.getFirst(), chosen, service.today()), null, model);
    }

    @PostMapping("/organizations/{organization}/forces/pledges")
    String create(@PathVariable String organization, @ModelAttribute("form") PledgeForm form, Model model, HttpServletResponse response) {
        Organization org = views.organization(organization);
        return attempt(org, form, null, model, response, () -> {
            var terms = PledgeForms.terms(form.submitted());
            Pledge pledge = service.create(org, actor.get(), PledgeForms.state(form.state()), terms);
            return poolPage(org, pledge);
        });
    }

    @GetMapping("/organizations/{organization}/forces/pledges/{id}/edit")
    String editPledge(@PathVariable String organization, @PathVariable long id, Model model) {
        Organization org = frame(organization, model);
        Pledge pledge = service.pledge(org, actor.get(), id);
        return form(org, PledgeForm.of(pledge), pledge, model);
    }

    @PostMapping("/organizations/{organization}/forces/pledges/{id}")
    String edit(@PathVariable String organization, @PathVariable long id, @ModelAttribute("form") PledgeForm form, Model model,
                HttpServletResponse response) {
        Organization org = views.organization(organization);
        Pledge current = service.pledge(org, actor.get(), id);
        return attempt(org, form, current, model, response, () -> {
            var terms = PledgeForms.terms(form.submitted());
            Integer version = form.versionNumber();
            return poolPage(org, service.edit(org, actor.get(), id, version == null ? current.version() : version, terms));
        });
    }

    @PostMapping("/organizations/{organization}/forces/pledges/{id}/verification")
    String verify(@PathVariable String organization, @PathVariable long id, @RequestParam(required = false) String readiness,
                  @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        return step(organization, id, redirect, org -> service.verify(org, actor.get(), id, version, PledgeForms.readiness(readiness)));
    }

    @PostMapping("/organizations/{organization}/forces/pledges/{id}/withdrawal")
    String withdraw(@PathVariable String organization, @PathVariable long id, @RequestParam(required = false) Integer version,
                    RedirectAttributes redirect) {
        return step(organization, id, redirect, org -> service.withdraw(org, actor.get(), id, version).orElseThrow());
    }

    /** Runs a step on a pledge and comes back to its pool's page, with the reason where the step was refused. */
    private String step(String organization, long id, RedirectAttributes redirect, Function<Organization, Pledge> step) {
        Organization org = views.organization(organization);
        Pledge pledge = service.pledge(org, actor.get(), id);
        try {
            return "redirect:" + poolPage(org, step.apply(org));
        } catch (Refusal refused) {
            if (refused.reason() == Refusal.Reason.NOT_FOUND) {
                throw refused;
            }
            redirect.addFlashAttribute("problem", refused.detail());
            return "redirect:" + poolPage(org, pledge);
        }
    }

    /** Saves the form, or shows it again as it was filled in, with the reasons it was refused. */
    private String attempt(Organization organization, PledgeForm form, Pledge editing, Model model, HttpServletResponse response, Supplier<String> save) {
        return FormAttempt.saveOrShowAgain(model, response, "problem", () -> "redirect:" + save.get(), () -> {
            frame(organization, model);
            return form(organization, form, editing, model);
        });
    }

    private String form(Organization organization, PledgeForm form, Pledge editing, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("states", editing == null ? pledgingStates(organization) : List.of(editing.state().value()));
        model.addAttribute("pools", service.pools(organization));
        model.addAttribute("capabilities", Capability.values());
        model.addAttribute("transports", Transport.values());
        model.addAttribute("readinessLevels", Readiness.values());
        model.addAttribute("limits", PledgeForms.LIMITS);
        if (!model.containsAttribute("fieldErrors")) {
            model.addAttribute("fieldErrors", Map.of());
        }
        return "pledge-form";
    }

    private static String poolPage(Organization organization, Pledge pledge) {
        return "/organizations/" + organization.code().value() + "/forces/pools/" + pledge.terms().poolId();
    }

    private Organization frame(String code, Model model) {
        return frame(views.organization(code), model);
    }

    private static Organization frame(Organization organization, Model model) {
        model.addAttribute("organization", organization);
        model.addAttribute("recordedAt", null);
        return organization;
    }

    private Map<String, List<Disagreement>> disputedByPool(Organization organization) {
        return views.disagreements(organization);
    }

    /** The states the actor may pledge for: a liaison's own, or, for the secretariat, every member in good standing today. */
    private List<String> pledgingStates(Organization organization) {
        if (actor.get().holds(Role.SECRETARIAT, organization.code(), null)) {
            return register.membership(organization.code(), clock.instant()).inGoodStandingOn(service.today()).stream()
                    .map(StateCode::value).toList();
        }
        return liaisonStates(organization);
    }

    private List<String> liaisonStates(Organization organization) {
        return actor.get().statesFor(Role.LIAISON, organization.code()).stream().map(StateCode::value).toList();
    }
}
