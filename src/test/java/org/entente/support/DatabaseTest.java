package org.entente.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The way integration tests run: the whole application on a random port with the built-in
 * datasets, on H2 in memory by default, or on a real PostgreSQL when the test class is annotated
 * {@link Postgres @DatabaseTest.Postgres}.
 *
 * <p>A test class runs its checks on both databases by declaring them once in an abstract subclass
 * of this class and two {@code @Nested} subclasses of that:
 *
 * <pre>{@code
 * class SomethingTest {
 *     @Nested class OnH2 extends Checks { }
 *     @Nested @DatabaseTest.Postgres class OnPostgres extends Checks { }
 *     abstract static class Checks extends DatabaseTest { @Test void ... }
 * }
 * }</pre>
 *
 * <p>Every test class configured this way shares one of exactly two Spring contexts (one per
 * database): nothing here depends on the test class, so never add annotations, properties, mocks
 * or {@code @DynamicPropertySource} methods to a test class, and never use {@code @DirtiesContext}.
 * The database is shared by every test of a context, so tests must not depend on their order: each
 * imports its own organizations under its own codes (e.g. {@code TESTA1}) and only reads the
 * built-in ones (CSTO, NATO).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "entente.datasets.built-in=true",
        "spring.datasource.url=jdbc:h2:mem:entente-test;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa",
        "spring.datasource.password=",
        // Alerts go to the tests' own SMTP server (TestMailServer); failed attempts are retried within a second, not hours.
        "spring.mail.host=127.0.0.1",
        "entente.alerting.retry-delays=PT0S,PT0.2S,PT0.4S,PT0.6S",
        "entente.alerting.webhook-timeout=PT2S",
        "entente.alerting.poll-interval=PT0.25S",
        // The tests' webhook receivers listen on this machine.
        "entente.alerting.webhooks.private-addresses=true"
})
public abstract class DatabaseTest {

    /**
     * Runs the annotated test class on the JVM's shared real PostgreSQL instead of H2: skipped where
     * PostgreSQL cannot start, failed in CI. The datasource properties point at the lazily resolved
     * {@code entente.test.postgres.*} values, so the H2 context never starts PostgreSQL.
     */
    @Documented
    @Inherited
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @ExtendWith(PostgresOrSkip.class)
    @TestPropertySource(properties = {
            "spring.datasource.url=${entente.test.postgres.url}",
            "spring.datasource.username=${entente.test.postgres.username}",
            "spring.datasource.password=${entente.test.postgres.password}",
            // The JVM's shutdown hooks stop PostgreSQL and close the contexts in no fixed order; the event
            // publication registry reads the database on close, so waiting for a connection must end soon.
            "spring.datasource.hikari.connection-timeout=5000"
    })
    public @interface Postgres {
    }

