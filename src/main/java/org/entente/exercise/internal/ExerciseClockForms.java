package org.entente.exercise.internal;

import java.time.Instant;
import org.entente.command.Refusal;
import org.entente.exercise.ExerciseClock;
import org.entente.web.InstantRange;

/** What the API submits to set an exercise's clock, checked once: a malformed field is a problem that names it (400). */
final class ExerciseClockForms {

    private ExerciseClockForms() {
    }

    /** The world instant to set the clock to, and its speed; either may be null (as the clock is now), not both. */
    record Setting(Instant world, Double speed) {
    }

    static Setting setting(Instant world, Double speed) {
        if (world == null && speed == null) {
            throw Refusal.invalid("speed", "give the world instant to set the clock to (world), its speed (speed: 0 pauses it), or both");
        }
        if (world != null && !InstantRange.contains(world)) {
            throw Refusal.invalid("world", "the world instant is from the year 1900 to 9999, as every instant Entente keeps, not " + world);
        }
        if (speed != null) {
            ExerciseClock.whyNotASpeed(speed).ifPresent(why -> {
                throw Refusal.invalid("speed", why);
            });
        }
        return new Setting(world, speed);
    }
}
