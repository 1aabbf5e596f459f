package org.entente.exercise.internal;

import java.time.Instant;
import java.util.Objects;
import org.entente.exercise.ExerciseClock;
import org.entente.register.OrganizationCode;

/**
 * The scenario an exercise runs: its name and the version of it the exercise was made with (the library keeps every version), the
 * world instant its clock started at and the speed it started with, and when and by whom the exercise was made for it.
 */
record ExerciseScenarioRun(OrganizationCode exercise, String scenario, int version, Instant world, double speed, Instant startedAt, String startedBy) {

    ExerciseScenarioRun {
        Objects.requireNonNull(exercise, "exercise");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(world, "world");
        Objects.requireNonNull(startedAt, "startedAt");
        if (version < 1) {
            throw new IllegalArgumentException("a scenario's versions count from 1, not " + version);
        }
        ExerciseClock.whyNotASpeed(speed).ifPresent(why -> {
            throw new IllegalArgumentException(why);
        });
    }
}
