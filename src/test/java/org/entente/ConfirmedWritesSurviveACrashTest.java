package org.entente;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.entente.provenance.Digests;
import org.entente.support.RealPostgres;
import org.entente.support.ScratchDatabase;
import org.entente.support.ServerProcess;
import org.entente.support.TestAccounts;
import org.entente.support.TestPledges;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A 2xx on a write means the change is on disk: the real server runs as a separate process, ten
 * clients write at once (liaisons pledge units and edit them, council representatives change their
 * votes, an owner revokes personal access tokens), and the server is killed with SIGKILL while they
 * write, three times. After each restart every write the server had confirmed is there, and nothing is
 * there that no client sent (a write whose answer the kill cut off may be either); at the end the audit
 * chain verifies ({@code --verify-audit} exits 0). Once on the embedded default database, exactly as a
 * user starts it (docs/durability.md), and once on PostgreSQL.
 */
class ConfirmedWritesSurviveACrashTest {

    private static final int KILLS = 3;
    /** The confirmed writes each client has made in a round before the kill (a condition, not a clock). */
    private static final int WRITES_BEFORE_KILL = 15;
    private static final int TOKENS_PER_ROUND = 40;
    private static final List<String> PLEDGING_STATES = List.of("KAZ", "RUS", "BLR", "TJK");
    private static final String CSTO = "/api/v1/organizations/CSTO";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void everyConfirmedWriteSurvivesSigkillOnTheEmbeddedDefaultDatabase(@TempDir Path directory) throws Exception {
        new CrashRun(new Deployment() {
            @Override
            public ServerProcess start() throws IOException {
                return ServerProcess.startIn(directory);
            }

            @Override
            public JdbcClient jdbc() {
                // Only while no server runs: the embedded database is the server's own file.
                String url = "jdbc:h2:file:" + directory.resolve("data/entente") + ";MODE=Regular";
                return JdbcClient.create(new SimpleDriverDataSource(new org.h2.Driver(), url, "entente", ""));
            }

            @Override
            public ServerProcess.Finished verifyAudit() throws Exception {
                return ServerProcess.run(directory, "--verify-audit");
            }
        }).run();
    }

    @Test
    void everyConfirmedWriteSurvivesSigkillOnPostgres() throws Exception {
        RealPostgres postgres = RealPostgres.availableOrSkip();
        try (ScratchDatabase database = ScratchDatabase.create(postgres, "crash")) {
            new CrashRun(new Deployment() {
                @Override
                public ServerProcess start() throws IOException {
                    return database.start();
                }

                @Override
                public JdbcClient jdbc() {
                    return database.jdbc();
                }

                @Override
                public ServerProcess.Finished verifyAudit() throws Exception {
                    return ServerProcess.run(null, "--spring.datasource.url=" + database.url(), "--spring.datasource.username=" + postgres.username(),
                            "--spring.datasource.password=" + postgres.password(), "--verify-audit");
                }
            }).run();
        }
    }

    /** Where the server runs: how to start it, read its database directly, and verify its audit chain. */
    interface Deployment {
        ServerProcess start() throws IOException;

        JdbcClient jdbc();

        ServerProcess.Finished verifyAudit() throws Exception;
    }

    /** What the server confirmed, and what it may or may not have done when the kill cut the answer off. */
    private static final class Ledger {
        /** Pledges created and confirmed, by id. */
        final Map<Long, ConfirmedPledge> pledges = new ConcurrentHashMap<>();
        /** Every designation a client sent in a creation, confirmed or not. */
        final Set<String> sentDesignations = ConcurrentHashMap.newKeySet();
        /** Per voting state, the statement of its last confirmed vote and the one in flight at the kill (or null). */
        final Map<String, String[]> votes = new ConcurrentHashMap<>();
        final Set<String> revoked = ConcurrentHashMap.newKeySet();
        final Set<String> revocationsInFlight = ConcurrentHashMap.newKeySet();
        final Set<String> neverRevoked = ConcurrentHashMap.newKeySet();
        final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        int confirmedWrites;
    }

    /** A confirmed pledge: its designation, and its last confirmed version and personnel; editInFlight if an edit's answer was cut off. */
    private record ConfirmedPledge(String designation, int version, int personnel, boolean editInFlight) {
    }

    private static final class CrashRun {

