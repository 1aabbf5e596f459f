package org.entente.forcegeneration.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.entente.command.Refusal;
import org.entente.forcegeneration.JobState;
import org.entente.register.Organization;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * A planner job's progress as server-sent events, for the page and the API alike: a {@code progress}
 * event at once, whenever the job's status changes, and at most once a second while it runs (with its
 * best objective, who found it and its time spent); then, once the job has ended, a last
 * {@code progress} event and a {@code done} event, and the stream closes. It closes the same way when
 * the job is gone, when the job's budget and {@link #GRACE} have passed (a job left running by a
 * stopped instance), and when the application stops. Each stream reads the job as stored, on a virtual
 * thread of its own, so it follows a job run by any instance and never waits on another stream.
 */
@Component
class JobEvents {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(JobEvents.class);

    /** How often a stream looks at its job. */
    static final long CHECK_EVERY_MS = 250;
    /** A stream ends once its job's budget and this much more have passed since the job started. */
    static final Duration GRACE = Duration.ofMinutes(2);
    private static final Duration BACKSTOP = Duration.ofSeconds(30);

    /** What one event says: the job's status, its best objective so far, who found it, and its time spent against its budget. */
    record ProgressEvent(String id, JobState.Status status, Double bestObjective, String foundBy, long elapsedMs, long budgetMs) {

        boolean running() {
            return status.running();
        }
    }

    private final ForceGenerationService service;
    private final Clock clock;
    private final Set<SseEmitter> open = ConcurrentHashMap.newKeySet();

    JobEvents(ForceGenerationService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    /** The stream of job {@code jobId} of request {@code requestId}; an unknown job answers 404 before any stream opens. */
    SseEmitter stream(Organization organization, String requestId, String jobId) {
        JdbcForceGeneration.Job first = service.job(organization, requestId, jobId);
        Instant ends = first.startedAt().plusMillis(first.budgetMs()).plus(GRACE);
        // The emitter's own timeout is only a backstop: the stream ends by itself at `ends`.
        SseEmitter emitter = new SseEmitter(Math.max(0, Duration.between(clock.instant(), ends).toMillis()) + BACKSTOP.toMillis());
        AtomicBoolean closed = new AtomicBoolean();
        Runnable close = () -> {
            closed.set(true);
            open.remove(emitter);
        };
        emitter.onCompletion(close);
        emitter.onTimeout(() -> {
            close.run();
            emitter.complete();
        });
        emitter.onError(failure -> close.run());
        open.add(emitter);
        Thread.ofVirtual().name("force-generation-events-" + jobId).start(() -> follow(organization, requestId, event(first), ends, emitter, closed));
        return emitter;
    }

    private void follow(Organization organization, String requestId, ProgressEvent first, Instant ends, SseEmitter emitter, AtomicBoolean closed) {
        ProgressEvent last = first;
        ProgressEvent said = first;
        try {
            send(emitter, "progress", first);
            Instant sent = clock.instant();
            while (!closed.get() && last.running() && clock.instant().isBefore(ends)) {
                Thread.sleep(CHECK_EVERY_MS);
                ProgressEvent now;
                try {
                    now = event(service.job(organization, requestId, first.id()));
                } catch (DataAccessException passing) {
                    continue; // the next look may find the database again
                } catch (Refusal gone) {
                    break; // the job is no longer there (its request removed): the stream ends as a finished one does
                }
                if (!now.status().equals(last.status()) || Duration.between(sent, clock.instant()).toMillis() >= 1_000) {
                    send(emitter, "progress", now);
                    said = now;
                    sent = clock.instant();
                }
                last = now;
            }
            if (!closed.getAndSet(true)) {
                if (!last.equals(said)) {
                    send(emitter, "progress", last);
                }
                send(emitter, "done", last);
                emitter.complete();
            }
        } catch (IOException | IllegalStateException clientGone) {
            // The client went away, or the stream was completed meanwhile: nothing more to say.
            emitter.complete();
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            emitter.complete();
        } catch (RuntimeException | Error unexpected) {
            LOG.warn("the event stream of force generation job {} failed", first.id(), unexpected);
            emitter.complete();
        } finally {
            open.remove(emitter);
        }
    }

    private static void send(SseEmitter emitter, String name, ProgressEvent event) throws IOException {
        emitter.send(SseEmitter.event().name(name).data(event, MediaType.APPLICATION_JSON));
    }

    private ProgressEvent event(JdbcForceGeneration.Job job) {
        return new ProgressEvent(job.id(), job.state().status(), job.bestObjective(), job.foundBy(), job.elapsedMs(clock.instant()), job.budgetMs());
    }

    /** The application stops: every open stream ends at once rather than holding the shutdown. */
    @EventListener(ContextClosedEvent.class)
    void stopping() {
        open.forEach(SseEmitter::complete);
        open.clear();
    }
}
