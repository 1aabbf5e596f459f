package org.entente.audit.internal;

import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail of one more instance on a database of the tests' choosing, outside any Spring context: its trail,
 * its sequencer (whose background thread runs only once {@link AuditSequencer#start} is called) and its transactions.
 */
record StandaloneAuditTrail(JdbcAuditTrail trail, AuditSequencer sequencer, TransactionTemplate transaction) {

    static StandaloneAuditTrail on(DataSource database, Clock clock) {
        return on(database, clock, Duration.ofMillis(200), AuditSequencer.MAXIMUM_MERGE_DELAY);
    }

    static StandaloneAuditTrail on(DataSource database, Clock clock, Duration poll, Duration maximumMergeDelay) {
        var transactions = new DataSourceTransactionManager(database);
        JdbcClient jdbc = JdbcClient.create(database);
        var sequencer = new AuditSequencer(database, transactions, clock, poll, maximumMergeDelay, true);
        return new StandaloneAuditTrail(new JdbcAuditTrail(jdbc, clock, sequencer, JdbcAuditTrail.VERIFICATION_PAGE), sequencer,
                new TransactionTemplate(transactions));
    }
}
