package org.entente.web.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The application's data source when a replica is configured: each connection is taken from the replica for a request
 * decided for it when it started ({@link ReplicaReads}: an anonymous reader's, while the replica was not resting) outside any
 * transaction that may write, and from the primary for everything else (writes, signed-in readers, start-up, scheduled work,
 * event delivery). Wrapped in a
 * {@link LazyConnectionDataSourceProxy}, so that a connection is chosen at its first statement, when a transaction's
 * read-only flag is known, not when the transaction begins. A replica that gives no connection rests for a while
 * ({@link ReplicaRest}): the primary serves the rest of that request, and every request that starts meanwhile.
 */
final class ReplicaRouting extends AbstractRoutingDataSource {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ReplicaRouting.class);
    private enum Target { PRIMARY, REPLICA }

    private final DataSource primary;
    private final DataSource replica;
    private final ReplicaRest rest;

    private ReplicaRouting(DataSource primary, DataSource replica, ReplicaRest rest) {
        this.primary = primary;
        this.replica = replica;
        this.rest = rest;
        setTargetDataSources(Map.of(Target.PRIMARY, primary, Target.REPLICA, replica));
        setDefaultTargetDataSource(primary);
        setLenientFallback(false);
        afterPropertiesSet();
    }

    /** The data source that routes between {@code primary} and {@code replica}. */
    static LazyConnectionDataSourceProxy between(DataSource primary, DataSource replica, ReplicaRest rest) {
        return new LazyConnectionDataSourceProxy(new ReplicaRouting(primary, replica, rest));
    }

    /**
     * A connection from the chosen database; if the replica cannot give one, from the primary, which then serves the rest of the
     * request and every reader for the next {@link ReplicaRest#RESTING} (so that readers do not each wait for the replica's pool
     * to time out).
     */
    @Override
    public Connection getConnection() throws SQLException {
        if (determineCurrentLookupKey() == Target.PRIMARY) {
            return primary.getConnection();
        }
        try {
            return replica.getConnection();
        } catch (SQLException unavailable) {
            ReplicaReads.toPrimary();
            LOG.warn("the replica gave no connection ({}); the primary serves every reader until {}", unavailable.getMessage(), rest.begin());
            return primary.getConnection();
        }
    }

    @Override
    protected Object determineCurrentLookupKey() {
        boolean mayWrite = TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        return ReplicaReads.fromReplica() && !mayWrite ? Target.REPLICA : Target.PRIMARY;
    }
}
