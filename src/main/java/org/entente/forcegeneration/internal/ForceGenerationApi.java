package org.entente.forcegeneration.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.entente.access.CurrentActor;
import org.entente.forcegeneration.Requirement;
import org.entente.forcegeneration.StatementOfRequirements;
import org.entente.forcegeneration.internal.planner.Replanning;
import org.entente.forces.Capability;
import org.entente.forces.GeoPoint;
import org.entente.register.Coded;
import java.time.Instant;
import org.entente.forcegeneration.internal.planner.Replanning;
import org.entente.forcegeneration.internal.ForceGenerationForms.Requirements;
import org.entente.register.Organization;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Force generation for a decision to deploy: requirements, planner jobs, the accepted package and its re-planning. */
@RestController
@RequestMapping("/api/v1/organizations/{organization}/requests/{id}/force-generation")
@Tag(name = "Force generation", description = "Statements of requirements, planner jobs, force packages")
class ForceGenerationApi {

    private final ForceGenerationService service;
    private final ForceGenerationViews views;
    private final CurrentActor actor;
    private final JobEvents events;

    ForceGenerationApi(ForceGenerationService service, ForceGenerationViews views, CurrentActor actor, JobEvents events) {
        this.service = service;
        this.views = views;
        this.actor = actor;
        this.events = events;
    }

    record Start(Double budgetSeconds) {
    }

    /**
     * Accepting a plan: {@code acceptShortfall} accepts it though it leaves requirements short (without it, such a plan is refused);
     * {@code confirmedShortfalls}, optional, ties the acceptance to the shortfall confirmed (a job's {@code acceptance.confirmation}).
     */
    record Acceptance(Boolean acceptShortfall,
                      @io.swagger.v3.oas.annotations.media.Schema(description = "Optional: the job's acceptance.confirmation as shown when the "
                              + "shortfall was confirmed; 409 if the plan no longer leaves exactly that short") String confirmedShortfalls) {
    }

    record Dropping(List<String> droppedUnits) {
    }

    record RepairView(int changedAssignments, double objectiveBefore, double objectiveAfter, long tookMs, List<String> violations) {
    }

    @GetMapping("/requirements")
    @Operation(summary = "The decision's statement of requirements")
    Requirements requirements(@PathVariable String organization, @PathVariable String id) {
        return Requirements.of(service.requirements(views.organization(organization), id));
    }

    @PutMapping("/requirements")
    @Operation(summary = "Set the statement of requirements of a decision to deploy (the secretariat)",
            description = "422 names a figure out of bounds: theatreLat -90 to 90, theatreLon -180 to 180, lines[i].latestArrivalHours 1 to 8760, "
                    + "lines[i].personnel 0 to 1000000, lines[i].minUnits 0 to 1000.")
    Requirements putRequirements(@PathVariable String organization, @PathVariable String id, @RequestBody Requirements body) {
        Organization org = views.organization(organization);
        StatementOfRequirements requirements = ForceGenerationForms.statement(body);
        service.putRequirements(org, actor.get(), id, requirements);
        return Requirements.of(requirements); // as stored, without a second read that a busy pool could refuse after the commit
    }

    @PostMapping("/jobs")
    @Operation(summary = "Start the planner on the decision's requirements and today's valid pledges (the secretariat); 202 with the job")
    @ApiResponse(responseCode = "202", description = "Started: the job, queued or running, its address in Location", useReturnTypeSchema = true)
    ResponseEntity<ForceGenerationViews.JobView> start(@PathVariable String organization, @PathVariable String id,
                                                      @RequestBody(required = false) Start body) {
        Organization org = views.organization(organization);
        var job = service.start(org, actor.get(), id, ForceGenerationForms.budget(body == null ? null : body.budgetSeconds()));
        return ResponseEntity.accepted().location(URI.create("/api/v1/organizations/" + org.code().value() + "/requests/" + id + "/force-generation/jobs/" + job.id()))
                .body(views.job(org, id, job.id()));
    }

    @GetMapping("/jobs/{job}")
    @Operation(summary = "A planner job: status, best objective so far, and once done its plan explained per constraint",
            description = "leftOut lists the pledges the planning left out because their stored values are not sound, each with the reason.")
    ForceGenerationViews.JobView job(@PathVariable String organization, @PathVariable String id, @PathVariable String job) {
        return views.job(views.organization(organization), id, job);
    }

