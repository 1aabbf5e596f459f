package org.entente.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * A database of its own on the shared real PostgreSQL, for a server process a test starts, kills and
 * restarts: created empty, read with plain SQL, dropped at the end.
 */
public record ScratchDatabase(RealPostgres postgres, String name, String url) implements AutoCloseable {

    public static ScratchDatabase create(RealPostgres postgres, String prefix) throws SQLException {
        String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(), postgres.password())) {
            admin.createStatement().execute("create database " + name);
        }
        return new ScratchDatabase(postgres, name, postgres.jdbcUrl().replaceAll("/[^/]+$", "/" + name));
    }

    /** A server process on this database. */
    public ServerProcess start(String... extra) throws java.io.IOException {
        return ServerProcess.start(url, postgres.username(), postgres.password(), extra);
    }

    public JdbcClient jdbc() {
        return JdbcClient.create(new SimpleDriverDataSource(new org.postgresql.Driver(), url, postgres.username(), postgres.password()));
    }

    public long count(String sql) {
        return jdbc().sql(sql).query(Long.class).single();
    }

    @Override
    public void close() throws SQLException {
        try (Connection admin = DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(), postgres.password())) {
            admin.createStatement().execute("drop database if exists " + name + " with (force)");
        }
    }
}
