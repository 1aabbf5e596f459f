package org.entente.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real server as a separate process (this JVM's java and class path, the application's main
 * class) on a database of its own, for tests that kill it or restart it.
 */
public record ServerProcess(Process process, int port, Path log) {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static ServerProcess start(String jdbcUrl, String username, String password, String... extra) throws IOException {
        var arguments = new ArrayList<>(List.of("--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + username, "--spring.datasource.password=" + password));
        arguments.addAll(List.of(extra));
        return launch(null, arguments);
    }

    /**
     * The server as a user starts it, on the embedded default database: no datasource settings, so
     * the H2 file database of application.yml, under {@code directory/data}.
     */
    public static ServerProcess startIn(Path directory, String... extra) throws IOException {
        return launch(directory, List.of(extra));
    }

    /** The whole command line run in {@code directory} (an application command such as --verify-audit): its exit status and output. */
    public static Finished run(Path directory, String... arguments) throws IOException, InterruptedException {
        ServerProcess server = launch(directory, List.of(arguments));
        if (!server.process().waitFor(180, TimeUnit.SECONDS)) {
            server.kill();
            throw new AssertionError("the command did not end in time: " + Files.readString(server.log()));
        }
        return new Finished(server.process().exitValue(), Files.readString(server.log()));
    }

    /** A command that ended: its exit status and everything it printed. */
    public record Finished(int status, String output) {
    }

    private static ServerProcess launch(Path directory, List<String> arguments) throws IOException {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = Files.createTempFile("entente-server-", ".log");
        // The client compiler alone: a server here lives for seconds to minutes, and starts in about half the time without
        // the optimizing compiler's work on two busy cores (measured 11.7 s against 17.8–22.7 s); the tests count, never time.
        var command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(), "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), "org.entente.EntenteApplication", "--server.port=" + port));
        command.addAll(arguments);
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        if (directory != null) {
            builder.directory(directory.toFile());
        }
        return new ServerProcess(builder.start(), port, log);
    }

    public void awaitReady() throws Exception {
        awaitReady(Duration.ofSeconds(120));
    }

    /** Waits until the server answers its health check, for at most {@code patience} (several servers starting at once on a busy machine take longer). */
    public void awaitReady(Duration patience) throws Exception {
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("the server stopped: " + Files.readString(log));
            }
            try {
                if (get("/actuator/health").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the server did not start in time: " + Files.readString(log));
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** GET with a bearer token; the answer, or null when there was none. */
    public HttpResponse<String> get(String path, String token) throws InterruptedException {
        return send("GET", path, token, null);
    }

    /** POST a JSON body with a bearer token; the answer, or null when the server died before answering. */
    public HttpResponse<String> post(String path, String token, String json) throws InterruptedException {
        return send("POST", path, token, json);
    }

    /**
     * {@code method} on {@code path} with a bearer token (none when null) and a JSON body (none when
     * null); the answer, or null when there was none (the server died, or never answered in time).
     */
    public HttpResponse<String> send(String method, String path, String token, String json) throws InterruptedException {
        var request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException died) {
            return null;
        }
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** SIGKILL: no shutdown hook, no rollback by the application. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    /** A graceful stop (SIGTERM). */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }
}
