package org.entente.alerting.internal.delivery;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.entente.alerting.RetrySchedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends the outbox's due deliveries: a few threads, each claiming one delivery at a time (for a lease longer than an
 * attempt can take), sending it, and marking it sent, or due again after the retry schedule's next delay, or failed after
 * the last. A webhook endpoint that answers {@code 410 Gone}, or whose delivery failed every attempt, is disabled, and the
 * secretariat is told. Woken at once when deliveries are written; otherwise it looks for due ones every poll interval
 * (retries, and deliveries another instance wrote or a crash left behind).
 */
@Component
public class DeliveryWorker implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryWorker.class);

    private final JdbcDeliveries deliveries;
    private final Map<Delivery.Via, Outcome.Sender> senders;
    private final EndpointNotices notices;
    private final Clock clock;
    private final RetrySchedule retries;
    private final Duration poll;
    private final Duration lease;
    private final int threads;
    private final String name = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    private final Object signal = new Object();
    private final List<Thread> running = new ArrayList<>();
    private volatile boolean stopping;
    private long wakes;

    DeliveryWorker(JdbcDeliveries deliveries, List<Outcome.Sender> senders, EndpointNotices notices, Clock clock,
                   @Value("${entente.alerting.retry-delays:}") List<Duration> retryDelays,
                   @Value("${entente.alerting.poll-interval:PT1S}") Duration poll,
                   @Value("${entente.alerting.lease:PT2M}") Duration lease,
                   @Value("${entente.alerting.workers:4}") int threads) {
        this.deliveries = deliveries;
        this.senders = senders.stream().collect(Collectors.toMap(Outcome.Sender::via, Function.identity()));
        this.notices = notices;
        this.clock = clock;
        this.retries = retryDelays.isEmpty() ? RetrySchedule.STANDARD : new RetrySchedule(retryDelays);
        this.poll = poll;
        this.lease = lease;
        this.threads = threads;
    }

    /** Tells the worker deliveries are due now. */
    public void wake() {
        synchronized (signal) {
            wakes++;
            signal.notifyAll();
        }
    }

    /** Wakes the worker when the current transaction commits (at once without one): what it wrote is then there to claim. */
    public void wakeAfterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            wake();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                wake();
            }
        });
    }

    @Override
    public synchronized void start() {
        stopping = false;
        for (int i = 0; i < threads; i++) {
            running.add(Thread.ofVirtual().name("alert-delivery-" + i).start(this::work));
        }
    }

    @Override
    public synchronized void stop() {
        stopping = true;
        wake();
        running.forEach(Thread::interrupt); // a send in progress ends now; its delivery is claimed again when its lease lapses
        for (Thread thread : running) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        running.clear();
    }

    @Override
    public synchronized boolean isRunning() {
        return !running.isEmpty();
    }

    private void work() {
        while (!stopping) {
            long seen;
            synchronized (signal) {
                seen = wakes;
            }
            boolean sent = false;
            try {
                Optional<Delivery> claimed = deliveries.claimNext(name, clock.instant(), lease);
                if (claimed.isPresent()) {
                    deliver(claimed.get());
                    sent = true;
                }
            } catch (RuntimeException e) {
                LOG.warn("alert delivery: {}", e.toString());
            }
            if (!sent) {
                synchronized (signal) {
                    if (wakes == seen && !stopping) {
                        try {
                            signal.wait(poll.toMillis());
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                }
            }
        }
    }

    /** Makes one attempt at the claimed delivery and records what it came to. */
    void deliver(Delivery delivery) {
        int attempt = delivery.attempts();
        Instant started = clock.instant();
        long began = System.nanoTime();
        Outcome.Sender sender = senders.get(delivery.via());
        Outcome outcome;
        try {
            outcome = sender == null ? new Outcome.Failed(null, "no sender for " + delivery.via().code(), false) : sender.send(delivery);
        } catch (RuntimeException e) {
            outcome = new Outcome.Failed(null, e.toString(), false);
        }
        long durationMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);
        Instant now = clock.instant();
        switch (outcome) {
            case Outcome.Delivered delivered -> deliveries.sent(delivery, name,
                    new Delivery.Attempt(attempt, started, name, durationMs, delivered.statusCode(), null), now);
            case Outcome.Failed failed -> {
                Optional<Instant> next = failed.gone() ? Optional.empty() : retries.next(delivery.attemptInSchedule()).map(now::plus);
                boolean held = deliveries.failed(delivery, name, new Delivery.Attempt(attempt, started, name, durationMs, failed.statusCode(),
                        failed.error()), next, now);
                if (held && next.isEmpty() && delivery.via() == Delivery.Via.WEBHOOK) {
                    notices.disable(delivery, failed, attempt, now);
                }
            }
        }
    }
}
