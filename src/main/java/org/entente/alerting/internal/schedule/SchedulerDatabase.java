package org.entente.alerting.internal.schedule;

import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.jdbc.DefaultJdbcCustomization;
import com.github.kagkarlsson.scheduler.jdbc.JdbcCustomization;
import com.github.kagkarlsson.scheduler.jdbc.PostgreSqlJdbcCustomization;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The two databases Entente runs on, and how db-scheduler is told to use each: its SQL dialect ({@link JdbcCustomization})
 * and the way an instance claims a due execution so that no other instance runs it too.
 *
 * <p>Times are written as db-scheduler's customizations do by default ({@code persistTimestampInUTC} off): the
 * {@code scheduled_tasks} columns are {@code timestamp with time zone}, so the instant is kept whatever the JVM's zone;
 * turning it on would, on H2, write the instant's UTC wall-clock time as the session zone's and so shift it.
 */
enum SchedulerDatabase {

    /**
     * H2 (the embedded default). db-scheduler detects it as no database it knows and applies its default customization;
     * that one has no {@code select ... for update skip locked}, so an instance claims each due execution on its own with an
     * optimistic lock: {@code update ... set picked = true, version = version + 1 where ... and picked = false and
     * version = ?}, one winner per execution ("fetch, then lock on execute", db-scheduler's default polling).
     */
    H2 {
        @Override
        JdbcCustomization customization() {
            return new DefaultJdbcCustomization(false);
        }

        @Override
        SchedulerBuilder polling(SchedulerBuilder builder) {
            return builder;
        }
    },

    /**
     * PostgreSQL (production). An instance claims a batch of due executions in one statement,
     * {@code update ... where (task_name, task_instance) in (select ... for update skip locked) returning *}, so instances
     * never wait for each other nor try to claim the same row ("lock and fetch"), and it claims at most as many as it has
     * threads, so that nothing due waits in one instance's queue while another is idle.
     */
    POSTGRESQL {
        @Override
        JdbcCustomization customization() {
            return new PostgreSqlJdbcCustomization(false, false);
        }

        @Override
        SchedulerBuilder polling(SchedulerBuilder builder) {
            return builder.pollUsingLockAndFetch(0.5, 1.0);
        }
    };

    abstract JdbcCustomization customization();

    /** {@code builder} told how to claim due executions on this database. */
    abstract SchedulerBuilder polling(SchedulerBuilder builder);

    /** The database behind {@code dataSource}, by the product name its driver reports; any other is refused. */
    static SchedulerDatabase of(DataSource dataSource) {
        String product;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not tell which database the scheduler runs on", e);
        }
        return switch (product) {
            case "H2" -> H2;
            case "PostgreSQL" -> POSTGRESQL;
            default -> throw new IllegalStateException("Entente's scheduler runs on H2 or PostgreSQL, not " + product);
        };
    }
}
