package org.entente.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.entente.support.RealPostgres;
import org.entente.support.ScratchDatabase;
import org.entente.support.ServerProcess;
import org.entente.support.TestAccounts;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The real server as a separate process on its own PostgreSQL database, killed with SIGKILL while a
 * large import is writing: restarted, it shows the register exactly as before the import, and the
 * audit trail verifies intact.
 */
class KilledImportTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RealPostgres postgres = RealPostgres.availableOrSkip();

    @Test
    void aServerKilledInTheMiddleOfALargeImportRestartsWithTheRegisterAsBeforeAndTheAuditChainIntact() throws Exception {
        try (ScratchDatabase database = ScratchDatabase.create(postgres, "killed")) {
            ServerProcess first = database.start();
            try {
                killMidImport(first, database);
            } finally {
                first.process().destroyForcibly();
            }
            assertTheRegisterIsAsBeforeAfterARestart(database);
        }
    }

    /** Every audit record, chained or still queued (a sequencer may chain between two counts). */
    private static final String AUDIT_RECORDS = "select (select count(*) from audit_entry) + (select count(*) from audit_queue)";

    private String cstoBefore;
    private long auditBefore;

    private void killMidImport(ServerProcess first, ScratchDatabase database) throws Exception {
        first.awaitReady();
        cstoBefore = first.get("/api/v1/organizations/CSTO/dataset").headers().firstValue("ETag").orElseThrow();
        String token = TestAccounts.tokenFor(database.jdbc(), "killer", "secretariat@TESTK-BIG");
        auditBefore = database.count(AUDIT_RECORDS);

        CompletableFuture<Integer> importing = CompletableFuture.supplyAsync(() -> {
            try {
                return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + first.port() + "/api/v1/datasets"))
                        .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(largeDocument("TESTK-BIG"))).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode();
            } catch (IOException | InterruptedException killed) {
                return -1;
            }
        });
        awaitAWritingTransaction(database.name());
        first.kill();

        assertThat(importing.get(30, TimeUnit.SECONDS)).as("the import did not finish").isEqualTo(-1);
        assertThat(database.count("select count(*) from organization where org_code = 'TESTK-BIG'")).isZero();
        assertThat(database.count("select count(*) from membership_event where org_code = 'TESTK-BIG'")).isZero();
        assertThat(database.count(AUDIT_RECORDS)).isEqualTo(auditBefore);
    }

    private void assertTheRegisterIsAsBeforeAfterARestart(ScratchDatabase database) throws Exception {
        ServerProcess second = database.start();
        try {
            second.awaitReady();
            assertThat(second.get("/api/v1/organizations/TESTK-BIG").statusCode()).isEqualTo(404);
            assertThat(second.get("/api/v1/organizations/CSTO/dataset").headers().firstValue("ETag").orElseThrow()).isEqualTo(cstoBefore);
        } finally {
            second.stop();
        }

        ServerProcess verifier = database.start("--verify-audit");
        try {
            assertThat(verifier.process().waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(verifier.process().exitValue()).as(Files.readString(verifier.log())).isZero();
        } finally {
            verifier.process().destroyForcibly();
        }
    }

    /** Waits until a transaction on the server's database has written something it has not committed: the import, mid-way. */
    private void awaitAWritingTransaction(String database) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        try (Connection watcher = connect(postgres.jdbcUrl())) {
            while (Instant.now().isBefore(deadline)) {
                // The import writes the organization, its instruments and clauses, then its events: a transaction
                // whose latest statement inserts membership events is the import, mid-way.
                var found = watcher.prepareStatement("select count(*) from pg_stat_activity where datname = ? and backend_xid is not null "
                        + "and state in ('active', 'idle in transaction') and query ilike 'insert into membership_event%'");
                found.setString(1, database);
                var rows = found.executeQuery();
                rows.next();
                if (rows.getLong(1) > 0) {
                    return;
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("the import never started writing");
    }

    /** About 20,000 membership events: every state signs, withdraws and accedes again, year after year. */
    private static byte[] largeDocument(String code) {
        ObjectNode document = JSON.createObjectNode().put("format", "entente-dataset").put("version", 1);
        document.putObject("organization").put("code", code).put("name", "A large test organization").put("abbreviation", "LARGE")
                .putArray("sources").add("S1");
        document.putArray("sources").addObject().put("id", "S1").put("title", "Test source");
        ArrayNode events = document.putArray("membershipEvents");
        int made = 0;
        for (String country : Locale.getISOCountries()) {
            String state = Locale.of("", country).getISO3Country();
            for (int i = 0; i < 80 && made < 20_000; i++, made++) {
                String type = i == 0 ? "signed" : i % 2 == 1 ? "withdrew" : "acceded";
                events.addObject().put("id", "E-" + state + "-" + i).put("state", state).put("type", type)
                        .put("date", (1900 + i) + "-01-01").putArray("sources").add("S1");
            }
        }
        return JSON.writeValueAsBytes(document);
    }

    private Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, postgres.username(), postgres.password());
    }
}
