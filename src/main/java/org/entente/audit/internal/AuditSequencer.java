package org.entente.audit.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.entente.audit.Verification;
import org.entente.provenance.history.RecordedTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Chains committed queued audit records ({@code audit_queue}) into the one hash chain ({@code audit_entry}): in batches,
 * each in a short transaction of its own that locks the chain head ({@code audit_chain_head}, so one sequencer at a time
 * across every instance sharing the database), reads queued records in id order, writes them as the next entries,
 * moves the head and deletes the records it chained. A record is chained at its accepted instant, or 1 µs after the
 * entry before if that is not later.
 *
 * <p>It runs in a background thread woken when a transaction that appended commits (after a short linger, so that
 * records committed close together share a transaction; wake-ups while it works coalesce into one more round), and every poll interval for records that other instances queued and did not chain (an instance
 * killed between a commit and its sequencer's next round). Every read of the trail runs it once first ({@link #catchUp}).
 */
@Component
class AuditSequencer implements SmartLifecycle {

    /** The default maximum merge delay: how long a committed record may wait to be chained before verification reports it. */
    static final Duration MAXIMUM_MERGE_DELAY = Duration.ofSeconds(30);

    /** Records chained per transaction at most. */
    static final int BATCH = 500;

    static final String ENTRY_COLUMNS = "sequence_number, recorded_at, actor, actor_role, organization, action, subject, "
            + "before_digest, after_digest, details, previous_hash, entry_hash";

    private static final String ENTRY_VALUES = ":sequence, :at, :actor, :role, :organization, :action, :subject, :before, :after, :details, :previous, :hash";

    private static final Logger LOG = LoggerFactory.getLogger(AuditSequencer.class);

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batches;
    private final JdbcTemplate statements;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration poll;
    private final Duration maximumMergeDelay;
    private final boolean background;
    private final Duration linger;
    private final Object signal = new Object();
    private final TransactionSynchronization wakeAfterCommit = new TransactionSynchronization() {
        @Override
        public void afterCommit() {
            wake();
        }
    };
    private Thread thread;
    private volatile boolean stopping;
    private long wakes;

    @Autowired
    AuditSequencer(DataSource dataSource, PlatformTransactionManager transactions, Clock clock,
                   @Value("${entente.audit.sequencer.poll:PT0.2S}") Duration poll,
                   @Value("${entente.audit.sequencer.maximum-merge-delay:PT30S}") Duration maximumMergeDelay,
                   @Value("${entente.audit.sequencer.linger:PT0.25S}") Duration linger,
                   @Value("${entente.audit.sequencer.enabled:true}") boolean enabled,
                   Environment environment, ApplicationArguments arguments) {
        // --verify-audit reports records left queued too long before chaining them: no background round may chain them first.
        this(dataSource, transactions, clock, poll, maximumMergeDelay, linger, enabled && !VerifyAuditOnStart.requested(environment, arguments));
    }

    AuditSequencer(DataSource dataSource, PlatformTransactionManager transactions, Clock clock, Duration poll, Duration maximumMergeDelay,
                   Duration linger, boolean background) {
        this.jdbc = JdbcClient.create(dataSource);
        this.batches = new NamedParameterJdbcTemplate(dataSource);
        this.statements = batches.getJdbcTemplate();
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = Objects.requireNonNull(clock);
        if (poll.isNegative() || poll.isZero() || maximumMergeDelay.isNegative() || maximumMergeDelay.isZero()) {
            throw new IllegalArgumentException("the sequencer's poll interval and maximum merge delay are positive, not " + poll + " and " + maximumMergeDelay);
        }
        if (linger.isNegative()) {
            throw new IllegalArgumentException("the sequencer's linger is not negative: " + linger);
        }
        this.poll = poll;
        this.maximumMergeDelay = maximumMergeDelay;
        this.background = background;
        this.linger = linger;
    }

    /**
     * Chains every record committed before it was called (and any committed meanwhile), in as many batches as it takes;
     * how many it chained. Another sequencer chaining at the same time makes it wait for the chain head, then go on
     * with what is left.
     */
    int catchUp() {
        Long last = jdbc.sql("select max(id) from audit_queue").query(Long.class).optional().orElse(null);
        int chained = 0;
        while (last != null && queuedUpTo(last)) {
            int batch = transaction.execute(status -> chainBatch());
            if (batch == 0) {
                break;
            }
            chained += batch;
        }
        return chained;
    }

    private boolean queuedUpTo(long last) {
        return jdbc.sql("select id from audit_queue where id <= :last fetch first 1 rows only").param("last", last).query(Long.class).optional().isPresent();
    }

    /** One batch, in the caller's transaction: lock the head, chain up to {@link #BATCH} queued records in id order, move the head, delete them. */
    private int chainBatch() {
        ChainHead head = JdbcAuditTrail.head(jdbc, " for update");
        List<QueuedRecord> queued = jdbc.sql("select id, accepted_at, actor, actor_role, organization, action, subject, before_digest, after_digest,"
                        + " details from audit_queue order by id fetch first " + BATCH + " rows only")
                .query((rs, n) -> new QueuedRecord(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10)))
                .list();
        if (queued.isEmpty()) {
            return 0;
        }
        OffsetDateTime chainedAt = timestamp(RecordedTime.now(clock));
        var rows = new ArrayList<Object[]>();
        var ids = new ArrayList<Object[]>();
        ChainRow last = null;
        long sequence = head.sequence();
        for (QueuedRecord record : queued) {
            ChainRow row = record.chained(++sequence, last == null ? head.recordedAt() : last.recordedAt(), last == null ? head.hash() : last.hash());
            rows.add(new Object[] {row.sequence(), timestamp(row.recordedAt()), row.actor(), row.role(), row.organization(), row.action(),
                    row.subject(), row.beforeDigest(), row.afterDigest(), row.details(), row.previousHash(), row.hash(), record.id(),
                    timestamp(record.acceptedAt()), chainedAt});
            ids.add(new Object[] {record.id()});
            last = row;
        }
        // Batches of one statement each (prepared once per connection), not a statement of its own per batch size.
        statements.batchUpdate("insert into audit_entry (" + ENTRY_COLUMNS + ", queue_id, accepted_at, chained_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        jdbc.sql("update audit_chain_head set last_sequence = :sequence, last_hash = :hash, last_recorded_at = :at where id = 1")
                .param("sequence", last.sequence())
                .param("hash", last.hash())
                .param("at", timestamp(last.recordedAt()))
                .update();
        int deleted = Arrays.stream(statements.batchUpdate("delete from audit_queue where id = ?", ids)).sum();
        if (deleted != ids.size()) {
            throw new IllegalStateException("chained " + ids.size() + " queued audit records but deleted " + deleted + ": the chaining is undone");
        }
        return queued.size();
    }

    /** The stored columns of {@code row}, as the insert into {@code audit_entry} names them. */
    static MapSqlParameterSource parameters(ChainRow row) {
        return new MapSqlParameterSource()
                .addValue("sequence", row.sequence())
                .addValue("at", timestamp(row.recordedAt()))
                .addValue("actor", row.actor())
                .addValue("role", row.role())
                .addValue("organization", row.organization())
                .addValue("action", row.action())
                .addValue("subject", row.subject())
                .addValue("before", row.beforeDigest())
                .addValue("after", row.afterDigest())
                .addValue("details", row.details())
                .addValue("previous", row.previousHash())
                .addValue("hash", row.hash());
    }

    /** Stores a row as it is, without a queued record: tests put a removed row back with it. */
    void insert(ChainRow row) {
        batches.update("insert into audit_entry (" + ENTRY_COLUMNS + ") values (" + ENTRY_VALUES + ")", parameters(row));
    }

    /** Committed records still queued and accepted longer than the maximum merge delay ago, if any. */
    Optional<Verification.Overdue> overdue() {
        return jdbc.sql("select count(*), min(accepted_at) from audit_queue where accepted_at < :limit")
                .param("limit", timestamp(clock.instant().minus(maximumMergeDelay)))
                .query(rs -> {
                    rs.next();
                    long records = rs.getLong(1);
                    return records == 0 ? Optional.<Verification.Overdue>empty()
                            : Optional.of(new Verification.Overdue(records, rs.getObject(2, OffsetDateTime.class).toInstant(), maximumMergeDelay));
                });
    }

    Duration maximumMergeDelay() {
        return maximumMergeDelay;
    }

    /** Runs a round now, or once more after the round under way. */
    void wake() {
        synchronized (signal) {
            wakes++;
            signal.notifyAll();
        }
    }

    /** Wakes the sequencer when the current transaction commits (once however many records it appends). */
    void wakeAfterCommit() {
        if (background && TransactionSynchronizationManager.isSynchronizationActive()
                && !TransactionSynchronizationManager.getSynchronizations().contains(wakeAfterCommit)) {
            TransactionSynchronizationManager.registerSynchronization(wakeAfterCommit);
        }
    }

    @Override
    public synchronized void start() {
        if (background && thread == null) {
            stopping = false;
            thread = Thread.ofPlatform().daemon().name("audit-sequencer").start(this::work);
        }
    }

    /**
     * Stops the background thread, then chains what is committed: the web server has stopped by then (see
     * {@link #getPhase}), so the last requests' records are chained by this instance, not left for another or the next start.
     */
    @Override
    public synchronized void stop() {
        if (thread == null) {
            return;
        }
        stopping = true;
        wake();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread = null;
        try {
            catchUp();
        } catch (RuntimeException e) {
            LOG.warn("audit sequencer: what was queued at the stop is left to another instance or the next start: {}", e.toString());
        }
    }

    /** Started before the web server and stopped after it, whose requests in flight (graceful shutdown) still append. */
    @Override
    public int getPhase() {
        return WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 1024;
    }

    @Override
    public synchronized boolean isRunning() {
        return thread != null;
    }

    /**
     * The background rounds: after a wake-up, wait the linger (so that the records of commits close together are
     * chained in one transaction), then chain batches until one is not full; after a quiet poll interval, the same if
     * anything is queued.
     */
    private void work() {
        long seen = -1;
        while (!stopping) {
            boolean woken;
            synchronized (signal) {
                woken = wakes != seen;
                seen = wakes;
            }
            try {
                if (woken) {
                    linger();
                }
                if (woken || jdbc.sql("select id from audit_queue fetch first 1 rows only").query(Long.class).optional().isPresent()) {
                    while (!stopping && transaction.execute(status -> chainBatch()) == BATCH) {
                        // a full batch: more may be queued
                    }
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.warn("audit sequencer: {}", e.toString());
            }
            synchronized (signal) {
                if (wakes == seen && !stopping) {
                    try {
                        signal.wait(poll.toMillis());
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }
    }

    /** Waits the linger, or less if the sequencer is stopping (a wake-up by a commit does not cut it short). */
    private void linger() throws InterruptedException {
        long end = System.nanoTime() + linger.toNanos();
        synchronized (signal) {
            for (long left = linger.toNanos(); !stopping && left > 0; left = end - System.nanoTime()) {
                TimeUnit.NANOSECONDS.timedWait(signal, left);
            }
        }
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
