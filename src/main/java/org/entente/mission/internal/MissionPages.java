package org.entente.mission.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.access.CurrentActor;
import org.entente.access.ReleaseMarking;
import org.entente.command.Refusal;
import org.entente.forces.AvailableUnits;
import org.entente.forces.GeoPoint;
import org.entente.forces.PledgedUnit;
import org.entente.access.Role;
import org.entente.mission.Contingent;
import org.entente.mission.ContingentTimeline;
import org.entente.mission.Count;
import org.entente.mission.ReportedFigure;
import org.entente.register.StateCode;
import org.entente.mission.Mission;
import org.entente.mission.MissionState;
import org.entente.provenance.Disagreement;
import org.entente.provenance.Provenance;
import org.entente.register.Organization;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages of missions: an organization's missions with the API's filters, and a mission's page with every fact and
 * its sources, its Gantt chart, its map and its casualty figures over time; each as the record stands or as it was known
 * at a day ({@code at}, the after-action view). Its forms post to {@link MissionCommandPages}.
 */
@Controller
class MissionPages {

    private final MissionViews views;
    private final MissionService service;
    private final Provenance provenance;
    private final AvailableUnits units;
    private final CurrentActor actor;
    private final Clock clock;

    MissionPages(MissionViews views, MissionService service, Provenance provenance, AvailableUnits units, CurrentActor actor, Clock clock) {
        this.views = views;
        this.service = service;
        this.provenance = provenance;
        this.units = units;
        this.actor = actor;
        this.clock = clock;
    }

    @GetMapping("/organizations/{organization}/missions")
    String missions(@PathVariable String organization, @RequestParam(required = false) String status, @RequestParam(required = false) String host,
                    @RequestParam(required = false) String contributor, @RequestParam(required = false) String everDeployed,
                    @RequestParam(required = false) String at, Model model) {
        Instant knownAt = MissionForms.knownAt(at);
        Organization org = frame(organization, at, knownAt, model);
        var filter = MissionForms.filter(MissionForms.blankToNull(status), MissionForms.blankToNull(host), MissionForms.blankToNull(contributor), everDeployed(everDeployed));
        List<MissionService.Found> all = service.missions(org, actor.get(), knownAt);
        model.addAttribute("missions", all.stream().filter(found -> filter.test(found.record().mission())).map(views::summary).toList());
        model.addAttribute("total", all.size());
        model.addAttribute("filter", Map.of("status", blank(status), "host", blank(host), "contributor", blank(contributor),
                "everDeployed", blank(everDeployed)));
        model.addAttribute("filtered", !(blank(status) + blank(host) + blank(contributor) + blank(everDeployed)).isBlank());
        model.addAttribute("statuses", MissionState.Status.values());
        model.addAttribute("hosts", options(all.stream().map(found -> found.record().mission().host().value()), host));
        model.addAttribute("contributors", options(all.stream().flatMap(found -> found.record().mission().contributors().stream())
                .map(code -> code.value()), contributor));
        model.addAttribute("secretariat", knownAt == null && actor.get().holds(Role.SECRETARIAT, org.code(), null));
        return "missions";
    }

    @GetMapping("/organizations/{organization}/missions/{mission}")
    String mission(@PathVariable String organization, @PathVariable String mission, @RequestParam(required = false) String at, Model model) {
        Instant knownAt = MissionForms.knownAt(at);
        Organization org = frame(organization, at, knownAt, model);
        MissionService.Found found = service.mission(org, actor.get(), mission, knownAt);
        Mission domain = found.record().mission();
        MissionViews.MissionView view = views.mission(org, found);
        LocalDate day = views.clockDay(knownAt, domain);
        model.addAttribute("mission", view);
        model.addAttribute("gantt", MissionGantt.of(domain, day));
        boolean mayReadPledges = ReleaseMarking.MEMBERS.readableBy(actor.get(), org.code(), Set.of());
        model.addAttribute("map", MissionMap.of(domain, mayReadPledges ? homeBases(org, domain) : Map.of()));
        model.addAttribute("packageUnits", domain.contingents().stream().flatMap(contingent -> contingent.units().stream())
                .anyMatch(Contingent.Unit.FromPackage.class::isInstance));
        model.addAttribute("mayReadPledges", mayReadPledges);
        model.addAttribute("casualtyCharts", chartsByHeadline(CasualtyChart.of(found.record().figures().crisisHeadlines())));
        model.addAttribute("lossCharts", chartsByHeadline(CasualtyChart.of(found.record().figures().missionLosses())));
        String request = domain.basis().request();
        List<Disagreement> disagreements = provenance.content(org.code().value(), clock.instant()).disagreements();
        model.addAttribute("basisDisagreements", disagreements.stream()
                .filter(d -> d.subject().equals("request:" + request) || d.subject().equals("mission:" + domain.id())).toList());
        model.addAttribute("topicDisagreements", disagreements.stream().filter(d -> d.subject().startsWith("topic:" + request + "-")).toList());
        commands(org, found, model);
        return "mission";
    }

