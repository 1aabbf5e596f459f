package org.entente.exercise.internal;

import static org.entente.provenance.history.VersionedTable.timestamp;

import java.time.OffsetDateTime;
import org.entente.exercise.ExerciseClock;
import org.entente.register.OrganizationCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The exercises' world clocks, as the segments they ran in: a setting adds one, none is ever changed. */
@Repository
class JdbcExerciseClocks {

    private final JdbcClient jdbc;

    JdbcExerciseClocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The clock of the exercise {@code code}: {@link ExerciseClock#REAL} until it is first set. */
    ExerciseClock of(OrganizationCode code) {
        return new ExerciseClock(jdbc.sql("select real_from, world_from, speed from exercise_clock_segment where exercise = :code order by real_from")
                .param("code", code.value())
                .query((row, n) -> new ExerciseClock.Segment(row.getObject("real_from", OffsetDateTime.class).toInstant(),
                        row.getObject("world_from", OffsetDateTime.class).toInstant(), row.getDouble("speed")))
                .list());
    }

    /**
     * Adds {@code after}'s last segment, set by {@code by}, where the stored clock is still {@code before}; false, adding nothing,
     * where another setting came first.
     */
    boolean append(OrganizationCode code, ExerciseClock before, ExerciseClock after, String by) {
        if (!of(code).equals(before) || after.segments().size() != before.segments().size() + 1) {
            return false;
        }
        ExerciseClock.Segment segment = after.segments().getLast();
        return jdbc.sql("insert into exercise_clock_segment (exercise, real_from, world_from, speed, set_by) values (:code, :real, :world, :speed, :by)")
                .param("code", code.value())
                .param("real", timestamp(segment.realFrom()))
                .param("world", timestamp(segment.worldFrom()))
                .param("speed", segment.speed())
                .param("by", by)
                .update() == 1;
    }
}
