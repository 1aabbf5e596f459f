package org.entente.exercise.internal;

import static org.entente.provenance.history.VersionedTable.timestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.entente.access.Role;
import org.entente.access.RoleGrant;
import org.entente.register.Coded;
import org.entente.register.OrganizationCode;
import org.entente.register.StateCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The participations in exercises on the database (table {@code exercise_participant}, V27): added, and later marked removed, never deleted. */
@Repository
class JdbcExerciseParticipants {

    private final JdbcClient jdbc;

    JdbcExerciseParticipants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every participation in {@code exercise}, current and past, in the order they were added. */
    List<ExerciseParticipant> of(OrganizationCode exercise) {
        return jdbc.sql("select * from exercise_participant where exercise_code = :exercise order by added_at, id")
                .param("exercise", exercise.value())
                .query(JdbcExerciseParticipants::participant)
                .list();
    }

    /** The participations in {@code exercise} that last, in the order they were added. */
    List<ExerciseParticipant> current(OrganizationCode exercise) {
        return of(exercise).stream().filter(ExerciseParticipant::current).toList();
    }

    /** Records a new participation ({@code grant} names the exercise), in the caller's transaction. */
    void add(String username, RoleGrant grant, Instant at, String by) {
        jdbc.sql("""
                        insert into exercise_participant (exercise_code, username, role, state_code, added_at, added_by)
                        values (:exercise, :username, :role, :state, :at, :by)""")
                .param("exercise", grant.organization().value())
                .param("username", username)
                .param("role", grant.role().code())
                .param("state", grant.state() == null ? null : grant.state().value())
                .param("at", timestamp(at))
                .param("by", by)
                .update();
    }

    /** Marks the participation removed at {@code at} by {@code by}, in the caller's transaction; false where it was removed already. */
    boolean remove(ExerciseParticipant participant, Instant at, String by) {
        return jdbc.sql("update exercise_participant set removed_at = :at, removed_by = :by where id = :id and removed_at is null")
                .param("at", timestamp(at))
                .param("by", by)
                .param("id", participant.id())
                .update() == 1;
    }

    private static ExerciseParticipant participant(ResultSet rs, int rowNum) throws SQLException {
        String state = rs.getString("state_code");
        OffsetDateTime removedAt = rs.getObject("removed_at", OffsetDateTime.class);
        return new ExerciseParticipant(rs.getLong("id"), rs.getString("username"),
                new RoleGrant(Coded.fromCode(Role.class, rs.getString("role")), OrganizationCode.of(rs.getString("exercise_code")),
                        state == null ? null : StateCode.of(state.trim())),
                rs.getObject("added_at", OffsetDateTime.class).toInstant(), rs.getString("added_by"),
                removedAt == null ? null : removedAt.toInstant(), rs.getString("removed_by"));
    }
}
