package org.entente.register.internal;

import static org.entente.provenance.history.VersionedTable.timestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.entente.register.Coded;
import org.entente.register.Exercise;
import org.entente.register.ExerciseState;
import org.entente.register.Exercises;
import org.entente.register.OrganizationCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The exercise registry on the database: one row per exercise, its state as status and closing instant. */
@Repository
class JdbcExercises implements Exercises {

    private final JdbcClient jdbc;

    JdbcExercises(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Exercise> of(OrganizationCode code) {
        return jdbc.sql("select * from exercise where code = :code").param("code", code.value()).query(JdbcExercises::exercise).optional();
    }

    @Override
    public List<Exercise> exercisesOf(OrganizationCode parent) {
        return jdbc.sql("select * from exercise where of_org = :parent order by created_at, code")
                .param("parent", parent.value())
                .query(JdbcExercises::exercise)
                .list();
    }

    @Override
    public Set<OrganizationCode> codes() {
        return Set.copyOf(jdbc.sql("select code from exercise").query((row, n) -> OrganizationCode.of(row.getString("code"))).list());
    }

    @Override
    public boolean isExercise(OrganizationCode code) {
        return jdbc.sql("select count(*) from exercise where code = :code").param("code", code.value()).query(Integer.class).single() > 0;
    }

    @Override
    public void add(Exercise exercise) {
        jdbc.sql("""
                        insert into exercise (code, of_org, title, status, created_at, created_by, closed_at)
                        values (:code, :of, :title, :status, :createdAt, :createdBy, :closedAt)""")
                .param("code", exercise.code().value())
                .param("of", exercise.of().value())
                .param("title", exercise.title())
                .param("status", exercise.state().status().code())
                .param("createdAt", timestamp(exercise.createdAt()))
                .param("createdBy", exercise.createdBy())
                .param("closedAt", exercise.state().closedAt() == null ? null : timestamp(exercise.state().closedAt()))
                .update();
    }

    @Override
    public Optional<Exercise> lock(OrganizationCode code) {
        return jdbc.sql("select * from exercise where code = :code for update").param("code", code.value()).query(JdbcExercises::exercise).optional();
    }

    @Override
    public boolean update(Exercise before, Exercise after) {
        if (!before.code().equals(after.code())) {
            throw new IllegalArgumentException("an exercise keeps its code: " + before.code() + " is not " + after.code());
        }
        return jdbc.sql("update exercise set status = :status, closed_at = :closedAt where code = :code and status = :before")
                .param("status", after.state().status().code())
                .param("closedAt", after.state().closedAt() == null ? null : timestamp(after.state().closedAt()))
                .param("code", after.code().value())
                .param("before", before.state().status().code())
                .update() == 1;
    }

    private static Exercise exercise(ResultSet rs, int rowNum) throws SQLException {
        OffsetDateTime closedAt = rs.getObject("closed_at", OffsetDateTime.class);
        return new Exercise(OrganizationCode.of(rs.getString("code")), OrganizationCode.of(rs.getString("of_org")), rs.getString("title"),
                ExerciseState.of(Coded.fromCode(ExerciseState.Status.class, rs.getString("status")), closedAt == null ? null : closedAt.toInstant()),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("created_by"));
    }
}