    /**
     * What the forms of the mission's page need (posted to {@link MissionCommandPages}): who may issue which command, the
     * steps the mission's status allows, the version the page shows; no form on the record as known at a day.
     */
    private void commands(Organization org, MissionService.Found found, Model model) {
        var current = actor.get();
        boolean live = found.knownAt() == null;
        boolean secretariat = live && current.holds(Role.SECRETARIAT, org.code(), null);
        MissionState.Status status = found.record().mission().current().status();
        model.addAttribute("secretariat", secretariat);
        model.addAttribute("reporterStates", !live ? List.of() : secretariat ? found.record().mission().contingents().stream()
                .map(contingent -> contingent.state().value()).toList()
                : current.statesFor(Role.LIAISON, org.code()).stream().map(StateCode::value).toList());
        model.addAttribute("version", found.version());
        model.addAttribute("steps", java.util.Arrays.stream(MissionState.Status.values()).filter(status::leadsTo).toList());
        model.addAttribute("reportable", List.of(ContingentTimeline.Milestone.DEPARTURE, ContingentTimeline.Milestone.ARRIVAL,
                ContingentTimeline.Milestone.WITHDRAWAL_START, ContingentTimeline.Milestone.WITHDRAWAL_COMPLETE));
        model.addAttribute("categories", ReportedFigure.Category.values());
        model.addAttribute("populations", ReportedFigure.Population.values());
        model.addAttribute("bounds", Count.Bound.values());
        model.addAttribute("figureBases", ReportedFigure.Basis.values());
        model.addAttribute("revisable", found.record().figures().figures().stream().filter(figure -> figure.status() != ReportedFigure.Status.RETRACTED)
                .map(MissionViews.FigureView::of).toList());
    }

    /** The home bases of the mission's package units, by unit id, as the units pledged and valid on the day it was decided give them. */
    private Map<String, GeoPoint> homeBases(Organization org, Mission mission) {
        var ids = mission.contingents().stream().flatMap(contingent -> contingent.units().stream())
                .filter(Contingent.Unit.FromPackage.class::isInstance).map(unit -> ((Contingent.Unit.FromPackage) unit).unitId()).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        var bases = new HashMap<String, GeoPoint>();
        for (PledgedUnit unit : units.on(org.code(), mission.period().decided().from().date()).units()) {
            if (ids.contains(unit.id())) {
                bases.put(unit.id(), unit.base());
            }
        }
        return bases;
    }

    private static Map<String, CasualtyChart> chartsByHeadline(List<CasualtyChart> charts) {
        var byHeadline = new LinkedHashMap<String, CasualtyChart>();
        charts.forEach(chart -> byHeadline.put(chart.category() + "/" + chart.population(), chart));
        return byHeadline;
    }

    private Organization frame(String code, String at, Instant knownAt, Model model) {
        return frame(views, views.organization(code), at, knownAt, model);
    }

    /** What every page of a mission's record shows around it: the organization, and the instant it is read as known at (and as asked). */
    static Organization frame(MissionViews views, Organization organization, String at, Instant knownAt, Model model) {
        model.addAttribute("organization", organization);
        model.addAttribute("recordedAt", null);
        model.addAttribute("at", knownAt == null ? null : at.trim());
        model.addAttribute("knownAt", knownAt);
        model.addAttribute("today", views.today());
        return organization;
    }

    /** The states a filter offers: those of the missions, and the one asked for, so that the form shows what the list is filtered by. */
    private static List<String> options(java.util.stream.Stream<String> states, String asked) {
        return java.util.stream.Stream.concat(states, asked == null || asked.isBlank() ? java.util.stream.Stream.empty() : java.util.stream.Stream.of(asked))
                .distinct().sorted().toList();
    }

    /** Whether troops were ever deployed, as the filter asks: true, false, or either (blank); anything else is refused, as the API refuses it. */
    private static Boolean everDeployed(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.equals("true") && !value.equals("false")) {
            throw Refusal.invalid("everDeployed", "'" + value + "' is neither true nor false");
        }
        return Boolean.valueOf(value);
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }

}
