package org.entente.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.entente.audit.AuditEntries;
import org.entente.audit.AuditEntry;
import org.entente.audit.AuditFilter;
import org.entente.audit.AuditReceipt;
import org.entente.audit.AuditRecord;
import org.entente.audit.AuditTrail;
import org.entente.audit.ExerciseOrganizations;
import org.entente.audit.Verification;
import org.entente.provenance.history.RecordedTime;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The audit trail: records queued in {@code audit_queue} by {@link #append} (migration V22), chained by the
 * {@link AuditSequencer} into {@code audit_entry} with its head in {@code audit_chain_head} (migration V3). Entries are only
 * ever inserted: nothing here updates or deletes one. Every read first has the sequencer chain what is committed.
 */
@Repository
class JdbcAuditTrail implements AuditTrail {

    /** Rows read per query while verifying, so that a long chain is never held in memory whole. */
    static final int VERIFICATION_PAGE = 1_000;

    private static final String COLUMNS = AuditSequencer.ENTRY_COLUMNS;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditSequencer sequencer;
    private final int verificationPage;
    private final Supplier<ExerciseOrganizations> exercises;

    @Autowired
    JdbcAuditTrail(JdbcClient jdbc, Clock clock, AuditSequencer sequencer, ObjectProvider<ExerciseOrganizations> exercises) {
        this(jdbc, clock, sequencer, VERIFICATION_PAGE, () -> exercises.getIfAvailable(() -> Set::of));
    }

    /** A trail in which no organization is an exercise. */
    JdbcAuditTrail(JdbcClient jdbc, Clock clock, AuditSequencer sequencer, int verificationPage) {
        this(jdbc, clock, sequencer, verificationPage, () -> Set::of);
    }

    private JdbcAuditTrail(JdbcClient jdbc, Clock clock, AuditSequencer sequencer, int verificationPage, Supplier<ExerciseOrganizations> exercises) {
        this.exercises = exercises;
        this.jdbc = Objects.requireNonNull(jdbc);
        this.clock = Objects.requireNonNull(clock);
        this.sequencer = Objects.requireNonNull(sequencer);
        if (verificationPage < 1) {
            throw new IllegalArgumentException("the verification page holds at least one row");
        }
        this.verificationPage = verificationPage;
    }

    @Override
    public AuditReceipt append(AuditRecord record) {
        Objects.requireNonNull(record, "record");
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("an audit entry is appended inside the transaction of the change it records, and there is none");
        }
        Instant accepted = RecordedTime.now(clock);
        var id = new GeneratedKeyHolder();
        jdbc.sql("insert into audit_queue (accepted_at, actor, actor_role, organization, action, subject, before_digest, after_digest, details)"
                        + " values (:accepted, :actor, :role, :organization, :action, :subject, :before, :after, :details)")
                .param("accepted", timestamp(accepted))
                .param("actor", record.actor())
                .param("role", record.role())
                .param("organization", record.organization())
                .param("action", record.action())
                .param("subject", record.subject())
                .param("before", record.beforeDigest())
                .param("after", record.afterDigest())
                .param("details", record.details())
                .update(id, "id");
        sequencer.wakeAfterCommit();
        return new AuditReceipt(Objects.requireNonNull(id.getKeyAs(Long.class), "the queued record's id"), accepted);
    }

    @Override
    public Verification verify() {
        Optional<Verification.Overdue> overdue = sequencer.overdue();
        sequencer.catchUp();
        Verification verified = walk();
        return verified instanceof Verification.Intact intact && overdue.isPresent() ? intact.withOverdue(overdue.get()) : verified;
    }

    private Verification walk() {
        ChainHead head = head("");
        var walk = new ChainWalk();
        while (walk.last() < head.sequence()) {
            List<ChainRow> rows = jdbc.sql("select " + COLUMNS + " from audit_entry where sequence_number > :after and sequence_number <= :last"
                            + " order by sequence_number fetch first " + verificationPage + " rows only")
                    .param("after", walk.last())
                    .param("last", head.sequence())
                    .query(JdbcAuditTrail::row)
                    .list();
            if (rows.isEmpty()) {
                break;
            }
            for (ChainRow row : rows) {
                Optional<Verification.Broken> broken = walk.next(row);
                if (broken.isPresent()) {
                    return broken.get();
                }
            }
        }
        Verification outcome = walk.end(head);
        return outcome instanceof Verification.Intact ? beyond(head).orElse(outcome) : outcome;
    }

    /**
     * An entry past the head read at the start that no append accounts for: the rows past it are read
     * first, then the head again, which an append moves in the same transaction as its row.
     */
    private Optional<Verification> beyond(ChainHead head) {
        Long first = jdbc.sql("select min(sequence_number) from audit_entry where sequence_number > :last")
                .param("last", head.sequence())
                .query(Long.class)
                .optional()
                .orElse(null);
        if (first == null || head("").sequence() > head.sequence()) {
            return Optional.empty();
        }
        return Optional.of(new Verification.Broken(first, "entry " + first + " is past the chain head, which records "
                + head.sequence() + " entries: it was not appended by the application"));
    }

    @Override
    public AuditEntries entries(AuditFilter filter, int page, int size) {
        Objects.requireNonNull(filter, "filter");
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("the page starts at 0 and holds at least one entry");
        }
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> conditions = new ArrayList<>();
        equal(conditions, params, "actor", filter.actor());
        equal(conditions, params, "organization", filter.organization());
        if (filter.organization() == null) {
            Set<String> codes = exercises.get().codes();
            if (!codes.isEmpty()) {
                conditions.add("(organization is null or organization not in (:exercises))");
                params.put("exercises", codes);
            }
        }
        equal(conditions, params, "action", filter.action());
        equal(conditions, params, "subject", filter.subject());
        if (filter.from() != null) {
            conditions.add("recorded_at >= :from");
            params.put("from", timestamp(filter.from()));
        }
        if (filter.to() != null) {
            conditions.add("recorded_at < :to");
            params.put("to", timestamp(filter.to()));
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        sequencer.catchUp();
        long total = jdbc.sql("select count(*) from audit_entry" + where).params(params).query(Long.class).single();
        params.put("offset", (long) page * size);
        params.put("size", size);
        List<AuditEntry> items = jdbc.sql("select " + COLUMNS + " from audit_entry" + where
                        + " order by sequence_number desc offset :offset rows fetch next :size rows only")
                .params(params)
                .query(JdbcAuditTrail::row)
                .list().stream()
                .map(ChainRow::toEntry)
                .toList();
        return new AuditEntries(items, total);
    }

    @Override
    public Optional<AuditEntry> entry(long sequence) {
        sequencer.catchUp();
        return row(sequence).map(ChainRow::toEntry);
    }

    @Override
    public Optional<AuditEntry> entry(AuditReceipt receipt) {
        sequencer.catchUp();
        return jdbc.sql("select " + COLUMNS + " from audit_entry where queue_id = :id")
                .param("id", receipt.id())
                .query(JdbcAuditTrail::row)
                .optional()
                .map(ChainRow::toEntry);
    }

    private static void equal(List<String> conditions, Map<String, Object> params, String column, String value) {
        if (value != null) {
            conditions.add(column + " = :" + column);
            params.put(column, value);
        }
    }

    /** Stores a row as it is: tests put a removed row back with it. */
    void insert(ChainRow row) {
        sequencer.insert(row);
    }

    /** The stored row {@code sequence}, if there is one. */
    Optional<ChainRow> row(long sequence) {
        return jdbc.sql("select " + COLUMNS + " from audit_entry where sequence_number = :sequence")
                .param("sequence", sequence)
                .query(JdbcAuditTrail::row)
                .optional();
    }

    private ChainHead head(String lock) {
        return head(jdbc, lock);
    }

    /** The chain head row, locked until the transaction ends with {@code lock} " for update". */
    static ChainHead head(JdbcClient jdbc, String lock) {
        return jdbc.sql("select last_sequence, last_hash, last_recorded_at from audit_chain_head where id = 1" + lock)
                .query((rs, n) -> new ChainHead(rs.getLong(1), rs.getString(2), instant(rs.getObject(3, OffsetDateTime.class))))
                .optional()
                .orElseThrow(() -> new IllegalStateException("the audit chain head row is missing (migration V3 adds it)"));
    }

    private static ChainRow row(ResultSet rs, int n) throws SQLException {
        return new ChainRow(rs.getLong(1), instant(rs.getObject(2, OffsetDateTime.class)), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                rs.getString(11), rs.getString(12));
    }

    private static Instant instant(OffsetDateTime timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return AuditSequencer.timestamp(instant);
    }
}
