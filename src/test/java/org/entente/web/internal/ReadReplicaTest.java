package org.entente.web.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.entente.support.CrisisSteps;
import org.entente.support.RealPostgres;
import org.entente.support.ServerProcess;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The real application on a PostgreSQL primary with a real streaming standby named as its replica: anonymous readers read
 * the replica, and whoever writes reads the primary, so sees its own write at once. The standby's replay is paused to
 * tell the two apart: what the primary holds and the standby does not yet show is read from the primary. A replica that
 * goes down leaves its readers to the primary.
 */
class ReadReplicaTest {

    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final String REQUESTS = "/api/v1/organizations/CSTO/requests";

    @Test
    void anonymousReadersReadTheReplicaWhileWhoeverWroteReadsItOnThePrimary() throws Exception {
        RealPostgres.Replicated databases = replicatedOrSkip();
        RealPostgres primary = databases.primary();
        ServerProcess server = ServerProcess.start(primary.jdbcUrl(), primary.username(), primary.password(),
                "--entente.datasource.replica.url=" + databases.standby().jdbcUrl(), "--entente.datasets.built-in=true");
        try {
            server.awaitReady();
            JdbcClient jdbc = JdbcClient.create(new SimpleDriverDataSource(new org.postgresql.Driver(), primary.jdbcUrl(), primary.username(),
                    primary.password()));
            CrisisSteps.Client api = CrisisSteps.Client.of(server, jdbc);
            String secretariat = api.tokenFor("replica-secretariat", "secretariat@CSTO");
            await().atMost(WAIT).until(() -> server.get("/api/v1/organizations/CSTO").statusCode() == 200);

            databases.pauseReplay();
            String id = CrisisSteps.decidedToDeploy(api, "replica", secretariat);

            assertThat(api.getAs(secretariat, REQUESTS + "/" + id).body().path("status").asString())
                    .as("who decided it reads the decision at once, from the primary").isEqualTo("decided");
            assertThat(server.get(REQUESTS + "/" + id).statusCode())
                    .as("an anonymous reader reads the replica, which has not replayed the decision that made the request public").isEqualTo(404);
            assertThat(server.get("/organizations/CSTO/requests").body()).as("nor has the page, read by nobody signed in").contains("KAZ-2022")
                    .doesNotContain(id);

            databases.resumeReplay();
            await().atMost(WAIT).until(() -> server.get(REQUESTS + "/" + id).statusCode() == 200);
            assertThat(server.get("/organizations/CSTO/requests").body()).contains(id);

            databases.stopStandby();
            // A connection the pool held when the replica went down fails its statement; the pool drops it, and the next reader's
            // request finds no connection on the replica and goes to the primary.
            await().atMost(WAIT).until(() -> server.get(REQUESTS + "/" + id).statusCode() == 200);
            assertThat(server.get("/organizations/CSTO").statusCode()).isEqualTo(200);
        } finally {
            server.stop();
        }
    }

    private static RealPostgres.Replicated replicatedOrSkip() {
        RealPostgres.availableOrSkip();
        try {
            return RealPostgres.withStandby();
        } catch (RuntimeException e) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) throw e;
            return Assumptions.abort("A PostgreSQL standby cannot run here: " + e.getMessage());
        }
    }
}
