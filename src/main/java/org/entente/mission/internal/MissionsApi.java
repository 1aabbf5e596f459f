package org.entente.mission.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.entente.access.CurrentActor;
import org.entente.command.Refusal;
import org.entente.mission.internal.MissionViews.ContingentView;
import org.entente.mission.internal.MissionViews.FiguresView;
import org.entente.mission.internal.MissionViews.MissionSummary;
import org.entente.mission.internal.MissionViews.MissionView;
import org.entente.mission.internal.MissionViews.SitesView;
import org.entente.mission.internal.MissionViews.SitrepHistoryView;
import org.entente.mission.internal.MissionViews.SitrepsView;
import org.entente.register.Organization;
import org.entente.register.StateCode;
import org.entente.web.PageOf;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Missions: the public record of each, as it stands or as it was known at an instant, and the commands that keep it. */
@RestController
@RequestMapping("/api/v1/organizations/{organization}/missions")
@Tag(name = "Missions", description = "Missions on decisions to deploy forces: mandate, contingents with their strength and timeline, casualty figures; "
        + "each as the record stands or as it was known at an instant (at)")
class MissionsApi {

    private static final String AT = "The record as it was known then: an instant (2022-01-08T12:00:00Z) or a date (2022-01-08, everything known by the "
            + "end of that day, UTC). Without it, the record as it stands.";

    private final MissionViews views;
    private final MissionService service;
    private final CurrentActor actor;

    MissionsApi(MissionViews views, MissionService service, CurrentActor actor) {
        this.views = views;
        this.service = service;
        this.actor = actor;
    }

    record MandateBody(String text, List<String> tasks) {
    }

    record TheatreBody(String area, Double lat, Double lon, String timeZone) {
    }

    /** A mission to create on a request decided to deploy forces. */
    record CreationBody(String request, String name, MandateBody mandate, String forcePool, TheatreBody theatre, String until, List<String> sources) {

        MissionForms.Creation form() {
            return new MissionForms.Creation(request, name, mandate == null ? null : mandate.text(), mandate == null ? null : mandate.tasks(), forcePool,
                    theatre == null ? null : theatre.area(), theatre == null ? null : theatre.lat(), theatre == null ? null : theatre.lon(),
                    theatre == null ? null : theatre.timeZone(), until, sources);
        }
    }

    record ContingentBody(String state, List<MissionForms.Unit> units, List<MissionForms.Item> equipment, java.util.Map<String, String> planned,
                          Integer version) {
    }

    record StatusBody(String status, String at, List<String> sources, String reason, Integer version) {
    }

    record MilestoneBody(String milestone, String at, List<String> sources, Integer version) {
    }

    record PeriodBody(String from, String until) {
    }

    record FigureBody(String category, String population, Long value, String bound, PeriodBody period, String asOf, String reportedBy, String basis,
                      List<String> sources, String wording, String status, String supersedes, Integer version) {

        MissionForms.Figure form() {
            return new MissionForms.Figure(category, population, value, bound, period == null ? null : period.from(), period == null ? null : period.until(),
                    asOf, reportedBy, basis, sources, wording, status, supersedes);
        }
    }

    @GetMapping
    @Operation(summary = "An organization's missions, in the order they were decided",
            description = "Filters: status (planned, deploying, deployed, drawing_down, withdrawn, terminated), host, contributor (a state code), "
                    + "everDeployed (true: troops were deployed; the first item is then the first mission with troops deployed).")
    PageOf<MissionSummary> missions(@PathVariable String organization, @RequestParam(defaultValue = "0") int page,
                                    @RequestParam(defaultValue = "" + PageOf.DEFAULT_SIZE) int size, @RequestParam(required = false) String status,
                                    @RequestParam(required = false) String host, @RequestParam(required = false) String contributor,
                                    @RequestParam(required = false) Boolean everDeployed,
                                    @Parameter(description = AT) @RequestParam(required = false) String at) {
        PageOf.check(page, size);
        var filter = MissionForms.filter(status, host, contributor, everDeployed);
        var knownAt = MissionForms.knownAt(at);
        Organization org = views.organization(organization);
        return PageOf.of(service.missions(org, actor.get(), knownAt).stream().filter(found -> filter.test(found.record().mission())).map(views::summary).toList(),
                page, size);
    }

