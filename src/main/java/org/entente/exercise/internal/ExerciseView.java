package org.entente.exercise.internal;

import java.time.Instant;
import org.entente.register.Exercise;

/** An exercise as the API answers it: its code (an organization's, under which its record is read), of which organization, its title and state. */
record ExerciseView(String code, String of, String title, String status, Instant createdAt, String createdBy, Instant closedAt, String organization) {

    static ExerciseView of(Exercise exercise) {
        return new ExerciseView(exercise.code().value(), exercise.of().value(), exercise.title(), exercise.state().status().code(), exercise.createdAt(),
                exercise.createdBy(), exercise.state().closedAt(), "/api/v1/organizations/" + exercise.code().value());
    }
}
