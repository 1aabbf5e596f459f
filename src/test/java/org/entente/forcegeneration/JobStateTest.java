package org.entente.forcegeneration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.entente.command.Result;
import org.junit.jupiter.api.Test;

class JobStateTest {

    private static JobState next(Result<JobState> next) {
        assertThat(next).isInstanceOf(Result.Done.class);
        return ((Result.Done<JobState>) next).value();
    }

    @Test
    void aJobIsQueuedRunsAndFinishesOrIsTerminatedWhenAskedToStop() {
        JobState running = next(new JobState.Queued().begin());

        assertThat(running).isEqualTo(new JobState.Running());
        assertThat(running.running()).isTrue();
        assertThat(next(running.end(false))).isEqualTo(new JobState.Finished());
        assertThat(next(running.end(true))).isEqualTo(new JobState.Terminated());
        assertThat(next(running.end(true)).running()).isFalse();
    }

    @Test
    void aJobMayBeStoppedOnlyWhileItIsQueuedOrRunning() {
        assertThat(new JobState.Queued().terminate()).isInstanceOf(Result.Done.class);
        assertThat(new JobState.Running().terminate()).isInstanceOf(Result.Done.class);
        assertThat(new JobState.Finished().terminate()).isEqualTo(new Result.Refused<>("cannot stop this job: it finished"));
        assertThat(new JobState.Failed("the planner failed").terminate())
                .isEqualTo(new Result.Refused<>("cannot stop this job: it failed (the planner failed)"));
    }

    @Test
    void anEndedJobNeitherBeginsNorEndsAgain() {
        JobState finished = new JobState.Finished();

        assertThat(finished.begin()).isInstanceOf(Result.Refused.class);
        assertThat(finished.end(false)).isInstanceOf(Result.Refused.class);
        assertThat(finished.interrupt("stopping")).isInstanceOf(Result.Refused.class);
        assertThat(new JobState.Interrupted("stopping").fail("late")).isInstanceOf(Result.Refused.class);
        assertThat(new JobState.Running().begin()).as("a job begins once").isInstanceOf(Result.Refused.class);
        assertThat(new JobState.Queued().end(false)).as("a queued job has not run").isInstanceOf(Result.Refused.class);
    }

    @Test
    void aQueuedOrRunningJobIsInterruptedOrFailsWithTheReason() {
        assertThat(next(new JobState.Queued().interrupt("the process running it stopped"))).isEqualTo(new JobState.Interrupted("the process running it stopped"));
        assertThat(next(new JobState.Running().fail("the planner failed")).why()).isEqualTo("the planner failed");
    }

    @Test
    void eachStateIsStoredAsItsCodeAndReadBack() {
        for (JobState state : new JobState[] {new JobState.Queued(), new JobState.Running(), new JobState.Finished(), new JobState.Terminated(),
                new JobState.Interrupted("the process running it stopped"), new JobState.Failed("the planner failed")}) {
            assertThat(JobState.of(state.status().code(), state.why())).isEqualTo(state);
        }
        assertThat(Arrays.stream(JobState.Status.values()).map(JobState.Status::code))
                .containsExactly("queued", "running", "finished", "terminated", "interrupted", "failed");
        assertThat(JobState.of("failed", null)).as("a reason missing from storage").isEqualTo(new JobState.Failed("no reason was recorded"));
        assertThat(JobState.Status.stillRunning()).containsExactly(JobState.Status.QUEUED, JobState.Status.RUNNING);
    }
}
