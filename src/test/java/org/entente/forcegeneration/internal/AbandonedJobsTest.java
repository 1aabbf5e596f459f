package org.entente.forcegeneration.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.entente.support.DatabaseTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A planner job runs on the instance that took its request, which keeps its heartbeat fresh while the job is queued or
 * running. Every running instance checks the heartbeats of all jobs: a job whose heartbeat stopped (its instance died)
 * is marked interrupted, so that its user can start it again; a job whose instance lives on is left alone. Nothing is
 * ever run again by another instance.
 */
class AbandonedJobsTest {

    @Nested
    class OnH2 extends Checks {
    }

    @Nested
    @DatabaseTest.Postgres
    class OnPostgres extends Checks {
    }

    abstract static class Checks extends DatabaseTest {

        @Autowired
        private JdbcClient jdbc;

        @Autowired
        private JdbcForceGeneration store;

        /** A job row as another instance wrote it: {@code status}, its heartbeat {@code age} ago; its id. */
        private String jobOfAnotherInstance(String status, Duration age) {
            String id = "abandoned-" + UUID.randomUUID();
            Instant beat = Instant.now().minus(age);
            jdbc.sql("""
                            insert into force_generation_job (id, org_code, request_id, status, budget_ms, started_by, started_at, terminate_requested,
                                heartbeat_at)
                            values (:id, 'CSTO', :request, :status, 30000, 'another-instance', :started, false, :beat)""")
                    .param("id", id).param("request", "request-of-" + id).param("status", status)
                    .param("started", Timestamp.from(beat.minusSeconds(1))).param("beat", Timestamp.from(beat)).update();
            return id;
        }

        private String status(String id) {
            return jdbc.sql("select status from force_generation_job where id = :id").param("id", id).query(String.class).single();
        }

        @Test
        void aJobWhoseHeartbeatStoppedIsMarkedInterruptedByARunningInstanceAndALiveOneIsNot() {
            String deadRunning = jobOfAnotherInstance("running", Duration.ofMinutes(2));
            String deadQueued = jobOfAnotherInstance("queued", Duration.ofMinutes(2));
            String live = jobOfAnotherInstance("running", Duration.ZERO);

            await().atMost(Duration.ofSeconds(30)).until(() -> status(deadRunning).equals("interrupted") && status(deadQueued).equals("interrupted"));

            assertThat(jdbc.sql("select error from force_generation_job where id = :id").param("id", deadRunning).query(String.class).single())
                    .isEqualTo("the server running it stopped answering; start it again");
            assertThat(jdbc.sql("select finished_at from force_generation_job where id = :id").param("id", deadRunning).query(Timestamp.class)
                    .single()).isNotNull();
            assertThat(status(live)).as("a job whose instance keeps its heartbeat").isEqualTo("running");
        }

        @Test
        void aLiveJobIsNotInterruptedByAnInstanceWhoseClockIsFarAhead() {
            String live = jobOfAnotherInstance("running", Duration.ZERO);
            jdbc.sql("update force_generation_job set heartbeat_at = current_timestamp where id = :id").param("id", live).update();
            JobRunner ahead = new JobRunner(store, Clock.offset(Clock.systemUTC(), Duration.ofHours(1)),
                    Duration.ofSeconds(1), Duration.ofSeconds(15), Duration.ZERO);

            ahead.beat();

            assertThat(status(live)).as("its heartbeat and the cutoff are both read on the database's clock").isEqualTo("running");
        }
    }
}
