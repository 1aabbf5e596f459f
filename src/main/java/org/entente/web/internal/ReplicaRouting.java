package org.entente.web.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The application's data source when a replica is configured: each connection is taken from the replica for an
 * anonymous reader's request ({@link ReplicaReads}) outside any transaction that may write, and from the primary for
 * everything else (writes, signed-in readers, start-up, scheduled work, event delivery). Wrapped in a
 * {@link LazyConnectionDataSourceProxy}, so that a connection is chosen at its first statement, when a transaction's
 * read-only flag is known, not when the transaction begins. A replica that gives no connection rests for a while: the
 * primary serves everyone meanwhile.
 */
final class ReplicaRouting extends AbstractRoutingDataSource {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ReplicaRouting.class);
    /** How long the primary serves every reader after the replica failed to give a connection. */
    static final Duration RESTING = Duration.ofSeconds(30);

    private enum Target { PRIMARY, REPLICA }

    private final DataSource primary;
    private final DataSource replica;
    private final Clock clock = Clock.systemUTC();
    private volatile Instant replicaRestsUntil = Instant.MIN;

    private ReplicaRouting(DataSource primary, DataSource replica) {
        this.primary = primary;
        this.replica = replica;
        setTargetDataSources(Map.of(Target.PRIMARY, primary, Target.REPLICA, replica));
        setDefaultTargetDataSource(primary);
        setLenientFallback(false);
        afterPropertiesSet();
    }

    /** The data source that routes between {@code primary} and {@code replica}. */
    static LazyConnectionDataSourceProxy between(DataSource primary, DataSource replica) {
        return new LazyConnectionDataSourceProxy(new ReplicaRouting(primary, replica));
    }

    /**
     * A connection from the chosen database; if the replica cannot give one, from the primary, and the primary serves every
     * reader for the next {@link #RESTING} (so that readers do not each wait for the replica's pool to time out).
     */
    @Override
    public Connection getConnection() throws SQLException {
        if (determineCurrentLookupKey() == Target.PRIMARY) {
            return primary.getConnection();
        }
        try {
            return replica.getConnection();
        } catch (SQLException unavailable) {
            replicaRestsUntil = clock.instant().plus(RESTING);
            LOG.warn("the replica gave no connection ({}); the primary serves every reader until {}", unavailable.getMessage(), replicaRestsUntil);
            return primary.getConnection();
        }
    }

    @Override
    protected Object determineCurrentLookupKey() {
        boolean mayWrite = TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        return ReplicaReads.anonymousRead() && !mayWrite && clock.instant().isAfter(replicaRestsUntil) ? Target.REPLICA : Target.PRIMARY;
    }
}
