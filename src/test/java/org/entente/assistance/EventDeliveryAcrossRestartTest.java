package org.entente.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.entente.support.RealPostgres;
import org.entente.support.ServerProcess;
import org.entente.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * An event published before a crash is delivered after the restart, once: the real server runs as a
 * separate process on its own PostgreSQL database with a listener that halts the JVM when the event
 * reaches it (after the filing committed, before the delivery completed); restarted, the server
 * delivers the event from the publication registry; restarted again, it does not deliver it twice.
 */
class EventDeliveryAcrossRestartTest {

    private final RealPostgres postgres = RealPostgres.availableOrSkip();

    @Test
    void anEventPublishedBeforeACrashIsDeliveredOnceAfterTheRestart() throws Exception {
        String database = "events_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = connect(postgres.jdbcUrl())) {
            admin.createStatement().execute("create database " + database);
        }
        String url = postgres.jdbcUrl().replaceAll("/[^/]+$", "/" + database);
        Path received = Files.createTempFile("entente-events-", ".txt");
        try {
            String id = fileAndCrash(url, received);
            assertThat(Files.readAllLines(received)).as("nothing was delivered before the crash").isEmpty();
            assertThat(count(url, "select count(*) from event_publication where completion_date is null")).isEqualTo(1);

            ServerProcess second = ServerProcess.start(url, postgres.username(), postgres.password(), "--entente.test.events.file=" + received);
            try {
                second.awaitReady();
                awaitLines(received, 1);
                assertThat(Files.readAllLines(received)).containsExactly("RequestFiled " + id);
                awaitCount(url, "select count(*) from event_publication where completion_date is null", 0);
            } finally {
                second.stop();
            }

            ServerProcess third = ServerProcess.start(url, postgres.username(), postgres.password(), "--entente.test.events.file=" + received);
            try {
                third.awaitReady();
                Thread.sleep(2000);
                assertThat(Files.readAllLines(received)).as("a completed delivery is not repeated").containsExactly("RequestFiled " + id);
            } finally {
                third.stop();
            }
        } finally {
            Files.deleteIfExists(received);
            try (Connection admin = connect(postgres.jdbcUrl())) {
                admin.createStatement().execute("drop database if exists " + database + " with (force)");
            }
        }
    }

    /** Files a request on a server whose listener halts the JVM on the first event; the request's id. */
    private String fileAndCrash(String url, Path received) throws Exception {
        ServerProcess first = ServerProcess.start(url, postgres.username(), postgres.password(),
                "--entente.test.events.file=" + received, "--entente.test.events.crash=true");
        try {
            first.awaitReady();
            var accounts = JdbcClient.create(new SimpleDriverDataSource(new org.postgresql.Driver(), url, postgres.username(), postgres.password()));
            String liaison = TestAccounts.tokenFor(accounts, "liaison-kgz", "liaison@CSTO/KGZ");
            first.post("/api/v1/organizations/CSTO/requests", liaison,
                    "{\"state\":\"KGZ\",\"threat\":\"natural_disaster\",\"description\":\"Mudflows in the south\"}");
            assertThat(first.process().waitFor(60, TimeUnit.SECONDS)).as("the listener crashed the server").isTrue();
            assertThat(first.process().exitValue()).isEqualTo(137);
        } finally {
            first.process().destroyForcibly();
        }
        List<String> ids = JdbcClient.create(new SimpleDriverDataSource(new org.postgresql.Driver(), url, postgres.username(), postgres.password()))
                .sql("select id from assistance_request").query(String.class).list();
        assertThat(ids).as("the filing committed before the crash").hasSize(1);
        return ids.getFirst();
    }

    private static void awaitLines(Path file, int lines) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Files.readAllLines(file).size() < lines && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
    }

    private void awaitCount(String url, String sql, long expected) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        while (count(url, sql) != expected && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(count(url, sql)).isEqualTo(expected);
    }

    private Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, postgres.username(), postgres.password());
    }

    private long count(String url, String sql) throws SQLException {
        try (Connection db = connect(url); var rows = db.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
