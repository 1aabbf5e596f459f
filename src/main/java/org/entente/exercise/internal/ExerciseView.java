package org.entente.exercise.internal;

import java.time.Instant;
import java.util.Optional;
import org.entente.register.Exercise;

/**
 * An exercise as the API answers it: its code (an organization's, under which its record is read), of which organization, its title and
 * state, and the scenario it runs (null where it was made for none).
 */
record ExerciseView(String code, String of, String title, String status, Instant createdAt, String createdBy, Instant closedAt, String organization,
                    ScenarioView scenario) {

    /** The scenario an exercise runs: its name, the version of the library's it was made with, the world instant its clock started at and its speed then. */
    record ScenarioView(String name, int version, Instant world, double speed) {
    }

    static ExerciseView of(Exercise exercise) {
        return of(exercise, Optional.empty());
    }

    static ExerciseView of(Exercise exercise, Optional<ExerciseScenarioRun> run) {
        return new ExerciseView(exercise.code().value(), exercise.of().value(), exercise.title(), exercise.state().status().code(), exercise.createdAt(),
                exercise.createdBy(), exercise.state().closedAt(), "/api/v1/organizations/" + exercise.code().value(),
                run.map(found -> new ScenarioView(found.scenario(), found.version(), found.world(), found.speed())).orElse(null));
    }
}
