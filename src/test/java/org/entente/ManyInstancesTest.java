package org.entente;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.entente.support.CookieClient;
import org.entente.support.CrisisSteps;
import org.entente.support.DatabaseTest;
import org.entente.support.RealPostgres;
import org.entente.support.ScratchDatabase;
import org.entente.support.ServerProcess;
import org.entente.support.TestAccounts;
import org.entente.support.TestMailServer;
import org.entente.support.TestPledges;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Three instances of the real application (separate processes) on one PostgreSQL, sharing nothing else, with a client's
 * requests sent round-robin across them: a reader signs in on one and goes on on the others; a crisis cycle runs through
 * the API; planner jobs run on one and are followed from another; audited writes come from all three at once, and one
 * instance is killed with SIGKILL in the middle of them. Then: the session follows the reader on the survivors, each job
 * ran once (the dead instance's is marked interrupted by a survivor), each filed request reached its subscriber at least
 * once and no event publication is left incomplete, the audit chain verifies as one chain, and every write confirmed
 * with a 2xx is there. Last, a survivor stopped gracefully hands its running job back, marked interrupted.
 */
class ManyInstancesTest {

    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final Duration STARTING = Duration.ofSeconds(240);
    private static final String REQUESTS = "/api/v1/organizations/CSTO/requests";
    private static final List<String> STATES = List.of("BLR", "KAZ", "KGZ", "RUS", "TJK");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RealPostgres postgres = RealPostgres.availableOrSkip();

    /** Short leases, heartbeats and resubmission delays, so that what a dead instance held is taken up within seconds. */
    private static String[] settings() {
        return new String[] {"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + TestMailServer.port(), "--entente.datasets.built-in=true",
                "--entente.alerting.lease=PT4S", "--entente.alerting.retry-delays=PT0S,PT0.5S,PT1S,PT2S", "--entente.alerting.poll-interval=PT0.25S",
                "--entente.force-generation.heartbeat=PT0.5S", "--entente.force-generation.abandoned-after=PT3S",
                "--entente.force-generation.shutdown-wait=PT1S", "--entente.events.resubmit-every=PT1S", "--entente.events.resubmit-older-than=PT4S",
                "--entente.scheduler.polling-interval=1s"};
    }

    @Test
    void threeInstancesOnOneDatabaseServeOneClientAndSurviveTheLossOfOne() throws Exception {
        try (ScratchDatabase database = ScratchDatabase.create(postgres, "many")) {
            List<ServerProcess> servers = new ArrayList<>();
            try {
                // The first migrates the database and imports the built-in record; the others then start together.
                servers.add(database.start(settings()));
                servers.getFirst().awaitReady(STARTING);
                servers.add(database.start(settings()));
                servers.add(database.start(settings()));
                for (ServerProcess server : servers) {
                    server.awaitReady(STARTING);
                }
                check(database, servers.get(0), servers.get(1), servers.get(2));
            } finally {
                servers.forEach(server -> server.process().destroyForcibly());
            }
        }
    }

    private void check(ScratchDatabase database, ServerProcess one, ServerProcess two, ServerProcess doomed) throws Exception {
        JdbcClient jdbc = database.jdbc();
        String tag = "many" + System.nanoTime() % 100000;

        // A reader signs in on one instance, creates a token through a form on another, and sees it on the third.
        TestAccounts.localAccount(jdbc, tag + "-reader", "reader-password", "observer@CSTO");
        CookieClient reader = new CookieClient();
        assertThat(reader.signIn(one.uri("/"), tag + "-reader", "reader-password").headers().firstValue("Location").orElseThrow()).doesNotContain("failed");
        assertThat(reader.get(two.uri("/account")).body()).as("the session follows the reader").contains(tag + "-reader");
        assertThat(reader.post(two.uri("/account/tokens"), Map.of("name", "made on two", "validForDays", "7")).statusCode()).isEqualTo(302);
        assertThat(reader.get(doomed.uri("/account")).body()).as("and what it carries to the next page").contains("id=\"new-token-secret\">ent_");

        // A subscriber of filed requests, by mail; then a crisis cycle through the API, each call to the next instance.
        CrisisSteps.Client api = roundRobin(List.of(CrisisSteps.Client.of(one, jdbc), CrisisSteps.Client.of(two, jdbc), CrisisSteps.Client.of(doomed, jdbc)));
        String subscriber = tag + "@example.org";
        String observer = api.tokenFor(tag + "-observer", "observer@CSTO");
        assertThat(api.putAs(observer, "/api/v1/me/alerts/contact", Map.of("email", subscriber, "language", "en")).status()).isEqualTo(200);
        assertThat(api.postAs(observer, "/api/v1/me/alerts/subscriptions", Map.of("organization", "CSTO", "kinds", List.of("request_filed"))).status())
                .isEqualTo(201);
        String secretariat = api.tokenFor(tag + "-secretariat", "secretariat@CSTO");
        String request = CrisisSteps.decidedToDeploy(api, tag, secretariat);
        for (String state : List.of("KAZ", "RUS", "BLR")) {
            CrisisSteps.pledged(api, tag, state, tag + " engineers " + state, "eng", 150);
        }
        String planning = REQUESTS + "/" + request + "/force-generation";
        assertThat(api.putAs(secretariat, planning + "/requirements", Map.of("theatreLat", 40.06, "theatreLon", 70.82, "lines", List.of(
                Map.of("id", "ENG1", "capability", "eng", "combat", false, "latestArrivalHours", 400, "personnel", 200, "minUnits", 2)))).status())
                .isEqualTo(200);

        // A short job started on one instance and followed from another; a long one on the instance about to die.
        CrisisSteps.Client onOne = CrisisSteps.Client.of(one, jdbc);
        CrisisSteps.Client onTwo = CrisisSteps.Client.of(two, jdbc);
        String shortJob = started(onOne, secretariat, planning, 1);
        String longJob = started(CrisisSteps.Client.of(doomed, jdbc), secretariat, planning, 60);
        await().atMost(WAIT).until(() -> onTwo.getAs(secretariat, planning + "/jobs/" + shortJob).body().path("status").asString().equals("finished"));
        await().atMost(WAIT).until(() -> status(jdbc, longJob).equals("running"));
        // Alive past abandoned-after (3 s): its holder's heartbeat moves on for longer than that while the others check
        // every heartbeat (0.5 s); none of them may take the live job as dead.
        java.time.Instant firstBeat = heartbeat(jdbc, longJob);
        await().atMost(WAIT).failFast("the live job was interrupted", () -> !status(jdbc, longJob).equals("running"))
                .until(() -> heartbeat(jdbc, longJob).isAfter(firstBeat.plusSeconds(4)));
        assertThat(status(jdbc, longJob)).as("a live job, past abandoned-after").isEqualTo("running");

        // Audited writes from all three at once (pledges and filed requests), and SIGKILL to one in the middle of them.
        List<ServerProcess> all = List.of(one, two, doomed);
        var confirmedPledges = new ConcurrentLinkedQueue<String>();
        var confirmedRequests = new ConcurrentLinkedQueue<String>();
        AtomicInteger sent = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(STATES.size());
        List<Future<?>> writing = new ArrayList<>();
        for (String state : STATES) {
            String liaison = api.tokenFor(tag + "-liaison-" + state.toLowerCase(), "liaison@CSTO/" + state);
            writing.add(writers.submit(() -> {
                for (int i = 0; i < 12; i++) {
                    ServerProcess server = all.get(Math.floorMod(state.hashCode() + i, 3));
                    sent.incrementAndGet();
                    if (i == 5) {
                        confirmed(server.post(REQUESTS, liaison, JSON.writeValueAsString(Map.of("state", state, "threat", "natural_disaster",
                                "description", "Floods, reported to all instances " + tag))), confirmedRequests);
                    } else {
                        confirmed(server.post("/api/v1/organizations/CSTO/pledges", liaison,
                                JSON.writeValueAsString(TestPledges.body(state, tag + " " + state + " unit " + i, "inf", 100))), confirmedPledges);
                    }
                }
                return null;
            }));
        }
        await().atMost(WAIT).until(() -> sent.get() >= 20);
        doomed.kill();
        for (Future<?> each : writing) {
            each.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        }
        writers.shutdown();

        // The survivors: the session still works, each job ran once and the dead one's is handed back by a survivor.
        for (ServerProcess survivor : List.of(one, two)) {
            assertThat(reader.get(survivor.uri("/account")).body()).as("the session on a survivor").contains(tag + "-reader");
        }
        await().atMost(WAIT).until(() -> status(jdbc, longJob).equals("interrupted"));
        assertThat(jdbc.sql("select error from force_generation_job where id = :id").param("id", longJob).query(String.class).single())
                .contains("stopped answering");
        assertThat(status(jdbc, shortJob)).isEqualTo("finished");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'forcegen.start'").query(Long.class).single()).as("two jobs, started once each")
                .isEqualTo(2);

        // No confirmed write lost.
        assertThat(confirmedPledges).as("writes were confirmed").isNotEmpty();
        for (String pledge : confirmedPledges) {
            assertThat(jdbc.sql("select count(*) from pledge where cast(id as varchar(40)) = :id").param("id", pledge).query(Long.class).single()).as("pledge %s", pledge)
                    .isPositive();
        }
        Set<String> filed = new java.util.HashSet<>(confirmedRequests);
        filed.add(request);
        for (String each : filed) {
            assertThat(jdbc.sql("select count(*) from assistance_request where id = :id").param("id", each).query(Long.class).single())
                    .as("request %s", each).isEqualTo(1);
        }

        // Every event delivered at least once, none left incomplete once the survivors caught up.
        await().atMost(WAIT).until(() -> database.count("select count(*) from event_publication where completion_date is null") == 0);
        Set<String> expected = filed;
        await().atMost(WAIT).until(() -> expected.stream().allMatch(id -> TestMailServer.subjects(subscriber).stream()
                .anyMatch(subject -> subject.contains("request " + id + " filed"))));

        // One audit chain, intact; a read of it chains every queued record; each confirmed write is in it once.
        String auditor = api.tokenFor(tag + "-auditor", "secretariat@CSTO");
        long chainedBefore = database.count("select count(*) from audit_entry");
        DatabaseTest.Answer verification = onOne.getAs(auditor, "/api/v1/audit/verification");
        assertThat(verification.body().path("intact").asBoolean()).as("%s", verification.body()).isTrue();
        assertThat(database.count("select count(*) from audit_queue")).as("nothing left unchained after a read of the trail").isZero();
        assertThat(verification.body().path("entries").asLong()).as("the verification walked the whole chain, every entry chained before it")
                .isGreaterThanOrEqualTo(chainedBefore);
        for (String pledge : confirmedPledges) {
            assertThat(chained(jdbc, "pledge.create", "pledge:" + pledge)).as("the chained entries of pledge %s", pledge).isEqualTo(1);
        }
        for (String each : filed) {
            assertThat(chained(jdbc, "request.file", "request:" + each)).as("the chained entries of request %s", each).isEqualTo(1);
        }

        // A survivor stopped gracefully hands its running job back: interrupted, with its reason, never left running.
        String handedBack = started(onTwo, secretariat, planning, 60);
        await().atMost(WAIT).until(() -> status(jdbc, handedBack).equals("running"));
        two.stop();
        assertThat(two.process().exitValue()).as("stopped, not killed").isNotEqualTo(137);
        assertThat(status(jdbc, handedBack)).isEqualTo("interrupted");
        assertThat(jdbc.sql("select error from force_generation_job where id = :id").param("id", handedBack).query(String.class).single())
                .contains("was stopped");
    }

    /** Keeps the id of a 2xx answer (a confirmed write); an answer that never came, or a refusal, confirms nothing. */
    private static void confirmed(HttpResponse<String> answer, ConcurrentLinkedQueue<String> ids) {
        if (answer != null && answer.statusCode() / 100 == 2) {
            ids.add(JSON.readTree(answer.body()).path("id").asString());
        }
    }

    private static String started(CrisisSteps.Client api, String secretariat, String planning, int seconds) {
        DatabaseTest.Answer job = api.postAs(secretariat, planning + "/jobs", Map.of("budgetSeconds", seconds));
        assertThat(job.status()).as("%s", job.body()).isEqualTo(202);
        return job.body().path("id").asString();
    }

    /** The last heartbeat of {@code job}, on the database's clock. */
    private static java.time.Instant heartbeat(JdbcClient jdbc, String job) {
        return jdbc.sql("select heartbeat_at from force_generation_job where id = :id").param("id", job).query(java.time.OffsetDateTime.class).single()
                .toInstant();
    }

    /** How many entries of the audit chain record {@code action} on {@code subject}. */
    private static long chained(JdbcClient jdbc, String action, String subject) {
        return jdbc.sql("select count(*) from audit_entry where action = :action and subject = :subject").param("action", action)
                .param("subject", subject).query(Long.class).single();
    }

    private static String status(JdbcClient jdbc, String job) {
        return jdbc.sql("select status from force_generation_job where id = :id").param("id", job).query(String.class).single();
    }

    /** The clients in turn, one call each. */
    private static CrisisSteps.Client roundRobin(List<CrisisSteps.Client> clients) {
        AtomicInteger turn = new AtomicInteger();
        return new CrisisSteps.Client() {
            @Override
            public DatabaseTest.Answer send(String method, String token, String path, Object body) {
                return clients.get(turn.getAndIncrement() % clients.size()).send(method, token, path, body);
            }

            @Override
            public String tokenFor(String username, String... grants) {
                return clients.getFirst().tokenFor(username, grants);
            }
        };
    }
}