        private final Deployment deployment;
        private final Ledger ledger = new Ledger();
        private final Map<String, String> liaisons = new ConcurrentHashMap<>();
        private final Map<String, String> councillors = new ConcurrentHashMap<>();
        private final List<List<String[]>> revocableByRound = new ArrayList<>();
        private String secretariat;
        private String owner;
        private String request;
        private ServerProcess server;
        /** Set just before the kill: a write with no answer before it is a failure (a server too slow), not the kill. */
        private volatile boolean killing;

        CrashRun(Deployment deployment) {
            this.deployment = deployment;
        }

        void run() throws Exception {
            server = deployment.start();
            try {
                server.awaitReady(); // the schema and the built-in datasets
                server.stop();
                people(deployment.jdbc());
                server = deployment.start();
                server.awaitReady();
                request = conveneOnARequest();
                for (int round = 1; round <= KILLS; round++) {
                    writeUntilKilled(round);
                    killing = false;
                    server = deployment.start();
                    server.awaitReady();
                    everyConfirmedWriteIsThere(round);
                }
                System.err.printf("ConfirmedWritesSurviveACrashTest: %d confirmed writes, %d kills, all found after restart%n",
                        ledger.confirmedWrites, KILLS);
            } finally {
                server.kill();
            }
            ServerProcess.Finished audit = deployment.verifyAudit();
            assertThat(audit.status()).as("--verify-audit: %s", audit.output()).isZero();
            assertThat(audit.output()).contains("audit chain intact");
        }

        /** Accounts and tokens, written while no server runs (as an administrator would). */
        private void people(JdbcClient jdbc) {
            secretariat = TestAccounts.tokenFor(jdbc, "crash-secretariat", "secretariat@CSTO");
            for (String state : PLEDGING_STATES) {
                liaisons.put(state, TestAccounts.tokenFor(jdbc, "crash-liaison-" + state, "liaison@CSTO/" + state));
            }
            liaisons.put("KGZ", TestAccounts.tokenFor(jdbc, "crash-liaison-KGZ", "liaison@CSTO/KGZ"));
            for (String state : List.of("BLR", "KAZ", "KGZ", "RUS", "TJK", "ARM")) {
                councillors.put(state, TestAccounts.tokenFor(jdbc, "crash-council-" + state, "council_representative@CSTO/" + state));
            }
            owner = TestAccounts.tokenFor(jdbc, "crash-owner");
            for (int round = 1; round <= KILLS; round++) {
                var tokens = new ArrayList<String[]>();
                for (int i = 0; i < TOKENS_PER_ROUND; i++) {
                    String secret = TestAccounts.tokenFor(jdbc, "crash-owner");
                    String id = jdbc.sql("select id from access_token where secret_hash = :hash").param("hash", Digests.sha256(secret))
                            .query(String.class).single();
                    tokens.add(new String[] {id, secret});
                    ledger.neverRevoked.add(secret);
                }
                revocableByRound.add(tokens);
            }
        }

        private String conveneOnARequest() throws Exception {
            JsonNode filed = ok(server.send("POST", CSTO + "/requests", liaisons.get("KGZ"),
                    "{\"state\":\"KGZ\",\"threat\":\"natural_disaster\",\"description\":\"Mudflows in the south\"}"), 201);
            String id = filed.path("id").asString();
            JsonNode convened = ok(server.send("POST", CSTO + "/requests/" + id + "/session", secretariat, "{\"motion\":\"non_military_assistance\"}"), 200);
            for (JsonNode state : convened.path("session").path("notYetVoted")) {
                ledger.votes.put(state.asString(), new String[] {null, null});
            }
            assertThat(ledger.votes).as("the council's voters: %s", convened).hasSizeGreaterThanOrEqualTo(4);
            return id;
        }

