package org.entente.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An exercise's world clock: real time until set, then the world instant and speed of each setting, paused at speed 0. */
class ExerciseClockTest {

    private static final Instant START = Instant.parse("2026-12-06T10:00:00Z");
    private static final Instant WORLD = Instant.parse("2022-01-05T00:00:00Z");

    @Test
    void untilItIsSetTheWorldIsAtRealTimeAtSpeedOne() {
        assertThat(ExerciseClock.REAL.worldAt(START)).isEqualTo(START);
        assertThat(ExerciseClock.REAL.speedAt(START)).isEqualTo(1.0);
        assertThat(ExerciseClock.REAL.realWhen(START.plusSeconds(60), START)).contains(START.plusSeconds(60));
    }

    @Test
    void aDayOfTheWorldPassesInTenMinutesAtSpeed144() {
        ExerciseClock clock = ExerciseClock.REAL.set(START, WORLD, 144);

        assertThat(clock.worldAt(START.plus(Duration.ofMinutes(10)))).isEqualTo(WORLD.plus(Duration.ofDays(1)));
        assertThat(clock.worldAt(START.minusSeconds(1))).as("before its first setting, real time").isEqualTo(START.minusSeconds(1));
        assertThat(clock.realWhen(WORLD.plus(Duration.ofDays(2)), START.plusSeconds(60))).contains(START.plus(Duration.ofMinutes(20)));
        assertThat(clock.realWhen(WORLD.minusSeconds(1), START.plusSeconds(60))).as("passed already: now").contains(START.plusSeconds(60));
    }

    @Test
    void pausedTheWorldStandsStillAndNothingAheadComes() {
        Instant pausedAt = START.plus(Duration.ofMinutes(5));
        ExerciseClock clock = ExerciseClock.REAL.set(START, WORLD, 144);
        Instant world = clock.worldAt(pausedAt);
        ExerciseClock paused = clock.set(pausedAt, world, 0);

        assertThat(world).isEqualTo(WORLD.plus(Duration.ofHours(12)));
        assertThat(paused.worldAt(pausedAt.plus(Duration.ofHours(3)))).isEqualTo(world);
        assertThat(paused.realWhen(world.plusSeconds(1), pausedAt.plusSeconds(30))).isEmpty();
        assertThat(paused.worldAt(START.plus(Duration.ofMinutes(1)))).as("the past keeps its own speed").isEqualTo(WORLD.plus(Duration.ofMinutes(144)));

        ExerciseClock resumed = paused.set(pausedAt.plus(Duration.ofHours(1)), world, 1);
        assertThat(resumed.worldAt(pausedAt.plus(Duration.ofHours(2)))).isEqualTo(world.plus(Duration.ofHours(1)));
        assertThat(resumed.segments()).hasSize(3);
    }

    @Test
    void aSpeedIsFromZeroToADayASecondAndASettingComesAfterTheLast() {
        for (double speed : new double[] {-1, 86_401, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThat(ExerciseClock.whyNotASpeed(speed)).as("%s", speed).isPresent();
            assertThatIllegalArgumentException().isThrownBy(() -> ExerciseClock.REAL.set(START, WORLD, speed));
        }
        assertThat(ExerciseClock.whyNotASpeed(0)).isEmpty();
        assertThat(ExerciseClock.whyNotASpeed(86_400)).isEmpty();
        ExerciseClock clock = ExerciseClock.REAL.set(START, WORLD, 1);
        assertThatIllegalArgumentException().isThrownBy(() -> clock.set(START, WORLD, 2));
        assertThatIllegalArgumentException().isThrownBy(() -> clock.set(START.minusSeconds(1), WORLD, 2));
    }
}
