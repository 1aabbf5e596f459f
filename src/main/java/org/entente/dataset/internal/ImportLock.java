package org.entente.dataset.internal;

import static org.entente.provenance.history.VersionedTable.timestamp;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
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
     * Waits for the lock and returns the instant to record this import of {@code organization} at: {@code now}, or just
     * after the last import if that is not earlier; that instant is the organization's last import from then on. Call within
     * a transaction, which releases the lock.
     */
    Instant acquire(Instant now, String organization) {
        OffsetDateTime last = jdbc.sql("select last_import from dataset_import_lock where id = 1 for update")
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class))
                .optional()
                .orElse(null);
        Instant at = RecordedTime.after(last == null ? null : last.toInstant(), now);
        jdbc.sql("update dataset_import_lock set last_import = :at where id = 1").param("at", timestamp(at)).update();
        // Under the lock: no other import writes the organization's row meanwhile.
        if (jdbc.sql("update organization_import set last_import = :at where org_code = :org").param("at", timestamp(at)).param("org", organization)
                .update() == 0) {
            jdbc.sql("insert into organization_import (org_code, last_import) values (:org, :at)").param("org", organization).param("at", timestamp(at))
                    .update();
        }
        return at;
    }

    @Override
    public Map<String, Instant> lastImports() {
        Map<String, Instant> imports = new HashMap<>();
        jdbc.sql("select org_code, last_import from organization_import")
                .query((rs, n) -> Map.entry(rs.getString("org_code"), rs.getObject("last_import", OffsetDateTime.class).toInstant()))
                .list().forEach(entry -> imports.put(entry.getKey(), entry.getValue()));
        return imports;
    }
}
