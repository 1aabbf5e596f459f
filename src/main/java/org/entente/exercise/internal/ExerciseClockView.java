package org.entente.exercise.internal;

import java.time.Instant;
import java.util.List;
import org.entente.exercise.ExerciseClock;
import org.entente.register.ExerciseState;

/**
 * An exercise's clock as the API answers it: the real instant it was read at ({@code at}), the world instant it is at then, its
 * speed and whether it runs (not paused, and the exercise not closed: a closed exercise's clock stands where it was at its
 * closing), and every setting so far, the oldest first.
 */
record ExerciseClockView(String exercise, Instant at, Instant world, double speed, boolean running, List<SegmentView> settings) {

    /** From the real instant {@code from}, the world was at {@code world}, running at {@code speed}. */
    record SegmentView(Instant from, Instant world, double speed) {
    }

    static ExerciseClockView of(ExerciseClockService.Reading reading) {
        ExerciseClock clock = reading.clock();
        Instant until = reading.exercise().state().clockReadAt(reading.at());
        boolean running = reading.exercise().state() instanceof ExerciseState.Running && clock.speedAt(until) > 0;
        return new ExerciseClockView(reading.exercise().code().value(), reading.at(), clock.worldAt(until), running ? clock.speedAt(until) : 0, running,
                clock.segments().stream().map(segment -> new SegmentView(segment.realFrom(), segment.worldFrom(), segment.speed())).toList());
    }
}
