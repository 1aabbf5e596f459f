package org.entente.forces.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.entente.access.CurrentActor;
import org.entente.forces.ForcePool;
import org.entente.forces.Pledge;
import org.entente.forces.internal.ForcesViews.PledgeView;
import org.entente.forces.internal.ForcesViews.PledgesPage;
import org.entente.forces.internal.ForcesViews.PoolDetail;
import org.entente.forces.internal.ForcesViews.PoolView;
import org.entente.provenance.Disagreement;
import org.entente.register.Organization;
import org.entente.web.PageOf;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Force pools (public, with their gap analysis for the organization's role holders) and pledged units (the organization's). */
@RestController
@RequestMapping("/api/v1/organizations/{organization}")
@Tag(name = "Forces", description = "Force pools, pledged units and the gap analysis of capacity goals against pledges")
class ForcesApi {

    private final ForcesViews views;
    private final ForcesService service;
    private final CurrentActor actor;

    ForcesApi(ForcesViews views, ForcesService service, CurrentActor actor) {
        this.views = views;
        this.service = service;
        this.actor = actor;
    }

    record Point(Double lat, Double lon) {
    }

    record CaveatsBody(Boolean noCombat, Integer nationalCapPersonnel) {
    }

    /** A pledge as submitted: {@code state} on creation only, {@code version} (the one the change was made from) on an edit. */
    record PledgeBody(String state, String pool, String designation, String capability, Integer personnel, List<PledgeForms.EquipmentItem> equipment,
                      Integer noticeToMoveHours, Point homeBase, String transport, CaveatsBody caveats, String expiresOn, Integer version) {

        PledgeForms.Submitted submitted() {
            return new PledgeForms.Submitted(pool, designation, capability, personnel, PledgeForms.equipment(equipment), noticeToMoveHours,
                    homeBase == null ? null : homeBase.lat(), homeBase == null ? null : homeBase.lon(), transport,
                    caveats == null ? null : caveats.noCombat(), caveats == null ? null : caveats.nationalCapPersonnel(), expiresOn);
        }
    }

    record Verification(String readiness, Integer version) {
    }

    record Withdrawal(Integer version) {
    }

    @GetMapping("/pools")
    @Operation(summary = "An organization's force pools: kind, establishment, strength, capacity goals, sources and the disagreements about them")
    PageOf<PoolView> pools(@PathVariable String organization, @RequestParam(defaultValue = "0") int page,
                           @RequestParam(defaultValue = "" + PageOf.DEFAULT_SIZE) int size) {
        PageOf.check(page, size);
        Organization org = views.organization(organization);
        Map<String, List<Disagreement>> disagreements = views.disagreements(org);
        return PageOf.of(service.pools(org).stream().map(pool -> ForcesViews.pool(pool, disagreements.get(pool.id()))).toList(), page, size);
    }

    @GetMapping("/pools/{id}")
    @Operation(summary = "One force pool, and for the organization's role holders its gap analysis: capacity goals against valid pledges",
            description = "The gap analysis counts the pledges valid on the date (today by default): not withdrawn, not expired; per capability, by readiness and in total, with the shortfall against the goal. "
                    + "Pledges whose stored values are not sound are left out and listed in gapAnalysis.leftOut with the reason.")
    PoolDetail pool(@PathVariable String organization, @PathVariable String id,
                    @Parameter(description = "The date the pledges must be valid on (ISO, default today)")
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        Organization org = views.organization(organization);
        ForcePool pool = service.pool(org, id);
        var gap = service.gapAnalysis(org, actor.get(), pool, date == null ? service.today() : date);
        return new PoolDetail(ForcesViews.pool(pool, views.disagreements(org).get(id)), gap.isPresent(), gap.map(ForcesViews::gap).orElse(null));
    }

