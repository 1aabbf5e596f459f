package org.entente.exercise.internal;

import static org.entente.provenance.history.VersionedTable.timestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.entente.register.OrganizationCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The scenarios exercises run (table {@code exercise_scenario_run}, V30) and the injects delivered in them ({@code exercise_inject}:
 * one row per exercise and inject, its primary key the guard against a second delivery).
 */
@Repository
class JdbcExerciseScenarioRuns {

    private final JdbcClient jdbc;

    JdbcExerciseScenarioRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(ExerciseScenarioRun run) {
        jdbc.sql("""
                        insert into exercise_scenario_run (exercise, scenario_name, scenario_version, world, speed, started_at, started_by)
                        values (:exercise, :name, :version, :world, :speed, :startedAt, :startedBy)""")
                .param("exercise", run.exercise().value())
                .param("name", run.scenario())
                .param("version", run.version())
                .param("world", timestamp(run.world()))
                .param("speed", run.speed())
                .param("startedAt", timestamp(run.startedAt()))
                .param("startedBy", run.startedBy())
                .update();
    }

    /** The scenario the exercise runs, if it was made for one. */
    Optional<ExerciseScenarioRun> of(OrganizationCode exercise) {
        return jdbc.sql("select * from exercise_scenario_run where exercise = :exercise").param("exercise", exercise.value())
                .query(JdbcExerciseScenarioRuns::run).optional();
    }

    /** The scenario runs of the exercises still running, by exercise code. */
    List<ExerciseScenarioRun> ofRunningExercises() {
        return jdbc.sql("select r.* from exercise_scenario_run r join exercise e on e.code = r.exercise where e.status = 'running' order by r.exercise")
                .query(JdbcExerciseScenarioRuns::run).list();
    }

    /** The injects delivered in the exercise, the newest first (by their world instant, then their arrival). */
    List<DeliveredInject> delivered(OrganizationCode exercise) {
        return jdbc.sql("select * from exercise_inject where exercise = :exercise order by world_at desc, delivered_at desc, inject_id desc")
                .param("exercise", exercise.value()).query(JdbcExerciseScenarioRuns::delivered).list();
    }

    /** Whether the inject was delivered in the exercise. */
    boolean wasDelivered(OrganizationCode exercise, String injectId) {
        return jdbc.sql("select count(*) from exercise_inject where exercise = :exercise and inject_id = :id")
                .param("exercise", exercise.value()).param("id", injectId).query(Long.class).single() > 0;
    }

    /** The ids of the injects delivered in the exercise. */
    Set<String> deliveredIds(OrganizationCode exercise) {
        return Set.copyOf(jdbc.sql("select inject_id from exercise_inject where exercise = :exercise").param("exercise", exercise.value())
                .query(String.class).list());
    }

    /** Records a delivery; a second of the same inject in the same exercise fails on the primary key. */
    void addDelivered(DeliveredInject inject) {
        jdbc.sql("""
                        insert into exercise_inject (exercise, inject_id, kind, title, world_at, delivered_at, inject, sources, effect, withdrawn_pledge)
                        values (:exercise, :id, :kind, :title, :worldAt, :deliveredAt, :inject, :sources, :effect, :pledge)""")
                .param("exercise", inject.exercise().value())
                .param("id", inject.injectId())
                .param("kind", inject.kind())
                .param("title", inject.title())
                .param("worldAt", timestamp(inject.worldAt()))
                .param("deliveredAt", timestamp(inject.deliveredAt()))
                .param("inject", inject.inject())
                .param("sources", inject.sources())
                .param("effect", inject.effect())
                .param("pledge", inject.withdrawnPledge())
                .update();
    }

    private static ExerciseScenarioRun run(ResultSet rs, int row) throws SQLException {
        return new ExerciseScenarioRun(OrganizationCode.of(rs.getString("exercise")), rs.getString("scenario_name"), rs.getInt("scenario_version"),
                instant(rs, "world"), rs.getDouble("speed"), instant(rs, "started_at"), rs.getString("started_by"));
    }

    private static DeliveredInject delivered(ResultSet rs, int row) throws SQLException {
        long pledge = rs.getLong("withdrawn_pledge");
        return new DeliveredInject(OrganizationCode.of(rs.getString("exercise")), rs.getString("inject_id"), rs.getString("kind"), rs.getString("title"),
                instant(rs, "world_at"), instant(rs, "delivered_at"), rs.getString("inject"), rs.getString("sources"), rs.getString("effect"),
                rs.wasNull() ? null : pledge);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