    /** Skips (locally) or fails (in CI) a PostgreSQL test class before its Spring context is loaded. */
    public static final class PostgresOrSkip implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            RealPostgres.availableOrSkip();
        }
    }

    /** One method for every context, so that it does not split the context cache: PostgreSQL's address, the mail server's port. */
    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("entente.test.postgres.url", () -> RealPostgres.shared().jdbcUrl());
        registry.add("entente.test.postgres.username", () -> RealPostgres.shared().username());
        registry.add("entente.test.postgres.password", () -> RealPostgres.shared().password());
        registry.add("spring.mail.port", TestMailServer::port);
    }

    @LocalServerPort
    private int port;

    @Autowired
    private JsonMapper json;

    @Autowired
    private JdbcClient jdbc;

    /**
     * Waits up to {@code limit} until {@code condition} holds, for work the application does in the background (an exercise's
     * injects arriving on its tick, the mail telling of them); if it never holds, fails saying what the scheduled work and the
     * inject tick were doing ({@link ScheduledWorkReport}).
     */
    protected final void awaitScheduledWork(String what, Duration limit, Callable<Boolean> condition) {
        try {
            Awaitility.await(what).atMost(limit).until(condition);
        } catch (ConditionTimeoutException late) {
            throw new AssertionError(what + ": not within " + limit + scheduledWork(), late);
        }
    }

    /** What the application's scheduled work and inject tick are doing now, in words ({@link ScheduledWorkReport}). */
    protected final String scheduledWork() {
        return ScheduledWorkReport.now(jdbc);
    }

    /** The account that posts test documents: secretariat of every organization it imports, granted as it goes. */
    protected static final String IMPORTER = "test-importer";

    private final RestClient http = RestClient.create();

    /** An HTTP answer: its status, headers and body (null when empty; a text node when not JSON). */
    public record Answer(int status, HttpHeaders headers, JsonNode body) {
    }

    protected final JsonMapper json() {
        return json;
    }

    /** The bytes of a test document under {@code src/test/resources/datasets/}, e.g. {@code invalid/unknown-state.json}. */
    protected static byte[] datasetBytes(String name) {
        try (InputStream in = DatabaseTest.class.getResourceAsStream("/datasets/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test document datasets/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A test document under {@code src/test/resources/datasets/} as a tree to adjust before importing it. */
    protected final ObjectNode dataset(String name) {
        return (ObjectNode) json.readTree(datasetBytes(name));
    }

    /** The small test document ({@code datasets/small.json}, 15 records) under its own organization code. */
    protected final ObjectNode smallDataset(String code) {
        ObjectNode document = dataset("small.json");
        ((ObjectNode) document.get("organization")).put("code", code);
        return document;
    }

    /** GET {@code pathAndQuery} (already encoded), e.g. {@code /api/v1/organizations/CSTO/members?date=2024-01-01}. */
    protected final Answer get(String pathAndQuery) {
        return http.get().uri(uri(pathAndQuery)).accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                .exchange((request, response) -> answer(response.getStatusCode().value(), response.getHeaders(), response.getBody().readAllBytes()));
    }

    /**
     * POST {@code body} as JSON to {@code path} as the {@link #IMPORTER}, who is made secretariat of the
     * organization the body names (if it names one) before, and who, like a careful client, sends the
     * version of that organization's record it reads just before ({@code If-Match}), if it is registered.
     */
    protected final Answer post(String path, byte[] body) {
        String organization = organizationOf(body);
        String token = organization == null ? tokenFor(IMPORTER) : tokenFor(IMPORTER, "secretariat@" + organization);
        String version = organization == null ? null : get("/api/v1/organizations/" + organization + "/dataset").headers().getETag();
        return postAs(token, path, body, version);
    }

    /** POST {@code body} as JSON to {@code path} with {@code token} as bearer token (none when null), without If-Match. */
    protected final Answer postAs(String token, String path, byte[] body) {
        return postAs(token, path, body, null);
    }

    /** POST {@code body} as JSON to {@code path} with {@code token} as bearer token (none when null) and {@code ifMatch} (none when null). */
    protected final Answer postAs(String token, String path, byte[] body, String ifMatch) {
        var request = http.post().uri(uri(path)).contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        if (ifMatch != null) {
            request = request.header(HttpHeaders.IF_MATCH, ifMatch);
        }
        return request.body(body)
                .exchange((req, response) -> answer(response.getStatusCode().value(), response.getHeaders(), response.getBody().readAllBytes()));
    }

    /** The organization's dataset export ({@code query} such as {@code ?recordedAt=...}, or empty), which must answer 200. */
    protected final Answer exported(String organization, String query) {
        Answer answer = get("/api/v1/organizations/" + organization + "/dataset" + query);
        org.assertj.core.api.Assertions.assertThat(answer.status()).as("export: %s", answer.body()).isEqualTo(200);
        return answer;
    }

    /** Imports {@code document} as the {@link #IMPORTER}, which must succeed (201 new, 200 changed or unchanged). */
    protected final Answer imported(JsonNode document) {
        Answer answer = post("/api/v1/datasets", document);
        org.assertj.core.api.Assertions.assertThat(answer.status()).as("import: %s", answer.body()).isIn(200, 201);
        return answer;
    }

    /** PUT {@code body} as JSON to {@code path} with {@code token} as bearer token. */
    protected final Answer putAs(String token, String path, JsonNode body) {
        return http.put().uri(uri(path)).contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .body(json.writeValueAsBytes(body))
                .exchange((req, response) -> answer(response.getStatusCode().value(), response.getHeaders(), response.getBody().readAllBytes()));
    }

    /** DELETE with {@code token} as bearer token; the status. */
    protected final int deleteAs(String token, String path) {
        return http.delete().uri(uri(path)).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange((request, response) -> response.getStatusCode().value());
    }

    /** GET with {@code token} as bearer token. */
    protected final Answer getAs(String token, String pathAndQuery) {
        return http.get().uri(uri(pathAndQuery)).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                .exchange((request, response) -> answer(response.getStatusCode().value(), response.getHeaders(), response.getBody().readAllBytes()));
    }

    /**
     * A new personal access token of the local account {@code username}, which is created if missing
     * and given {@code grants} (authorities such as {@code secretariat@CSTO} or {@code liaison@CSTO/KAZ})
     * besides those it has. Test set-up written to the database directly, as an administrator would.
     */
    protected final String tokenFor(String username, String... grants) {
        return TestAccounts.tokenFor(jdbc, username, grants);
    }

    private String organizationOf(byte[] body) {
        try {
            JsonNode code = json.readTree(body).path("organization").path("code");
            return code.isString() && org.entente.register.OrganizationCode.isValid(code.asString()) ? code.asString() : null;
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    protected final Answer post(String path, JsonNode body) {
        return post(path, json.writeValueAsBytes(body));
    }

    /** The address of {@code pathAndQuery} on the running application, for a browser to open. */
    protected final URI uri(String pathAndQuery) {
        return URI.create("http://localhost:" + port + pathAndQuery);
    }

    private Answer answer(int status, HttpHeaders headers, byte[] body) {
        JsonNode node;
        if (body.length == 0) {
            node = null;
        } else {
            try {
                node = json.readTree(body);
            } catch (RuntimeException notJson) {
                node = json.getNodeFactory().stringNode(new String(body, StandardCharsets.UTF_8));
            }
        }
        return new Answer(status, HttpHeaders.readOnlyHttpHeaders(headers), node);
    }
}
