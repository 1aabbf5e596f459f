package org.entente.forcegeneration.internal;

import io.swagger.v3.oas.annotations.Operation;
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
import org.entente.register.Organization;
import org.entente.web.Problems;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
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

    record Line(String id, String capability, Boolean combat, Integer latestArrivalHours, Integer personnel, Integer minUnits) {
    }

    record Requirements(Double theatreLat, Double theatreLon, List<Line> lines) {
    }

    record Start(Double budgetSeconds) {
    }

    record Dropping(List<String> droppedUnits) {
    }

    record RepairView(int changedAssignments, double objectiveBefore, double objectiveAfter, long tookMs, List<String> violations) {
    }

    @GetMapping("/requirements")
    @Operation(summary = "The decision's statement of requirements")
    Requirements requirements(@PathVariable String organization, @PathVariable String id) {
        return view(service.requirements(views.organization(organization), id));
    }

    private static Requirements view(StatementOfRequirements sor) {
        return new Requirements(sor.theatre().lat(), sor.theatre().lon(), sor.requirements().stream().map(r -> new Line(r.id(), r.capability().code(),
                r.combat(), r.latestArrivalHours(), r.personnel(), r.minUnits())).toList());
    }

    @PutMapping("/requirements")
    @Operation(summary = "Set the statement of requirements of a decision to deploy (the secretariat)",
            description = "422 names a figure out of bounds: theatreLat -90 to 90, theatreLon -180 to 180, lines[i].latestArrivalHours 1 to 8760, "
                    + "lines[i].personnel 0 to 1000000, lines[i].minUnits 0 to 1000.")
    Requirements putRequirements(@PathVariable String organization, @PathVariable String id, @RequestBody Requirements body) {
        Organization org = views.organization(organization);
        StatementOfRequirements requirements = statement(body);
        service.putRequirements(org, actor.get(), id, requirements);
        return view(requirements); // as stored, without a second read that a busy pool could refuse after the commit
    }

    @PostMapping("/jobs")
    @Operation(summary = "Start the planner on the decision's requirements and today's valid pledges (the secretariat); 202 with the job")
    ResponseEntity<ForceGenerationViews.JobView> start(@PathVariable String organization, @PathVariable String id,
                                                      @RequestBody(required = false) Start body) {
        Organization org = views.organization(organization);
        double seconds = body == null || body.budgetSeconds() == null ? 10 : body.budgetSeconds();
        var job = service.start(org, actor.get(), id, Duration.ofMillis((long) (seconds * 1000)));
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
    @Operation(summary = "Accept a job's plan as the decision's force package (the secretariat)")
    List<JdbcForceGeneration.PackageUnit> accept(@PathVariable String organization, @PathVariable String id, @PathVariable String job) {
        Organization org = views.organization(organization);
        return service.accept(org, actor.get(), id, job);
    }

    @GetMapping("/package")
    @Operation(summary = "The accepted force package: per unit its state, requirement, personnel and ETA")
    List<JdbcForceGeneration.PackageUnit> forcePackage(@PathVariable String organization, @PathVariable String id) {
        return service.packageUnits(views.organization(organization), id);
    }

    @PostMapping("/package/replanning")
    @Operation(summary = "Re-plan the accepted package after units drop out, changing as few other assignments as possible (the secretariat)",
            description = "Each entry of droppedUnits names a unit of the package; a null or blank one is a 400 naming it (droppedUnits[0]).")
    RepairView replan(@PathVariable String organization, @PathVariable String id, @RequestBody Dropping body) {
        if (body == null || body.droppedUnits() == null || body.droppedUnits().isEmpty()) {
            throw Problems.badRequest("droppedUnits", "name the units of the package that dropped out");
        }
        for (int i = 0; i < body.droppedUnits().size(); i++) {
            if (body.droppedUnits().get(i) == null || body.droppedUnits().get(i).isBlank()) {
                throw Problems.badRequest("droppedUnits[" + i + "]", "name a unit of the package (its id), not nothing");
            }
        }
        Replanning.Repair repair = service.replan(views.organization(organization), actor.get(), id, Set.copyOf(body.droppedUnits()));
        return new RepairView(repair.changedAssignments(), repair.objectiveBefore(), repair.objectiveAfter(), repair.took().toMillis(),
                repair.evaluation().violations());
    }

    /**
     * The statement as submitted: a missing or malformed field is a 400 naming it; a figure outside its
     * bounds ({@link GeoPoint}'s degrees, {@link Requirement}'s hours, personnel and units) a 422 naming it.
     */
    static StatementOfRequirements statement(Requirements body) {
        if (body == null || body.theatreLat() == null || body.theatreLon() == null) {
            throw Problems.badRequest("theatreLat", "give the theatre's latitude and longitude");
        }
        if (body.lines() == null || body.lines().isEmpty()) {
            throw Problems.badRequest("lines", "give at least one requirement");
        }
        if (!(Math.abs(body.theatreLat()) <= 90)) {
            throw Problems.outOfBounds("theatreLat", "a latitude is from -90 to 90 degrees, not " + body.theatreLat());
        }
        if (!(Math.abs(body.theatreLon()) <= 180)) {
            throw Problems.outOfBounds("theatreLon", "a longitude is from -180 to 180 degrees, not " + body.theatreLon());
        }
        for (int i = 0; i < body.lines().size(); i++) {
            Line line = body.lines().get(i);
            if (line == null) {
                throw Problems.badRequest("lines[" + i + "]", "a requirement, not nothing");
            }
            within("lines[" + i + "].latestArrivalHours", line.latestArrivalHours(), 1, Requirement.MAX_LATEST_ARRIVAL_HOURS);
            within("lines[" + i + "].personnel", line.personnel(), 0, Requirement.MAX_PERSONNEL);
            within("lines[" + i + "].minUnits", line.minUnits(), 0, Requirement.MAX_UNITS);
        }
        try {
            GeoPoint theatre = new GeoPoint(body.theatreLat(), body.theatreLon());
            List<Requirement> lines = body.lines().stream().map(line -> new Requirement(line.id(), Coded.fromCode(Capability.class, line.capability()),
                    Boolean.TRUE.equals(line.combat()), line.latestArrivalHours(), line.personnel(), line.minUnits())).toList();
            return new StatementOfRequirements(theatre, lines);
        } catch (IllegalArgumentException | NullPointerException bad) {
            throw Problems.badRequest("lines", "each line has an id, a capability (" + Arrays.stream(Capability.values()).map(Coded::code).toList()
                    + "), latestArrivalHours, personnel and minUnits: " + bad.getMessage());
        }
    }

    /** A figure given ({@code null} is left to the line's check, which names what is missing) within its bounds, or a 422 naming it. */
    private static void within(String field, Integer value, int least, int most) {
        if (value != null && (value < least || value > most)) {
            throw Problems.outOfBounds(field, "from " + least + " to " + most + ", not " + value);
        }
    }
}