    @GetMapping("/{mission}")
    @Operation(summary = "One mission: legal basis, mandate, commander, mandate period and clock, lifecycle, strength with every claim, contingents "
            + "with their timelines, the casualty headlines and the mission's own losses",
            description = "404 where no such mission is recorded, or where nothing of it was known at the instant asked.")
    MissionView mission(@PathVariable String organization, @PathVariable String mission,
                        @Parameter(description = AT) @RequestParam(required = false) String at) {
        var knownAt = MissionForms.knownAt(at);
        Organization org = views.organization(organization);
        return views.mission(org, service.mission(org, actor.get(), mission, knownAt));
    }

    @GetMapping("/{mission}/contingents")
    @Operation(summary = "A mission's contingents: units, equipment by name and count, strength with every claim, planned against actual milestones")
    List<ContingentView> contingents(@PathVariable String organization, @PathVariable String mission,
                                     @Parameter(description = AT) @RequestParam(required = false) String at) {
        var knownAt = MissionForms.knownAt(at);
        return views.mission(views.organization(organization), service.mission(views.organization(organization), actor.get(), mission, knownAt)).contingents();
    }

    @GetMapping("/{mission}/contingents/{state}")
    @Operation(summary = "One contingent of a mission")
    ContingentView contingent(@PathVariable String organization, @PathVariable String mission, @PathVariable String state,
                              @Parameter(description = AT) @RequestParam(required = false) String at) {
        StateCode code = StateCode.parse("state", state);
        var knownAt = MissionForms.knownAt(at);
        return MissionViews.contingent(service.mission(views.organization(organization), actor.get(), mission, knownAt), code)
                .orElseThrow(() -> Refusal.notFound("state", code + " has no contingent in mission " + mission));
    }

    @GetMapping("/{mission}/figures")
    @Operation(summary = "A mission's casualty and incident figures: each headline (the latest figure of the preferred series) with the other "
            + "series beside it, the range (never a sum), every source and the revisions; the mission's own losses apart; every figure reported")
    FiguresView figures(@PathVariable String organization, @PathVariable String mission,
                        @Parameter(description = AT) @RequestParam(required = false) String at) {
        var knownAt = MissionForms.knownAt(at);
        return MissionViews.figures(service.mission(views.organization(organization), actor.get(), mission, knownAt));
    }

    @PostMapping
    @Operation(summary = "Create the mission of a request decided to deploy forces (the secretariat)",
            description = "Its contingents are those of the request's accepted force package, where force generation was used. 409 where the request "
                    + "was not decided to deploy forces or already has its mission.")
    @ApiResponse(responseCode = "201", description = "Created: the mission, its address in Location", useReturnTypeSchema = true)
    ResponseEntity<MissionView> create(@PathVariable String organization, @RequestBody CreationBody body) {
        var creation = MissionForms.creation(body == null ? new CreationBody(null, null, null, null, null, null, null).form() : body.form());
        Organization org = views.organization(organization);
        var created = service.create(org, actor.get(), creation);
        return ResponseEntity.created(URI.create("/api/v1/organizations/" + org.code().value() + "/missions/" + created.record().mission().id()))
                .body(views.mission(org, created));
    }

    @PostMapping("/{mission}/status")
    @Operation(summary = "Move a mission through its lifecycle (the secretariat): deploying (the order to move), deployed, drawing_down, withdrawn "
            + "or terminated (with a reason)",
            description = "at: when the step was taken (an instant, not ahead; now by default). The order to move sets each contingent's planned "
                    + "arrival from its units' ETAs. 409 where the lifecycle forbids the step or the mission changed since the version sent.")
    MissionView move(@PathVariable String organization, @PathVariable String mission, @RequestBody StatusBody body) {
        var status = MissionForms.status(body == null ? null : body.status());
        Organization org = views.organization(organization);
        var at = body.at() == null || body.at().isBlank() ? null : MissionForms.instant("at", body.at());
        return views.mission(org, service.move(org, actor.get(), mission, body.version(), status, at, MissionForms.sources(body.sources()), body.reason()));
    }

    @PostMapping("/{mission}/contingents")
    @Operation(summary = "Add a contingent sent without force generation (the secretariat): its state, its units as the sources name them "
            + "(each with its sources), its equipment by name and count, its planned milestones (an instant or a date each)",
            description = "409 where the state already has its contingent in the mission.")
    @ApiResponse(responseCode = "201", description = "Added: the mission", useReturnTypeSchema = true)
    ResponseEntity<MissionView> addContingent(@PathVariable String organization, @PathVariable String mission, @RequestBody ContingentBody body) {
        var addition = body == null ? MissionForms.contingent(null, null, null, null)
                : MissionForms.contingent(body.state(), body.units(), body.equipment(), body.planned());
        Organization org = views.organization(organization);
        var found = service.addContingent(org, actor.get(), mission, body.version(), addition);
        return ResponseEntity.created(URI.create("/api/v1/organizations/" + org.code().value() + "/missions/" + mission + "/contingents/"
                + addition.state().value())).body(views.mission(org, found));
    }

