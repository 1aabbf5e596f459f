package org.entente.exercise.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.entente.access.CurrentActor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An exercise's world clock: read by anyone, as the exercise's record is; set by its secretariat. */
@RestController
@RequestMapping("/api/v1/organizations/{organization}/clock")
@Tag(name = "Exercises")
class ExerciseClockApi {

    private static final String NOT_AN_EXERCISE = "The organization is no exercise: only an exercise has a clock of its own (the problem names organization)";

    private final ExerciseClockService service;
    private final CurrentActor actor;

    ExerciseClockApi(ExerciseClockService service, CurrentActor actor) {
        this.service = service;
        this.actor = actor;
    }

    /** A setting of the clock: the world instant it is at now, its speed (world seconds per real second; 0 pauses it), or both. */
    record ClockBody(Instant world, Double speed) {
    }

    @GetMapping
    @ApiResponse(responseCode = "422", description = NOT_AN_EXERCISE)
    @Operation(summary = "An exercise's world clock: the world instant it is at, its speed, whether it runs, and every setting so far",
            description = "Until it is first set, an exercise runs on the real clock (speed 1). 422 naming organization for a real organization, 404 for an unknown one.")
    ExerciseClockView clock(@PathVariable String organization) {
        return ExerciseClockView.of(service.clockOf(organization));
    }

    @PutMapping
    @ApiResponse(responseCode = "422", description = NOT_AN_EXERCISE)
    @Operation(summary = "Set an exercise's world clock (its secretariat, while it runs): the world instant it is at now, its speed, or both",
            description = "speed is world seconds per real second, from 0 (paused) to 86400 (144: a day in ten minutes); what is not given stays as "
                    + "the clock is now. Each setting is kept (the clock's history) and audited exercise.clock. 409 where the exercise is closed; "
                    + "400 naming speed for a speed out of range or an empty body. See docs/exercises.md.")
    ExerciseClockView set(@PathVariable String organization, @RequestBody ClockBody body) {
        return ExerciseClockView.of(service.set(organization, actor.get(), ExerciseClockForms.setting(body.world(), body.speed())));
    }
}
