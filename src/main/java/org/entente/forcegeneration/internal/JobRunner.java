package org.entente.forcegeneration.internal;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.entente.command.Result;
import org.entente.forcegeneration.internal.planner.ForceGenerator;
import org.entente.forcegeneration.ForceProblem;
import org.entente.forcegeneration.JobState;
import org.entente.forcegeneration.Progress;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs planner jobs: one at a time per instance, on a thread of its own, within the job's budget; its
 * progress and its end written to the job's row, and a termination request read from it, so that any
 * instance follows and stops a job that another runs. A job whose process stopped is marked interrupted
 * when the application next starts. What a job plans, and who may start it, is the service's.
 *
 * <p>Not Timefold's {@code SolverManager}: a job runs Entente's portfolio ({@link ForceGenerator}: the greedy
 * construction, then two local searches on two cores, Timefold Solver only giving one of them its start
 * on small problems), which is no Timefold solver, so a {@code SolverManager} would run a tenth of the
 * work and this runner would still be needed for the rest. Its best-solution callbacks and early
 * termination are what {@link Progress} already gives every member of the portfolio; and its jobs live
 * in one JVM's memory, where a termination asked of another instance would not reach them, while this
 * runner reads the request from the database.
 */
@Component
class JobRunner {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(JobRunner.class);
    /** The longest a planner may run. */
    static final Duration MAX_BUDGET = Duration.ofSeconds(60);
    /** How often the reporter writes the best objective and reads the termination request. */
    private static final long PROGRESS_EVERY_MS = 250;
    /** A job is interrupted at start-up once its budget and this much more have passed: another instance may still run it until then. */
    private static final Duration ABANDONED_AFTER = Duration.ofMinutes(1);

    private final JdbcForceGeneration store;
    private final Clock clock;
    private final ExecutorService planners = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "force-generation");
        thread.setDaemon(true);
        return thread;
    });

    JobRunner(JdbcForceGeneration store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Whether a planner may run for {@code budget}: more than nothing, at most {@link #MAX_BUDGET}. */
    static boolean withinBounds(Duration budget) {
        return budget.isPositive() && budget.compareTo(MAX_BUDGET) <= 0;
    }

    @EventListener(ApplicationReadyEvent.class)
    void interruptJobsOfAStoppedProcess() {
        store.interruptAbandoned(now(), ABANDONED_AFTER);
    }

    @PreDestroy
    void stopPlanners() {
        planners.shutdownNow();
    }

    /** Queues a stored (queued) job on {@code problem}; it runs once the jobs queued before it have ended. */
    void submit(JdbcForceGeneration.Job job, ForceProblem problem) {
        planners.submit(() -> run(job, problem));
    }

    /**
     * Runs a job: the search threads only record their best objective and read the stop flag; a reporter
     * on a thread of its own writes the progress and reads the termination request every quarter second,
     * so the database never holds up the search. Whatever happens, the job ends finished, terminated,
     * interrupted (the process is stopping) or failed.
     */
    private void run(JdbcForceGeneration.Job job, ForceProblem problem) {
        AtomicLong best = new AtomicLong(Double.doubleToLongBits(Double.MAX_VALUE));
        AtomicBoolean stop = new AtomicBoolean();
        Progress progress = new Progress() {
            @Override
            public boolean stopRequested() {
                return stop.get();
            }

            @Override
            public void improved(double objective) {
                best.accumulateAndGet(Double.doubleToLongBits(objective),
                        (was, now) -> Double.longBitsToDouble(now) < Double.longBitsToDouble(was) ? now : was);
            }
        };
        JobState state = job.state();
        Thread reporter = null;
        // The reporter is told to stop, never interrupted: an interrupt in the middle of its database call would close
        // the connection under it (socket I/O of a virtual thread is interruptible).
        CountDownLatch searched = new CountDownLatch(1);
        try {
            state = next(state.begin());
            store.begin(job.id(), now());
            reporter = Thread.ofVirtual().start(() -> {
                double written = Double.MAX_VALUE;
                try {
                    while (!searched.await(PROGRESS_EVERY_MS, TimeUnit.MILLISECONDS)) {
                        double objective = Double.longBitsToDouble(best.get());
                        if (objective < written) {
                            store.progress(job.id(), objective);
                            written = objective;
                        }
                        stop.set(store.terminationRequested(job.id()));
                    }
                } catch (InterruptedException done) {
                    Thread.currentThread().interrupt();
                }
            });
            ForceGenerator.Result result = ForceGenerator.plan(problem, Duration.ofMillis(job.budgetMs()), job.id().hashCode(), progress);
            searched.countDown();
            reporter.join();
            if (Thread.currentThread().isInterrupted()) {
                state = next(state.interrupt("the process running it stopped"));
                return;
            }
            store.result(job.id(), result.evaluation().objective(), result.plan().assignments(problem), result.foundBy());
            state = next(state.end(store.terminationRequested(job.id())));
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            state = next(state.interrupt("the process running it stopped"));
        } catch (Throwable failed) {
            LOG.error("force generation job {} failed", job.id(), failed);
        } finally {
            searched.countDown();
            if (state.running()) { // it failed
                state = next(state.fail("the planner failed; the server's log says why"));
            }
            try {
                store.finish(job.id(), state, now());
            } catch (RuntimeException unrecorded) {
                LOG.error("could not record the end of force generation job {}", job.id(), unrecorded);
            }
        }
    }

    /** The state a transition of the runner's own leads to: the runner only makes transitions its job allows. */
    private static JobState next(Result<JobState> next) {
        return switch (next) {
            case Result.Done<JobState> done -> done.value();
            case Result.Refused<JobState> refused -> throw new IllegalStateException(refused.reason());
        };
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