    @PostMapping("/{mission}/contingents/{state}/milestones")
    @Operation(summary = "Report a contingent's milestone reached (its state's liaison or the secretariat): departure, arrival, withdrawal_start, "
            + "withdrawal_complete",
            description = "An arrival later than planned is flagged as a slip, with its size. 422 where the milestone comes before an earlier one.")
    MissionView report(@PathVariable String organization, @PathVariable String mission, @PathVariable String state, @RequestBody MilestoneBody body) {
        StateCode code = MissionForms.state(state);
        var milestone = MissionForms.milestone(body == null ? null : body.milestone());
        var at = MissionForms.moment("at", body.at());
        Organization org = views.organization(organization);
        return views.mission(org, service.report(org, actor.get(), mission, body.version(), code, milestone, at, MissionForms.sources(body.sources())));
    }

    @PostMapping("/{mission}/figures")
    @Operation(summary = "Report a casualty or incident figure, or revise one (supersedes: the figure it revises) (the secretariat)",
            description = "A revision revises the latest figure of its own series (the same category, population and reporter). Figures from "
                    + "different sources are never added together.")
    @ApiResponse(responseCode = "201", description = "Reported: the mission's figures", useReturnTypeSchema = true)
    ResponseEntity<FiguresView> reportFigure(@PathVariable String organization, @PathVariable String mission, @RequestBody FigureBody body) {
        var report = MissionForms.figure(body == null ? new FigureBody(null, null, null, null, null, null, null, null, null, null, null, null, null).form()
                : body.form());
        Organization org = views.organization(organization);
        var found = service.reportFigure(org, actor.get(), mission, body.version(), report);
        return ResponseEntity.created(URI.create("/api/v1/organizations/" + org.code().value() + "/missions/" + mission + "/figures"))
                .body(MissionViews.figures(found));
    }

    // ---- sites and sitreps

    record SiteBody(String id, String name, Double lat, Double lon, String task, String holder, List<String> sources, String at, Integer version) {
    }

    record SiteStatusBody(String status, String at, List<String> sources, String to, String reason, Integer version) {
    }

    record SitrepBody(Integer number, Integer revision, MissionForms.Scope scope, String from, String until, String asOf, String summary,
                      List<MissionForms.Change> changes, List<String> incidents, List<String> needs, String nextDue, List<String> sources,
                      @Schema(description = "Who may read it: public, members, council or contributors (the mission's contributing states and the "
                              + "secretariat). A new sitrep without one is marked contributors; a revision without one keeps the marking it revises. "
                              + "A sitrep is read under its latest revision's marking.", allowableValues = {"public", "members", "council", "contributors"})
                      String marking, Integer version) {

        MissionForms.SitrepForm form() {
            return new MissionForms.SitrepForm(number, revision, scope, from, until, asOf, summary, changes, incidents, needs, nextDue, sources, marking);
        }
    }

