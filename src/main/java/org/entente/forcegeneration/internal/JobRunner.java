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
import org.entente.forcegeneration.internal.planner.LowerBound;
import org.entente.forcegeneration.ForceProblem;
import org.entente.forcegeneration.JobState;
import org.entente.forcegeneration.Progress;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs planner jobs: one at a time per instance, on a thread of its own, within the job's budget; its
 * progress and its end written to the job's row, and a termination request read from it, so that any
 * instance follows and stops a job that another runs. A job runs only on the instance that took its
 * request, never on another. That instance writes the heartbeat of each job it holds (queued or running)
 * every {@code entente.force-generation.heartbeat} (1 s); every instance marks interrupted any job whose
 * heartbeat is older than {@code entente.force-generation.abandoned-after} (15 s), both times read on the database's
 * clock, never an instance's: its instance died, and
 * its user may start it again. An instance that is stopped lets its running job finish for up to
 * {@code entente.force-generation.shutdown-wait} (10 s), then stops it and marks it, and every job it
 * still held queued, interrupted: none is left running. What a job plans, and who may start it, is the service's.
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
    /** The longest the lower bound is refined once a job's plan is there (not counted against its budget). */
    static final Duration BOUND_LIMIT = Duration.ofSeconds(2);
    /** How often the reporter writes the best objective and reads the termination request. */
    private static final long PROGRESS_EVERY_MS = 250;
    /** Why a job is interrupted when another instance finds its heartbeat stopped. */
    static final String SILENT = "the server running it stopped answering; start it again";
    /** Why a job is interrupted when the instance holding it is stopped before the job ends. */
    static final String STOPPED = "the server running it was stopped before the job ended; start it again";

    private final JdbcForceGeneration store;
    private final Clock clock;
    private final Duration heartbeat;
    private final Duration abandonedAfter;
    private final Duration shutdownWait;
    /** The jobs this instance holds, queued or running: their heartbeat is this instance's to write. */
    private final java.util.Set<String> held = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;
    /** Set when the shutdown wait has passed: the running search stops now, and its job is handed back (interrupted). */
    private volatile boolean handingBack;
    private final ExecutorService planners = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "force-generation");
        thread.setDaemon(true);
        return thread;
    });
    private final java.util.concurrent.ScheduledExecutorService heart = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "force-generation-heartbeat");
        thread.setDaemon(true);
        return thread;
    });

    JobRunner(JdbcForceGeneration store, Clock clock,
              @org.springframework.beans.factory.annotation.Value("${entente.force-generation.heartbeat:PT1S}") Duration heartbeat,
              @org.springframework.beans.factory.annotation.Value("${entente.force-generation.abandoned-after:PT15S}") Duration abandonedAfter,
              @org.springframework.beans.factory.annotation.Value("${entente.force-generation.shutdown-wait:PT10S}") Duration shutdownWait) {
        if (!heartbeat.isPositive() || abandonedAfter.compareTo(heartbeat.multipliedBy(3)) < 0 || shutdownWait.isNegative()) {
            throw new IllegalArgumentException("entente.force-generation: a positive heartbeat, abandoned-after at least three heartbeats, "
                    + "a shutdown-wait of zero or more");
        }
        this.store = store;
        this.clock = clock;
        this.heartbeat = heartbeat;
        this.abandonedAfter = abandonedAfter;
        this.shutdownWait = shutdownWait;
    }

    /** Whether a planner may run for {@code budget}: more than nothing, at most {@link #MAX_BUDGET}. */
    static boolean withinBounds(Duration budget) {
        return budget.isPositive() && budget.compareTo(MAX_BUDGET) <= 0;
    }

    /** From when the application is ready (migrated), every heartbeat: this instance's jobs are alive, and silent ones are interrupted. */
    @EventListener(ApplicationReadyEvent.class)
    void startHeartbeat() {
        heart.scheduleWithFixedDelay(this::beat, 0, heartbeat.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Writes the heartbeat of the jobs this instance holds, then marks interrupted every job whose heartbeat stopped; both
     * on the database's clock, so that an instance whose clock is ahead never takes another's live job as dead.
     */
    void beat() {
        try {
            store.heartbeat(held);
            int interrupted = store.interruptSilent(abandonedAfter, now(), SILENT);
            if (interrupted > 0) {
                LOG.warn("{} force generation job(s) interrupted: no heartbeat for {}", interrupted, abandonedAfter);
            }
        } catch (RuntimeException e) {
            LOG.warn("force generation heartbeat: {}", e.toString());
        }
    }

    /**
     * The instance is stopping: the job running may finish within the shutdown wait; then it is stopped, and it and every
     * job still queued here are marked interrupted, so that none is left running and their users may start them again.
     */
    @PreDestroy
    void stopPlanners() {
        stopping = true;
        planners.shutdown();
        try {
            if (!planners.awaitTermination(shutdownWait.toMillis(), TimeUnit.MILLISECONDS)) {
                handingBack = true; // before the interrupt: a planner that answers it by failing is still handed back
                planners.shutdownNow();
                planners.awaitTermination(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        heart.shutdownNow();
        Instant now = now();
        for (String id : held) {
            try {
                store.finish(id, new JobState.Interrupted(STOPPED), now);
            } catch (RuntimeException unrecorded) {
                LOG.error("could not record the interruption of force generation job {}", id, unrecorded);
            }
        }
    }

    /** Queues a stored (queued) job on {@code problem}; it runs once the jobs queued before it have ended. */
    void submit(JdbcForceGeneration.Job job, ForceProblem problem) {
        held.add(job.id());
        try {
            planners.submit(() -> run(job, problem));
        } catch (java.util.concurrent.RejectedExecutionException stopped) {
            held.remove(job.id());
            store.finish(job.id(), new JobState.Interrupted(STOPPED), now());
        }
    }

    /**
     * Runs a job: the search threads only record their best objective and read the stop flag; a reporter
     * on a thread of its own writes the progress and reads the termination request every quarter second,
     * so the database never holds up the search. Whatever happens, the job ends finished, terminated,
     * interrupted (the process is stopping) or failed.
     */
    private void run(JdbcForceGeneration.Job job, ForceProblem problem) {
        try {
            if (stopping) {
                store.finish(job.id(), new JobState.Interrupted(STOPPED), now());
            } else if (store.begin(job.id(), now())) { // not when it has ended already (interrupted while queued, or by another instance)
                runHeld(job, problem);
            }
        } finally {
            held.remove(job.id());
        }
    }

    private void runHeld(JdbcForceGeneration.Job job, ForceProblem problem) {
        AtomicLong best = new AtomicLong(Double.doubleToLongBits(Double.MAX_VALUE));
        AtomicBoolean stop = new AtomicBoolean();
        Progress progress = new Progress() {
            @Override
            public boolean stopRequested() {
                return stop.get() || handingBack;
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
            reporter = Thread.ofVirtual().start(() -> {
                double written = Double.MAX_VALUE;
                try {
                    while (!searched.await(PROGRESS_EVERY_MS, TimeUnit.MILLISECONDS)) {
                        double objective = Double.longBitsToDouble(best.get());
                        if (objective < written) {
                            store.progress(job.id(), objective);
                            written = objective;
                        }
                        stop.set(store.stopWanted(job.id()));
                    }
                } catch (InterruptedException done) {
                    Thread.currentThread().interrupt();
                }
            });
            ForceGenerator.Result result = ForceGenerator.plan(problem, Duration.ofMillis(job.budgetMs()), job.id().hashCode(), progress);
            searched.countDown();
            reporter.join();
            if (Thread.currentThread().isInterrupted()) {
                state = next(state.interrupt(STOPPED));
                return;
            }
            store.result(job.id(), result.evaluation().objective(), result.plan().assignments(problem), result.foundBy());
            recordLowerBound(job.id(), problem, result);
            state = next(state.end(store.terminationRequested(job.id())));
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            state = next(state.interrupt(STOPPED));
        } catch (Throwable failed) {
            LOG.error("force generation job {} failed", job.id(), failed);
        } finally {
            searched.countDown();
            if (state.running()) { // handed back while stopping, or it failed
                state = next(handingBack ? state.interrupt(STOPPED) : state.fail("the planner failed; the server's log says why"));
            }
            try {
                store.finish(job.id(), state, now());
            } catch (RuntimeException unrecorded) {
                LOG.error("could not record the end of force generation job {}", job.id(), unrecorded);
            }
        }
    }

    /**
     * The lower bound on any plan's objective for the job's problem: the plan's own objective where the planner proved it optimal,
     * otherwise {@link LowerBound}'s, within {@link #BOUND_LIMIT} beyond the plan's budget (cut there, it is a weaker bound still); the
     * job keeps its plan without one if it cannot be computed.
     */
    private void recordLowerBound(String id, ForceProblem problem, ForceGenerator.Result result) {
        if (handingBack) {
            return;
        }
        try {
            store.lowerBound(id, result.provedOptimal() ? result.evaluation().objective() : LowerBound.of(problem, BOUND_LIMIT).value());
        } catch (RuntimeException e) {
            LOG.warn("force generation job {}: no lower bound: {}", id, e.toString());
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
