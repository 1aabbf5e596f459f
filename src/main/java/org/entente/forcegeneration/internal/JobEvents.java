package org.entente.forcegeneration.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.entente.register.Organization;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * A planner job's progress as server-sent events, for the page and the API alike: a {@code progress}
 * event whenever the job's status, best objective or author changes (and once a second while it runs,
 * for its elapsed time), then, once the job has ended, a last {@code progress} event and a {@code done}
 * event, and the stream closes. The stream reads the job as stored, so it follows a job run by any
 * instance of the application.
 */
@Component
class JobEvents implements DisposableBean {

    /** How often a stream looks at its job. */
    static final long CHECK_EVERY_MS = 250;
    /** A stream ends after its job's budget and this much more (a job always ends well within it). */
    private static final Duration GRACE = Duration.ofMinutes(2);

    /** What one event says: the job's status, its best objective so far, who found it, and its time spent against its budget. */
    record ProgressEvent(String id, String status, Double bestObjective, String foundBy, long elapsedMs, long budgetMs) {

        boolean running() {
            return JdbcForceGeneration.Job.running(status);
        }

        boolean sameAs(ProgressEvent other) {
            return other != null && status.equals(other.status) && Objects.equals(bestObjective, other.bestObjective)
                    && Objects.equals(foundBy, other.foundBy);
        }
    }

    private final ForceGenerationService service;
    private final Clock clock;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "force-generation-events");
        thread.setDaemon(true);
        return thread;
    });

    JobEvents(ForceGenerationService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    /** The stream of job {@code jobId} of request {@code requestId}; an unknown job answers 404 before any stream opens. */
    SseEmitter stream(Organization organization, String requestId, String jobId) {
        JdbcForceGeneration.Job first = service.job(organization, requestId, jobId);
        SseEmitter emitter = new SseEmitter(Duration.ofMillis(first.budgetMs()).plus(GRACE).toMillis());
        AtomicReference<ScheduledFuture<?>> task = new AtomicReference<>();
        Runnable stop = () -> {
            ScheduledFuture<?> running = task.get();
            if (running != null) {
                running.cancel(false);
            }
        };
        emitter.onCompletion(stop);
        emitter.onTimeout(stop);
        emitter.onError(failure -> stop.run());
        AtomicReference<ProgressEvent> last = new AtomicReference<>();
        AtomicReference<Instant> lastSent = new AtomicReference<>(Instant.EPOCH);
        task.set(ticker.scheduleWithFixedDelay(() -> {
            try {
                ProgressEvent now = event(service.job(organization, requestId, jobId));
                Instant at = clock.instant();
                if (!now.sameAs(last.get()) || Duration.between(lastSent.get(), at).toMillis() >= 1_000) {
                    emitter.send(SseEmitter.event().name("progress").data(now, MediaType.APPLICATION_JSON));
                    last.set(now);
                    lastSent.set(at);
                }
                if (!now.running()) {
                    emitter.send(SseEmitter.event().name("done").data(now, MediaType.APPLICATION_JSON));
                    stop.run();
                    emitter.complete();
                }
            } catch (IOException | RuntimeException gone) {
                // The client went away (or the job with its request): the stream ends here.
                stop.run();
                emitter.completeWithError(gone);
            }
        }, 0, CHECK_EVERY_MS, TimeUnit.MILLISECONDS));
        return emitter;
    }

    private ProgressEvent event(JdbcForceGeneration.Job job) {
        Instant end = job.finishedAt() == null ? clock.instant() : job.finishedAt();
        return new ProgressEvent(job.id(), job.status(), job.bestObjective(), job.foundBy(), Duration.between(job.startedAt(), end).toMillis(),
                job.budgetMs());
    }

    @Override
    public void destroy() {
        ticker.shutdownNow();
    }
}
