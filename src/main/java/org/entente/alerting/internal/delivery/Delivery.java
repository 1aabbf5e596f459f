package org.entente.alerting.internal.delivery;

import java.time.Instant;
import java.util.Objects;
import org.entente.alerting.AlertKind;
import org.entente.register.Coded;

/**
 * One alert to one recipient (an account by mail, or a webhook endpoint), as its durable row says: pending until a worker
 * sends it, then sent; failed when every attempt of the retry schedule failed. {@code attempts} counts those made (a claim
 * counts its attempt); {@code retryBase} is that count when it was last sent again by hand, from which the schedule starts anew.
 */
public record Delivery(long id, String messageId, Via via, String recipient, String organization, AlertKind kind, Instant occurredAt, Alert alert,
                       Status status, int attempts, int retryBase, Instant nextAttemptAt, Instant createdAt, Instant doneAt) {

    /** The way a delivery leaves Entente: by mail, by webhook, or held as an entry of a daily digest until its mail includes it. */
    public enum Via implements Coded {
        EMAIL, WEBHOOK, DIGEST
    }

    /** Pending until sent (or failed for good); a digest's entry is held until its day's digest includes it. */
    public enum Status implements Coded {
        PENDING, SENT, FAILED, HELD, INCLUDED
    }

    public Delivery {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(via, "via");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(alert, "alert");
        Objects.requireNonNull(status, "status");
    }

    /** The claimed attempt's place in the retry schedule: 1 for the first attempt, or the first after a redelivery by hand. */
    public int attemptInSchedule() {
        return attempts - retryBase;
    }

    /**
     * One attempt at the delivery, for its log: when, by which worker (its instance's process and a random suffix), how long
     * it took, the answer's HTTP status (none for mail or when none came) and what went wrong.
     */
    public record Attempt(int number, Instant startedAt, String worker, long durationMs, Integer statusCode, String error) {
    }
}