    private static final SitrepBody NO_SITREP = new SitrepBody(null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    @GetMapping("/{mission}/sites")
    @Operation(summary = "A mission's sites: each named with its task, holder and status over time; the sources' own count of the sites beside, "
            + "in their words (never the number named)")
    SitesView sites(@PathVariable String organization, @PathVariable String mission, @Parameter(description = AT) @RequestParam(required = false) String at) {
        var knownAt = MissionForms.knownAt(at);
        return MissionViews.sites(service.mission(views.organization(organization), actor.get(), mission, knownAt));
    }

    @GetMapping("/{mission}/sitreps")
    @Operation(summary = "A mission's sitreps as they stand: the latest revision of each, with its number of revisions")
    SitrepsView sitreps(@PathVariable String organization, @PathVariable String mission,
                        @Parameter(description = AT) @RequestParam(required = false) String at) {
        var knownAt = MissionForms.knownAt(at);
        return MissionViews.sitreps(service.mission(views.organization(organization), actor.get(), mission, knownAt));
    }

    @GetMapping("/{mission}/sitreps/{number}")
    @Operation(summary = "One sitrep, every revision, each with what it changed against the one it supersedes",
            description = "404 where no such sitrep was filed, or none was known at the instant asked.")
    SitrepHistoryView sitrep(@PathVariable String organization, @PathVariable String mission, @PathVariable String number,
                             @Parameter(description = AT) @RequestParam(required = false) String at) {
        int sitrep = MissionForms.number(number);
        var knownAt = MissionForms.knownAt(at);
        return MissionViews.sitrep(service.mission(views.organization(organization), actor.get(), mission, knownAt), sitrep)
                .orElseThrow(() -> Refusal.notFound("number", "mission " + mission + " has no sitrep " + sitrep + (knownAt == null ? "" : " known at " + knownAt)));
    }

    @PostMapping("/{mission}/sites")
    @Operation(summary = "Add a site to a mission (the secretariat): its id (ALA-AIRPORT), name, place, task, holder (a contributing state), sources, "
            + "and when it was assigned (an instant or a date; now by default)",
            description = "409 where the mission already has a site of that id; 422 where the holder has no contingent in the mission.")
    @ApiResponse(responseCode = "201", description = "Added: the mission's sites", useReturnTypeSchema = true)
    ResponseEntity<SitesView> addSite(@PathVariable String organization, @PathVariable String mission, @RequestBody SiteBody body) {
        SiteBody given = body == null ? new SiteBody(null, null, null, null, null, null, null, null, null) : body;
        var addition = MissionForms.site(given.id(), given.name(), given.lat(), given.lon(), given.task(), given.holder(), given.sources(), given.at());
        Organization org = views.organization(organization);
        var found = service.addSite(org, actor.get(), mission, given.version(), addition);
        return ResponseEntity.created(URI.create("/api/v1/organizations/" + org.code().value() + "/missions/" + mission + "/sites"))
                .body(MissionViews.sites(found));
    }

    @PostMapping("/{mission}/sites/{site}/status")
    @Operation(summary = "Move a site on (the secretariat): secured, handed_over (to: whom) or relinquished (reason: why), at a moment (now by default)",
            description = "409 where the site's lifecycle forbids the step (e.g. handing over a site not secured) or the mission changed since the version sent.")
    SitesView moveSite(@PathVariable String organization, @PathVariable String mission, @PathVariable String site, @RequestBody SiteStatusBody body) {
        SiteStatusBody given = body == null ? new SiteStatusBody(null, null, null, null, null, null) : body;
        var move = MissionForms.siteMove(given.status(), given.at(), given.sources(), given.to(), given.reason());
        Organization org = views.organization(organization);
        return MissionViews.sites(service.moveSite(org, actor.get(), mission, given.version(), site, move));
    }

    @PostMapping("/{mission}/sitreps")
    @Operation(summary = "File a sitrep: on the whole mission (the secretariat) or on one contingent (its state's liaison)",
            description = "scope: {kind: mission} or {kind: contingent, state}. Its changes (a site's new status, a contingent's milestone reached) "
                    + "become the record's. 403 where the scope is not the filer's; 422 with every reason where a filing policy refuses it.")
    @ApiResponse(responseCode = "201", description = "Filed: the sitrep, every revision", useReturnTypeSchema = true)
    ResponseEntity<SitrepHistoryView> fileSitrep(@PathVariable String organization, @PathVariable String mission, @RequestBody SitrepBody body) {
        SitrepBody given = body == null ? NO_SITREP : body;
        var filing = MissionForms.sitrep(given.form(), false);
        Organization org = views.organization(organization);
        var filed = service.fileSitrep(org, actor.get(), mission, given.version(), filing);
        return ResponseEntity.created(URI.create("/api/v1/organizations/" + org.code().value() + "/missions/" + mission + "/sitreps/" + filed.number()))
                .body(MissionViews.sitrep(filed.found(), filed.number()).orElseThrow());
    }

    @PostMapping("/{mission}/sitreps/{number}/revisions")
    @Operation(summary = "Revise a sitrep: a new revision beside the ones before it, never in their place (its filer's scope as for filing)",
            description = "The parts not given are those of the revision it supersedes. 422 where it does not revise the latest revision "
                    + "(revision: the one it means to be) or changes the scope.")
    @ApiResponse(responseCode = "201", description = "Revised: the sitrep, every revision", useReturnTypeSchema = true)
    ResponseEntity<SitrepHistoryView> reviseSitrep(@PathVariable String organization, @PathVariable String mission, @PathVariable String number,
                                                   @RequestBody SitrepBody body) {
        int sitrep = MissionForms.number(number);
        SitrepBody given = body == null ? NO_SITREP : body;
        var filing = MissionForms.sitrep(given.form(), true);
        Organization org = views.organization(organization);
        var found = service.reviseSitrep(org, actor.get(), mission, given.version(), sitrep, filing);
        return ResponseEntity.created(URI.create("/api/v1/organizations/" + org.code().value() + "/missions/" + mission + "/sitreps/" + sitrep))
                .body(MissionViews.sitrep(found, sitrep).orElseThrow());
    }
}
