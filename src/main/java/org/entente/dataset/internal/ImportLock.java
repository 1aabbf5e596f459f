package org.entente.dataset.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The database row every import locks until its transaction ends, so that imports never interleave, whatever the instance. */
@Repository
class ImportLock {

    private final JdbcClient jdbc;

    ImportLock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits for the lock; call within a transaction, which releases it. */
    void acquire() {
        jdbc.sql("select id from dataset_import_lock where id = 1 for update").query(Integer.class).single();
    }
}
