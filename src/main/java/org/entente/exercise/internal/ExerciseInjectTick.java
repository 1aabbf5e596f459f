package org.entente.exercise.internal;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The exercises' injects arrive on each instance's own tick: every {@code entente.exercises.inject-tick} (2 seconds) after the
 * last tick ended, measured on the instance's monotonic clock, one thread ({@code exercise-injects}) delivers what the exercises'
 * clocks have made due since ({@link ExerciseInjects#deliverDue}). An inject arrives at most one tick after its world instant
 * is reached. The thread runs with the application context (started and stopped with it, also when a test pauses a context),
 * but delivers nothing before the application is ready (migrated, its data loaded, serving): never in {@code --verify-audit},
 * which ends before.
 *
 * <p>Every instance of a cluster ticks: each delivery is made once all the same, under the lock of the exercise's row and only
 * if it was not made before, the primary key of {@code exercise_inject} the last guard. So the injects wait on no shared
 * execution: a cluster-wide scheduled task left picked by a failed completion or a dead instance waits out its dead-execution
 * time (half an hour by default), and every exercise's injects with it. A tick that fails is logged and the next one runs.
 */
@Component
class ExerciseInjectTick implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ExerciseInjectTick.class);

    /** How long stopping waits for a tick in progress (each delivery is one short transaction). */
    private static final Duration STOP_WAIT = Duration.ofSeconds(5);

    private final ExerciseInjects injects;
    private final Duration every;
    private ScheduledExecutorService ticker;
    /** Whether the application is ready ({@link ApplicationReadyEvent}): no tick delivers before. */
    private volatile boolean ready;

    ExerciseInjectTick(ExerciseInjects injects, @Value("${entente.exercises.inject-tick:PT2S}") Duration every) {
        if (every.toMillis() < 1) {
            throw new IllegalArgumentException("entente.exercises.inject-tick is a millisecond at least, not " + every);
        }
        this.injects = injects;
        this.every = every;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        ready = true;
    }

    @Override
    public synchronized void start() {
        if (ticker == null) {
            ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(
                    tick -> Thread.ofPlatform().daemon().name("exercise-injects").unstarted(tick));
            started.scheduleWithFixedDelay(this::tick, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
            ticker = started;
        }
    }

    /** Lets a tick in progress end (up to {@link #STOP_WAIT}), then stops ticking. */
    @Override
    public synchronized void stop() {
        if (ticker == null) {
            return;
        }
        ticker.shutdown();
        try {
            if (!ticker.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                ticker.shutdownNow();
            }
        } catch (InterruptedException e) {
            ticker.shutdownNow();
            Thread.currentThread().interrupt();
        }
        ticker = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return ticker != null;
    }

    private void tick() {
        if (!ready) {
            return;
        }
        try {
            injects.deliverDue();
        } catch (VirtualMachineError fatal) {
            throw fatal;
        } catch (RuntimeException | Error failure) {
            // A scheduled executor runs no further tick after one that throws.
            LOG.warn("exercise injects: this tick failed, the next one runs", failure);
        }
    }
}
