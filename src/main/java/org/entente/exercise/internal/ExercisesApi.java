package org.entente.exercise.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.entente.access.CurrentActor;
import org.entente.register.Exercise;
import org.entente.web.PageOf;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** An organization's exercises: created, closed and archived by its secretariat, listed for its secretariat and observers. */
@RestController
@RequestMapping("/api/v1/organizations/{organization}/exercises")
@Tag(name = "Exercises", description = "Exercises: sandbox organizations made by copying an organization's record, in which the crisis cycle runs "
        + "as it would for real and which no answer about the real record counts or lists")
class ExercisesApi {

    private final ExerciseService service;
    private final CurrentActor actor;

    ExercisesApi(ExerciseService service, CurrentActor actor) {
        this.service = service;
        this.actor = actor;
    }

    /**
     * An exercise to create: its title, and optionally its code, the scenario of the organization's library it runs (its name) and the
     * speed its clock starts at (world seconds per real second; the scenario's when not given).
     */
    record ExerciseBody(String title, String code, String scenario, Double speed) {
    }

    @GetMapping
    @Operation(summary = "The organization's exercises, the oldest first, whatever their state (its secretariat and observers)")
    PageOf<ExerciseView> exercises(@PathVariable String organization, @RequestParam(defaultValue = "0") int page,
                                   @RequestParam(defaultValue = "" + PageOf.DEFAULT_SIZE) int size) {
        PageOf.check(page, size);
        return PageOf.of(service.exercisesOf(organization, actor.get()).stream().map(ExerciseView::of).toList(), page, size);
    }

    @PostMapping
    @Operation(summary = "Create an exercise of the organization (its secretariat): a sandbox organization copying its record as it stands",
            description = "The exercise is an organization under its own code: the organization's code with -X and the exercise's number "
                    + "(CSTO-X1, CSTO-X2, ...) unless the body names one (required where that default is longer than 16 characters: 422 naming code). "
                    + "It copies the organization's dataset (register, sources, recorded requests, force pools, recorded missions) under the exercise's "
                    + "code and name (\"<name> — exercise: <title>\"), and its pledges that are not withdrawn (new ids, readiness and expiry kept); "
                    + "nothing filed in Entente is copied (requests, sessions, force generation, missions). All in one transaction, with the audit "
                    + "entry exercise.create. 409 naming code where the code is registered already; 422 naming organization where the organization "
                    + "is itself an exercise. The creator becomes the exercise's secretariat, its first participant (the others are added through "
                    + "/api/v1/organizations/{exercise}/participants). With a scenario (a name of the organization's library; 422 naming "
                    + "scenario where it holds none), the record is copied as it stood at the scenario's world start (requests, missions "
                    + "and recorded exercises from then on, and membership events after it, left out), the exercise's clock starts there at "
                    + "the scenario's speed or the speed given (400 naming speed out of 0 to 86400; 0 starts it paused), and the scenario's injects arrive on that "
                    + "clock (GET /api/v1/organizations/{exercise}/injects): see docs/exercises.md, \"Running a scenario\".")
    @ApiResponse(responseCode = "201", description = "Created: the exercise; its record at the address in Location (and in organization)",
            useReturnTypeSchema = true)
    ResponseEntity<ExerciseView> create(@PathVariable String organization, @RequestBody ExerciseBody body) {
        var creation = ExerciseForms.creation(body.title(), body.code(), body.scenario(), body.speed());
        Exercise created = service.create(organization, actor.get(), creation);
        return ResponseEntity.created(URI.create("/api/v1/organizations/" + created.code().value()))
                .body(ExerciseView.of(created, service.scenarioOf(created)));
    }

    @GetMapping("/{exercise}")
    @Operation(summary = "One exercise of the organization, whatever its state (the secretariat and observers of the organization or of the exercise)")
    ExerciseView exercise(@PathVariable String organization, @PathVariable String exercise) {
        Exercise found = service.exercise(organization, exercise, actor.get());
        return ExerciseView.of(found, service.scenarioOf(found));
    }

    @PostMapping("/{exercise}/closure")
    @Operation(summary = "Close a running exercise (the secretariat of the organization or of the exercise)",
            description = "In one transaction: its status becomes closed (closedAt set), everyone who takes part is removed (their periods end; "
                    + "every role in the exercise is taken back, each audited account.revoke), and the audit entry exercise.close. From then on no "
                    + "one acts in the exercise; its record and its participants stay readable as an exercise's. 409 naming status where it is "
                    + "not running.")
    ExerciseView close(@PathVariable String organization, @PathVariable String exercise) {
        return ExerciseView.of(service.close(organization, exercise, actor.get()));
    }

    @PostMapping("/{exercise}/archival")
    @Operation(summary = "Archive a closed exercise (the secretariat of the organization)",
            description = "Its status becomes archived, audited exercise.archive; it keeps when it was closed. 409 naming status where it is "
                    + "not closed.")
    ExerciseView archive(@PathVariable String organization, @PathVariable String exercise) {
        return ExerciseView.of(service.archive(organization, exercise, actor.get()));
    }
}
