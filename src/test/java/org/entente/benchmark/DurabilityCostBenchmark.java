package org.entente.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.entente.support.ServerProcess;
import org.entente.support.TempFiles;
import org.entente.support.TestAccounts;
import org.entente.support.TestPledges;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * What durability costs on the embedded database: audited commands per second through the API (pledge
 * edits, each its own transaction with its history row and audit entry), against two real servers on
 * H2 files, one as Entente configures it (each commit written to the file before the answer,
 * {@code WRITE_DELAY=0}) and one with H2's default (commits written by a background thread up to
 * 500 ms later, which a SIGKILL loses). Rounds alternate between the two; medians and their ratio are
 * printed, for one client and for eight at once.
 *
 * <p>{@code ./mvnw test -Dsurefire.excludedGroups= -Dgroups=benchmark -Dtest='DurabilityCostBenchmark*'}
 */
@Tag("benchmark")
class DurabilityCostBenchmark {

    private static final int ROUNDS = 5;
    private static final long ROUND_MILLIS = 3_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A server on its own H2 file with {@code writeDelay}, and a liaison's token. */
    private record Server(String name, ServerProcess process, String token, List<Long> pledges) {
    }

    @Test
    void printsCommandsPerSecondWithEachCommitWrittenAndWithH2sWriteDelay() throws Exception {
        Path root = Files.createTempDirectory("entente-durability-");
        var servers = new ArrayList<Server>();
        try {
            servers.add(server(root.resolve("durable"), "WRITE_DELAY=0 (Entente)", 0));
            servers.add(server(root.resolve("delayed"), "WRITE_DELAY=500 (H2's default)", 500));
            for (int clients : List.of(1, 8)) {
                var results = new ArrayList<List<Double>>();
                servers.forEach(server -> results.add(new ArrayList<>()));
                for (int i = 0; i < servers.size(); i++) {
                    commandsPerSecond(servers.get(i), clients); // warm-up
                }
                for (int round = 0; round < ROUNDS; round++) {
                    for (int i = 0; i < servers.size(); i++) {
                        results.get(i).add(commandsPerSecond(servers.get(i), clients));
                    }
                }
                System.out.printf("%nAudited pledge edits through the API on H2, %d client(s), %d rounds of %d s each, alternating:%n",
                        clients, ROUNDS, ROUND_MILLIS / 1000);
                for (int i = 0; i < servers.size(); i++) {
                    System.out.printf("  %-32s %s commands/s, median %.0f%n", servers.get(i).name() + ":",
                            results.get(i).stream().map(Math::round).toList(), median(results.get(i)));
                }
                System.out.printf("  durable / delayed: %.2f%n", median(results.get(0)) / median(results.get(1)));
            }
        } finally {
            for (Server server : servers) {
                server.process().stop();
            }
            TempFiles.deleteRecursively(root);
        }
    }

    private static Server server(Path directory, String name, int writeDelay) throws Exception {
        Files.createDirectories(directory);
        String url = "jdbc:h2:file:" + directory.resolve("data/entente") + ";MODE=Regular;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=" + writeDelay;
        String[] datasource = {"--spring.datasource.url=" + url, "--spring.datasource.username=entente", "--spring.datasource.password="};
        ServerProcess first = ServerProcess.startIn(directory, datasource);
        first.awaitReady();
        first.stop();
        String token = TestAccounts.tokenFor(JdbcClient.create(new SimpleDriverDataSource(new org.h2.Driver(), url, "entente", "")),
                "bench-liaison", "liaison@CSTO/KAZ");
        ServerProcess process = ServerProcess.startIn(directory, datasource);
        process.awaitReady();
        var pledges = new ArrayList<Long>();
        for (int i = 0; i < 8; i++) {
            HttpResponse<String> created = process.send("POST", "/api/v1/organizations/CSTO/pledges", token, unit("bench-" + i, 100, null));
            assertThat(created.statusCode()).as("%s", created.body()).isEqualTo(201);
            pledges.add(JSON.readTree(created.body()).path("id").asLong());
        }
        return new Server(name, process, token, pledges);
    }

    /** Each client edits its own pledge again and again for one round; the confirmed edits per second. */
    private static double commandsPerSecond(Server server, int clients) throws InterruptedException {
        var done = new AtomicInteger();
        long start = System.nanoTime();
        long end = start + ROUND_MILLIS * 1_000_000;
        var threads = new ArrayList<Thread>();
        for (int client = 0; client < clients; client++) {
            long id = server.pledges().get(client);
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    String path = "/api/v1/organizations/CSTO/pledges/" + id;
                    int version = JSON.readTree(server.process().get(path, server.token()).body()).path("version").asInt();
                    for (int n = 0; System.nanoTime() < end; n++) {
                        HttpResponse<String> edited = server.process().send("PUT", path, server.token(), unit("bench-" + id, 100 + n % 50 + 1, version));
                        assertThat(edited.statusCode()).as("%s", edited.body()).isEqualTo(200);
                        version = JSON.readTree(edited.body()).path("version").asInt();
                        done.incrementAndGet();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }

    private static String unit(String designation, int personnel, Integer version) {
        return JSON.writeValueAsString(version == null ? TestPledges.body("KAZ", designation, "inf", personnel)
                : TestPledges.edit("KAZ", designation, "inf", personnel, version));
    }

    private static double median(List<Double> values) {
        var sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