        /** Ten clients write until each has made its share of confirmed writes; then SIGKILL while they go on. */
        private void writeUntilKilled(int round) throws Exception {
            var counts = new ArrayList<AtomicInteger>();
            var clients = new ArrayList<Thread>();
            for (String state : PLEDGING_STATES) {
                AtomicInteger count = new AtomicInteger();
                counts.add(count);
                clients.add(Thread.ofPlatform().name("pledges-" + state).start(() -> pledge(round, state, count)));
            }
            for (String state : ledger.votes.keySet()) {
                AtomicInteger count = new AtomicInteger();
                counts.add(count);
                clients.add(Thread.ofPlatform().name("votes-" + state).start(() -> vote(round, state, count)));
            }
            AtomicInteger revocations = new AtomicInteger();
            clients.add(Thread.ofPlatform().name("revocations").start(() -> revoke(revocableByRound.get(round - 1), revocations)));

            awaitCondition(() -> counts.stream().allMatch(count -> count.get() >= WRITES_BEFORE_KILL) && revocations.get() >= 10
                    || !ledger.failures.isEmpty(), "every client made " + WRITES_BEFORE_KILL + " confirmed writes");
            killing = true;
            server.kill();
            for (Thread client : clients) {
                client.join(120_000);
                assertThat(client.isAlive()).as("%s stopped after the kill", client.getName()).isFalse();
            }
            assertThat(ledger.failures).as("writes refused before the kill").isEmpty();
            ledger.confirmedWrites += counts.stream().mapToInt(AtomicInteger::get).sum() + revocations.get();
        }

        private void pledge(int round, String state, AtomicInteger confirmed) {
            var mine = new ArrayList<Long>();
            try {
                for (int n = 0; ; n++) {
                    if (mine.isEmpty() || n % 2 == 0) {
                        String designation = "crash-" + round + "-" + state + "-" + n;
                        ledger.sentDesignations.add(designation);
                        var answer = server.send("POST", CSTO + "/pledges", liaisons.get(state), unit(state, designation, 100, null));
                        if (cutOff(answer, "pledges of " + state)) {
                            return;
                        }
                        JsonNode created = ok(answer, 201);
                        long id = created.path("id").asLong();
                        ledger.pledges.put(id, new ConfirmedPledge(designation, created.path("version").asInt(), 100, false));
                        mine.add(id);
                    } else {
                        long id = mine.get(n % mine.size());
                        ConfirmedPledge before = ledger.pledges.get(id);
                        int personnel = 101 + n;
                        ledger.pledges.put(id, new ConfirmedPledge(before.designation(), before.version(), before.personnel(), true));
                        var answer = server.send("PUT", CSTO + "/pledges/" + id, liaisons.get(state),
                                unit(state, before.designation(), personnel, before.version()));
                        if (cutOff(answer, "pledges of " + state)) {
                            return;
                        }
                        JsonNode edited = ok(answer, 200);
                        ledger.pledges.put(id, new ConfirmedPledge(before.designation(), edited.path("version").asInt(), personnel, false));
                    }
                    confirmed.incrementAndGet();
                }
            } catch (RuntimeException | InterruptedException | AssertionError e) {
                ledger.failures.add("pledges of " + state + ": " + e);
            }
        }

        private void vote(int round, String state, AtomicInteger confirmed) {
            String[] votes = ledger.votes.get(state);
            try {
                for (int n = 0; ; n++) {
                    String statement = "crash-" + round + "-" + state + "-" + n;
                    votes[1] = statement;
                    var answer = server.send("PUT", CSTO + "/requests/" + request + "/session/votes/" + state, councillors.get(state),
                            "{\"vote\":\"" + List.of("for", "against", "abstain").get(n % 3) + "\",\"statement\":\"" + statement + "\"}");
                    if (cutOff(answer, "votes of " + state)) {
                        return;
                    }
                    ok(answer, 200);
                    votes[0] = statement;
                    votes[1] = null;
                    confirmed.incrementAndGet();
                }
            } catch (RuntimeException | InterruptedException | AssertionError e) {
                ledger.failures.add("votes of " + state + ": " + e);
            }
        }

        private void revoke(List<String[]> tokens, AtomicInteger confirmed) {
            try {
                for (String[] token : tokens) {
                    ledger.neverRevoked.remove(token[1]);
                    ledger.revocationsInFlight.add(token[1]);
                    var answer = server.send("DELETE", "/api/v1/me/tokens/" + token[0], owner, null);
                    if (cutOff(answer, "revocations")) {
                        return;
                    }
                    ok(answer, 204);
                    ledger.revocationsInFlight.remove(token[1]);
                    ledger.revoked.add(token[1]);
                    confirmed.incrementAndGet();
                }
            } catch (RuntimeException | InterruptedException | AssertionError e) {
                ledger.failures.add("revocations: " + e);
            }
        }

