package org.entente.exercise;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An exercise's world clock: the time its scenario is at, which may run faster than real time, or stand still. It is kept as the
 * {@link Segment}s it ran in, each from a real instant, at a world instant and a speed (world seconds per real second; 0 while it is
 * paused), the oldest first and never overwritten: the world instant of any real instant of the exercise is known afterwards, which
 * the after-action report needs. Before its first segment, an exercise runs on the real clock (world time is real time, speed 1).
 */
public record ExerciseClock(List<Segment> segments) {

    /** The fastest an exercise's clock runs: a day of world time in a second, as fast as a scenario may ask (Scenario.MAX_SPEED). */
    public static final double MAX_SPEED = 86_400;

    /** The real clock: no segment yet. */
    public static final ExerciseClock REAL = new ExerciseClock(List.of());

    /** From the real instant {@code realFrom}, the world is at {@code worldFrom} and runs at {@code speed} (0: paused). */
    public record Segment(Instant realFrom, Instant worldFrom, double speed) {
        public Segment {
            Objects.requireNonNull(realFrom, "realFrom");
            Objects.requireNonNull(worldFrom, "worldFrom");
            whyNotASpeed(speed).ifPresent(why -> {
                throw new IllegalArgumentException(why);
            });
        }

        Instant worldAt(Instant real) {
            long micros = ChronoUnit.MICROS.between(realFrom, real);
            return worldFrom.plus(Math.round(micros * speed), ChronoUnit.MICROS);
        }
    }

    public ExerciseClock {
        segments = List.copyOf(segments);
        for (int i = 1; i < segments.size(); i++) {
            if (!segments.get(i).realFrom().isAfter(segments.get(i - 1).realFrom())) {
                throw new IllegalArgumentException("each segment starts after the one before: " + segments.get(i).realFrom()
                        + " is not after " + segments.get(i - 1).realFrom());
            }
        }
    }

    /** Why {@code speed} is no clock's speed (a number from 0, paused, to {@link #MAX_SPEED}); empty where it is one. */
    public static Optional<String> whyNotASpeed(double speed) {
        if (!(speed >= 0 && speed <= MAX_SPEED)) {
            return Optional.of("the speed is world seconds per real second, from 0 (paused) to " + (long) MAX_SPEED + ", not " + speed);
        }
        return Optional.empty();
    }

    /** The world instant at the real instant {@code real}. */
    public Instant worldAt(Instant real) {
        return segmentAt(real).map(segment -> segment.worldAt(real)).orElse(real);
    }

    /** The speed at the real instant {@code real}: 1 on the real clock, 0 while paused. */
    public double speedAt(Instant real) {
        return segmentAt(real).map(Segment::speed).orElse(1.0);
    }

    /**
     * The real instant, from {@code now}, at which the world reaches {@code world} if the clock runs on as it runs at {@code now}:
     * {@code now} where the world is there already; empty while the clock is paused short of it.
     */
    public Optional<Instant> realWhen(Instant world, Instant now) {
        Instant at = worldAt(now);
        if (!world.isAfter(at)) {
            return Optional.of(now);
        }
        double speed = speedAt(now);
        if (speed == 0) {
            return Optional.empty();
        }
        long micros = (long) Math.ceil(ChronoUnit.MICROS.between(at, world) / speed);
        return Optional.of(now.plus(micros, ChronoUnit.MICROS));
    }

    /** The clock after it is set, at the real instant {@code now}, to the world instant {@code world} running at {@code speed}. */
    public ExerciseClock set(Instant now, Instant world, double speed) {
        if (!segments.isEmpty() && !now.isAfter(segments.getLast().realFrom())) {
            throw new IllegalArgumentException("a clock is set after its last setting at " + segments.getLast().realFrom() + ", not at " + now);
        }
        var next = new ArrayList<>(segments);
        next.add(new Segment(now, world, speed));
        return new ExerciseClock(next);
    }

    private Optional<Segment> segmentAt(Instant real) {
        for (int i = segments.size() - 1; i >= 0; i--) {
            if (!segments.get(i).realFrom().isAfter(real)) {
                return Optional.of(segments.get(i));
            }
        }
        return Optional.empty();
    }
}
