package org.entente.audit.internal;

import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.entente.audit.AuditEntry;
import org.entente.audit.AuditRecord;
import org.entente.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail of one more instance on a database of the tests' choosing, outside any Spring context: its trail,
 * its sequencer (whose background thread runs only once {@link #start} is called) and its transactions.
 */
public final class AuditInstance {

    private final JdbcAuditTrail trail;
    private final AuditSequencer sequencer;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;
    private final Clock clock;

    private AuditInstance(DataSource database, Clock clock, Duration poll, Duration maximumMergeDelay, Duration linger) {
        var transactions = new DataSourceTransactionManager(database);
        this.jdbc = JdbcClient.create(database);
        this.clock = clock;
        this.sequencer = new AuditSequencer(database, transactions, clock, poll, maximumMergeDelay, linger, true);
        this.trail = new JdbcAuditTrail(jdbc, clock, sequencer, JdbcAuditTrail.VERIFICATION_PAGE);
        this.transaction = new TransactionTemplate(transactions);
    }

    public static AuditInstance on(DataSource database, Clock clock) {
        return on(database, clock, Duration.ofMillis(200), AuditSequencer.MAXIMUM_MERGE_DELAY);
    }

    public static AuditInstance on(DataSource database, Clock clock, Duration poll, Duration maximumMergeDelay) {
        return new AuditInstance(database, clock, poll, maximumMergeDelay, Duration.ofMillis(20));
    }

    /** An instance whose sequencer, woken by a commit, waits {@code linger} before chaining. */
    static AuditInstance lingering(DataSource database, Duration poll, Duration linger) {
        return new AuditInstance(database, Clock.systemUTC(), poll, AuditSequencer.MAXIMUM_MERGE_DELAY, linger);
    }

    public AuditTrail trail() {
        return trail;
    }

    JdbcAuditTrail jdbcTrail() {
        return trail;
    }

    AuditSequencer sequencer() {
        return sequencer;
    }

    /** Statements on this instance's database, in its transactions. */
    public JdbcClient jdbc() {
        return jdbc;
    }

    public TransactionTemplate transaction() {
        return transaction;
    }

    /** Starts the sequencer's background thread: woken after each commit that appended, and every poll interval. */
    public void start() {
        sequencer.start();
    }

    public void stop() {
        sequencer.stop();
    }

    /** Chains what is committed and queued now; how many records. */
    public int catchUp() {
        return sequencer.catchUp();
    }

    /**
     * For the benchmarks' "before": the record appended as every append did before the sequencer (issue 15), in the
     * caller's transaction: lock the chain head, insert the next entry, move the head, holding the lock to the commit.
     */
    public AuditEntry appendLockingTheHead(AuditRecord record) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("inside a transaction");
        }
        ChainHead head = JdbcAuditTrail.head(jdbc, " for update");
        ChainRow row = ChainRow.next(head.sequence() + 1, org.entente.provenance.history.RecordedTime.after(head.recordedAt(), clock.instant()),
                record, head.hash());
        sequencer.insert(row);
        jdbc.sql("update audit_chain_head set last_sequence = :sequence, last_hash = :hash, last_recorded_at = :at where id = 1")
                .param("sequence", row.sequence())
                .param("hash", row.hash())
                .param("at", AuditSequencer.timestamp(row.recordedAt()))
                .update();
        return row.toEntry();
    }
}
