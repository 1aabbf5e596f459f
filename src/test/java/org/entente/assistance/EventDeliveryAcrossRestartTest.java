package org.entente.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.entente.support.RealPostgres;
import org.entente.support.ScratchDatabase;
import org.entente.support.ServerProcess;
import org.entente.support.TestAccounts;
import org.junit.jupiter.api.Test;

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
        Path received = Files.createTempFile("entente-events-", ".txt");
        try (ScratchDatabase database = ScratchDatabase.create(postgres, "events")) {
            String id = fileAndCrash(database, received);
            assertThat(Files.readAllLines(received)).as("nothing was delivered before the crash").isEmpty();
            assertThat(database.count("select count(*) from event_publication where completion_date is null and listener_id like '%RecordingListener%'"))
                    .as("the recording listener's delivery is outstanding (other modules' listeners of the event have their own)").isEqualTo(1);

            ServerProcess second = database.start("--entente.test.events.file=" + received);
            try {
                second.awaitReady();
                awaitLines(received, 1);
                assertThat(Files.readAllLines(received)).containsExactly("RequestFiled " + id);
                awaitNoIncompletePublication(database);
            } finally {
                second.stop();
            }

            ServerProcess third = database.start("--entente.test.events.file=" + received);
            try {
                third.awaitReady();
                Thread.sleep(2000);
                assertThat(Files.readAllLines(received)).as("a completed delivery is not repeated").containsExactly("RequestFiled " + id);
            } finally {
                third.stop();
            }
        } finally {
            Files.deleteIfExists(received);
        }
    }

    /** Files a request on a server whose listener halts the JVM on the first event; the request's id. */
    private String fileAndCrash(ScratchDatabase database, Path received) throws Exception {
        ServerProcess first = database.start("--entente.test.events.file=" + received, "--entente.test.events.crash=true");
        try {
            first.awaitReady();
            String liaison = TestAccounts.tokenFor(database.jdbc(), "liaison-kgz", "liaison@CSTO/KGZ");
            first.post("/api/v1/organizations/CSTO/requests", liaison,
                    "{\"state\":\"KGZ\",\"threat\":\"natural_disaster\",\"description\":\"Mudflows in the south\"}");
            assertThat(first.process().waitFor(60, TimeUnit.SECONDS)).as("the listener crashed the server").isTrue();
            assertThat(first.process().exitValue()).isEqualTo(137);
        } finally {
            first.process().destroyForcibly();
        }
        List<String> ids = database.jdbc().sql("select id from assistance_request").query(String.class).list();
        assertThat(ids).as("the filing committed before the crash").hasSize(1);
        return ids.getFirst();
    }

    private static void awaitLines(Path file, int lines) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Files.readAllLines(file).size() < lines && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
    }

    private static void awaitNoIncompletePublication(ScratchDatabase database) throws Exception {
        String incomplete = "select count(*) from event_publication where completion_date is null";
        Instant deadline = Instant.now().plusSeconds(30);
        while (database.count(incomplete) != 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(database.count(incomplete)).isZero();
    }
}
