package org.entente.dataset.internal;

import static org.entente.provenance.history.VersionedTable.timestamp;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.entente.provenance.RecordVersion;
import org.entente.provenance.history.RecordedTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The database row every import locks until its transaction ends, so that imports never interleave,
 * whatever the instance; and the source of each import's recorded instant, which is strictly later
 * than the previous import's even when the instances' clocks disagree. That instant is also the record's version
 * ({@link RecordVersion}): every import moves it, whatever it changed, in the transaction that writes the change.
 */
@Repository
class ImportLock implements RecordVersion {

    private final JdbcClient jdbc;

    ImportLock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Waits for the lock and returns the instant to record this import at: {@code now}, or just
     * after the last import if that is not earlier. Call within a transaction, which releases the lock.
     */
    Instant acquire(Instant now) {
        OffsetDateTime last = jdbc.sql("select last_import from dataset_import_lock where id = 1 for update")
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class))
                .optional()
                .orElse(null);
        Instant at = RecordedTime.after(last == null ? null : last.toInstant(), now);
        jdbc.sql("update dataset_import_lock set last_import = :at where id = 1").param("at", timestamp(at)).update();
        return at;
    }

    @Override
    public Optional<Instant> lastChange() {
        return jdbc.sql("select last_import from dataset_import_lock where id = 1")
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class))
                .optional()
                .map(OffsetDateTime::toInstant);
    }
}
