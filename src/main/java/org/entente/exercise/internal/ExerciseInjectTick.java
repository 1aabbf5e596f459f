package org.entente.exercise.internal;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The exercises' injects arrive on each instance's own tick: every {@code entente.exercises.inject-tick} (2 seconds) after the
 * last tick ended, measured on the instance's monotonic clock, one thread ({@code exercise-injects}) delivers what the exercises'
 * clocks have made due since ({@link ExerciseInjects#deliverDue}). An inject arrives at most one tick after its world instant
 * is reached.
 *
 * <p>Every instance of a cluster ticks: each delivery is made once all the same, under the lock of the exercise's row and only
 * if it was not made before, the primary key of {@code exercise_inject} the last guard. So the injects wait on no shared
 * execution (a cluster-wide scheduled task left picked by a failed completion or a dead instance waits out its dead-execution
 * time, half an hour by default) and on no wall-clock time (a clock stepped back would hold a task scheduled on it back as long).
 * A tick that fails is logged and the next one runs.
 */
@Component
class ExerciseInjectTick implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ExerciseInjectTick.class);

    private final ExerciseInjects injects;
    private final Duration every;
    private ScheduledExecutorService ticker;

    ExerciseInjectTick(ExerciseInjects injects, @Value("${entente.exercises.inject-tick:PT2S}") Duration every) {
        if (!every.isPositive()) {
            throw new IllegalArgumentException("entente.exercises.inject-tick is more than nothing, not " + every);
        }
        this.injects = injects;
        this.every = every;
    }

    @Override
    public synchronized void start() {
        if (ticker == null) {
            ticker = Executors.newSingleThreadScheduledExecutor(tick -> Thread.ofPlatform().daemon().name("exercise-injects").unstarted(tick));
            ticker.scheduleWithFixedDelay(this::tick, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Lets a tick in progress end (its deliveries are each one transaction), then stops ticking. */
    @Override
    public synchronized void stop() {
        if (ticker == null) {
            return;
        }
        ticker.shutdown();
        try {
            if (!ticker.awaitTermination(10, TimeUnit.SECONDS)) {
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
        try {
            injects.deliverDue();
        } catch (RuntimeException | Error failure) {
            // A scheduled executor runs no further tick after one that throws.
            LOG.warn("exercise injects: this tick failed, the next one runs: {}", failure.toString());
        }
    }
}