        /** Whether the kill cut this write's answer off; no answer before the kill is recorded as a failure. */
        private boolean cutOff(HttpResponse<String> answer, String client) {
            if (answer == null && !killing) {
                ledger.failures.add(client + ": no answer before the kill");
            }
            return answer == null;
        }

        /** After a restart: every confirmed write is there, and nothing that no client sent. */
        private void everyConfirmedWriteIsThere(int round) throws Exception {
            var lost = new ArrayList<String>();
            for (var entry : new ArrayList<>(ledger.pledges.entrySet())) {
                ConfirmedPledge confirmed = entry.getValue();
                var answer = server.get(CSTO + "/pledges/" + entry.getKey(), secretariat);
                if (answer.statusCode() == 404) {
                    lost.add("pledge " + confirmed.designation() + " (created)");
                    ledger.pledges.remove(entry.getKey());
                    continue;
                }
                JsonNode stored = ok(answer, 200);
                assertThat(stored.path("designation").asString()).isEqualTo(confirmed.designation());
                int version = stored.path("version").asInt();
                int personnel = stored.path("personnel").asInt();
                boolean kept = confirmed.editInFlight() ? version == confirmed.version() || version == confirmed.version() + 1
                        : version == confirmed.version() && personnel == confirmed.personnel();
                if (!kept) {
                    lost.add("pledge " + confirmed.designation() + " edited (confirmed version " + confirmed.version() + ", found " + version + ")");
                }
                ledger.pledges.put(entry.getKey(), new ConfirmedPledge(confirmed.designation(), version, personnel, false));
            }
            Set<String> stored = new HashSet<>();
            for (int page = 0; ; page++) {
                JsonNode items = ok(server.get(CSTO + "/pledges?size=500&page=" + page, secretariat), 200).path("items");
                items.forEach(item -> stored.add(item.path("designation").asString()));
                if (items.size() < 500) {
                    break;
                }
            }
            stored.removeIf(designation -> !designation.startsWith("crash-"));
            assertThat(ledger.sentDesignations).as("no pledge that no client sent").containsAll(stored);

            JsonNode votes = ok(server.get(CSTO + "/requests/" + request, secretariat), 200).path("session").path("votes");
            for (var entry : ledger.votes.entrySet()) {
                String[] statements = entry.getValue();
                String found = null;
                for (JsonNode vote : votes) {
                    if (vote.path("state").asString().equals(entry.getKey())) {
                        found = vote.path("statement").asString();
                    }
                }
                if (!java.util.Objects.equals(found, statements[0]) && (statements[1] == null || !statements[1].equals(found))) {
                    lost.add("vote of " + entry.getKey() + " (confirmed " + statements[0] + ", found " + found + ")");
                }
                statements[0] = found;
                statements[1] = null;
            }

            for (String secret : ledger.revoked) {
                if (server.get("/api/v1/me", secret).statusCode() != 401) {
                    lost.add("a token's revocation");
                }
            }
            for (String secret : ledger.neverRevoked) {
                assertThat(server.get("/api/v1/me", secret).statusCode()).as("a token nobody revoked is valid").isEqualTo(200);
            }
            ledger.revocationsInFlight.clear();
            System.err.printf("ConfirmedWritesSurviveACrashTest: kill %d: %d confirmed writes so far, %d lost%n", round, ledger.confirmedWrites, lost.size());
            assertThat(lost).as("confirmed writes lost after kill %d (of %d confirmed so far)", round, ledger.confirmedWrites).isEmpty();
        }

        private static String unit(String state, String designation, int personnel, Integer version) {
            return JSON.writeValueAsString(version == null ? TestPledges.body(state, designation, "inf", personnel)
                    : TestPledges.edit(state, designation, "inf", personnel, version));
        }

        private static JsonNode ok(HttpResponse<String> answer, int status) {
            assertThat(answer).as("an answer").isNotNull();
            assertThat(answer.statusCode()).as("%s %s: %s", answer.request().method(), answer.request().uri(), answer.body()).isEqualTo(status);
            return answer.body().isEmpty() ? JSON.nullNode() : JSON.readTree(answer.body());
        }

        private void awaitCondition(BooleanSupplier condition, String what) throws InterruptedException {
            Instant deadline = Instant.now().plusSeconds(600);
            while (!condition.getAsBoolean()) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("not reached: " + what);
                }
                Thread.sleep(10);
            }
        }
    }
}