    @GetMapping(path = "/jobs/{job}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "A planner job's progress as server-sent events",
            description = "A `progress` event (JSON: id, status, bestObjective, foundBy, elapsedMs, budgetMs) at once, whenever the status "
                    + "changes, and once a second while the job runs; once it has ended (or is gone, or its budget and two minutes have passed), "
                    + "a last `progress` and a `done` event, and the stream closes.")
    SseEmitter events(@PathVariable String organization, @PathVariable String id, @PathVariable String job) {
        return events.stream(views.organization(organization), id, job);
    }

    @PostMapping("/jobs/{job}/termination")
    @Operation(summary = "Ask a running job to stop with the best plan it has (the secretariat)")
    ForceGenerationViews.JobView terminate(@PathVariable String organization, @PathVariable String id, @PathVariable String job) {
        Organization org = views.organization(organization);
        service.terminate(org, actor.get(), id, job);
        return views.job(org, id, job);
    }

    @PostMapping("/jobs/{job}/acceptance")
    @Operation(summary = "Accept a job's plan as the decision's force package (the secretariat); its units as stored",
            description = "A plan that leaves any requirement short of personnel or units is refused with 422 (policy covers-every-requirement), "
                    + "one error per short requirement saying by how much, unless the body says {\"acceptShortfall\": true}; the package is then "
                    + "recorded as accepted short (acceptedShort on each unit, and in the audit entry). A plan that covers everything needs no body. "
                    + "The shortfall is counted against today's requirements and pledges, as the job's acceptance.shortfalls lists it; "
                    + "confirmedShortfalls (optional, the job's acceptance.confirmation, also named in the 422) accepts it only if the plan "
                    + "still leaves exactly that short when accepted: otherwise 409 (field confirmedShortfalls) naming the shortfall as it stands.")
    List<JdbcForceGeneration.PackageUnit> accept(@PathVariable String organization, @PathVariable String id, @PathVariable String job,
                                                 @RequestBody(required = false) Acceptance body) {
        Organization org = views.organization(organization);
        return service.accept(org, actor.get(), id, job, body != null && Boolean.TRUE.equals(body.acceptShortfall()),
                body == null ? null : body.confirmedShortfalls());
    }

    @GetMapping("/package")
    @Operation(summary = "The accepted force package: per unit its state, requirement, personnel and ETA; its acceptance; what it leaves short; "
            + "whether it is out of date",
            description = "With `at` (an instant, e.g. 2026-12-04T10:00:00Z), the package as it stood then by recorded time: each "
                    + "acceptance and re-planning is kept, so an earlier package can be read back; no units before one was accepted. "
                    + "acceptedShort: it was accepted knowing it left requirements short; shortfalls: what it leaves short of the statement of "
                    + "requirements it was made for. outOfDate (null while current): that statement changed since; madeFor and standing are "
                    + "the instants the two versions were recorded from, changes lists each requirement added, removed or changed, "
                    + "and the theatre moved.")
    ForceGenerationViews.PackageView forcePackage(@PathVariable String organization, @PathVariable String id,
                                                       @Parameter(description = "An instant (ISO 8601, UTC): the package as it stood then")
                                                       @RequestParam(required = false) Instant at) {
        return views.forcePackage(views.organization(organization), id, at);
    }

    @PostMapping("/package/replanning")
    @Operation(summary = "Re-plan the accepted package after units drop out, keeping it good while changing few other assignments (the secretariat)",
            description = "Each entry of droppedUnits names a unit of the package; a null or blank one is a 400 naming it (droppedUnits[0]). "
                    + "The answer's changedAssignments counts the units, other than those that left, whose requirement differs from the "
                    + "package's before.")
    RepairView replan(@PathVariable String organization, @PathVariable String id, @RequestBody Dropping body) {
        Set<String> dropped = ForceGenerationForms.dropped("droppedUnits", body == null ? null : body.droppedUnits(),
                "name the units of the package that dropped out");
        Replanning.Repair repair = service.replan(views.organization(organization), actor.get(), id, dropped);
        return new RepairView(repair.changedAssignments(), repair.objectiveBefore(), repair.objectiveAfter(), repair.took().toMillis(),
                repair.evaluation().violations());
    }
}