    @GetMapping("/pledges")
    @Operation(summary = "An organization's pledged units (its role holders only), withdrawn and expired ones included",
            description = "Filters: pool, state, capability (inf, arm, ...: the forces' capability codes), readiness (pledged, verified, rapid_deployment). "
                    + "A stored row that makes no pledge (written around the commands, e.g. a home base off the Earth) is not listed: leftOut names it "
                    + "({id, name, reason}), whatever the filters; its state's liaison or the secretariat withdraws it.")
    PledgesPage pledges(@PathVariable String organization, @RequestParam(defaultValue = "0") int page,
                               @RequestParam(defaultValue = "" + PageOf.DEFAULT_SIZE) int size,
                               @RequestParam(required = false) String pool, @RequestParam(required = false) String state,
                               @RequestParam(required = false) String capability, @RequestParam(required = false) String readiness) {
        PageOf.check(page, size);
        PledgeFilter filter = PledgeFilter.of(pool, state, capability, readiness);
        Organization org = views.organization(organization);
        JdbcPledges.Stored stored = service.pledges(org, actor.get());
        return PledgesPage.of(PageOf.of(filter.apply(stored.pledges()).stream().map(views::pledge).toList(), page, size), stored.leftOut());
    }

    @GetMapping("/pledges/{id}")
    @Operation(summary = "One pledged unit with its history: who changed what, when",
            description = "409 where the stored row makes no pledge (written around the commands): it cannot be read or changed; withdraw it and pledge the unit again.")
    PledgeView pledge(@PathVariable String organization, @PathVariable long id) {
        return views.pledge(service.pledge(views.organization(organization), actor.get(), id));
    }

    @PostMapping("/pledges")
    @Operation(summary = "Pledge a unit: a liaison for their own state, the secretariat for any",
            description = "422 lists every policy that refuses (pool exists, state in good standing, personnel 1 to 100000 and within the national cap, "
                    + "notice to move 0 to 720 hours, expiry in the future), or names a figure out of bounds (homeBase, equipment[i].count from 1 to 100000, "
                    + "caveats.nationalCapPersonnel from 1 to 1000000). A control character in any text is a 400 naming it.")
    @ApiResponse(responseCode = "201", description = "Pledged: the pledge, its address in Location", useReturnTypeSchema = true)
    ResponseEntity<PledgeView> create(@PathVariable String organization, @RequestBody PledgeBody body) {
        var terms = PledgeForms.terms(body.submitted());
        var state = PledgeForms.state(body.state());
        Organization org = views.organization(organization);
        Pledge created = service.create(org, actor.get(), state, terms);
        return ResponseEntity.created(URI.create("/api/v1/organizations/" + org.code().value() + "/pledges/" + created.id())).body(views.pledge(created));
    }

    @PutMapping("/pledges/{id}")
    @Operation(summary = "Edit a pledge (its state's liaison or the secretariat): send the version it was read at; a verified pledge goes back to pledged",
            description = "409 when the pledge changed since that version (or was withdrawn), or when its stored row makes no pledge.")
    PledgeView edit(@PathVariable String organization, @PathVariable long id, @RequestBody PledgeBody body) {
        var edit = PledgeForms.edit(body.submitted(), body.version());
        Organization org = views.organization(organization);
        PledgeForms.keepsState(body.state(), () -> service.pledge(org, actor.get(), id).state());
        return views.pledge(service.edit(org, actor.get(), id, edit.version(), edit.terms()));
    }

    @PostMapping("/pledges/{id}/verification")
    @Operation(summary = "Verify a pledge (the secretariat): raise it one rung, to verified or from there to rapid_deployment",
            description = "Without a readiness, the rung above its own. An optional version guards against a change made meanwhile. "
                    + "409 when the stored row makes no pledge.")
    PledgeView verify(@PathVariable String organization, @PathVariable long id, @RequestBody(required = false) Verification body) {
        var to = PledgeForms.readiness(body == null ? null : body.readiness());
        return views.pledge(service.verify(views.organization(organization), actor.get(), id, body == null ? null : body.version(), to));
    }

    @PostMapping("/pledges/{id}/withdrawal")
    @Operation(summary = "Withdraw a pledge (its state's liaison or the secretariat): it no longer counts and no longer changes",
            description = "200 with the pledge withdrawn; 204 where its stored row makes no pledge (it cannot be read, and is withdrawn all the same, "
                    + "by the same policies, version check and audit entry).")
    @ApiResponse(responseCode = "200", description = "Withdrawn: the pledge as it now stands", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "204", description = "Withdrawn, where its stored row makes no pledge")
    ResponseEntity<PledgeView> withdraw(@PathVariable String organization, @PathVariable long id, @RequestBody(required = false) Withdrawal body) {
        return service.withdraw(views.organization(organization), actor.get(), id, body == null ? null : body.version())
                .map(withdrawn -> ResponseEntity.ok(views.pledge(withdrawn)))
                .orElseGet(() -> ResponseEntity.noContent().build());
    }
}
