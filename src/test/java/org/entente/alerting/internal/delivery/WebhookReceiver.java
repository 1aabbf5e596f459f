package org.entente.alerting.internal.delivery;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A real HTTP receiver for webhook tests, on a free loopback port: it records every request (its headers and raw body, when
 * it came) and answers from a script (a status, or a stall longer than the sender waits), then {@code 200} once the script
 * is used up.
 */
final class WebhookReceiver implements AutoCloseable {

    /** A request as received. */
    record Received(Map<String, String> headers, String body, Instant at) {

        String header(String name) {
            return headers.get(name);
        }
    }

    /** What to answer: a status, or a stall of {@code stall} before a 200 (a sender with a shorter timeout gives up). */
    record Answer(int status, Duration stall) {

        static Answer status(int status) {
            return new Answer(status, Duration.ZERO);
        }

        static Answer stall(Duration stall) {
            return new Answer(200, stall);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Deque<Answer> script = new ArrayDeque<>();
    private volatile Answer afterScript = Answer.status(200);

    WebhookReceiver(Answer... answers) throws IOException {
        script.addAll(List.of(answers));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/hooks", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, String.join(",", values)));
            received.add(new Received(headers, new String(body, StandardCharsets.UTF_8), Instant.now()));
            Answer answer = next();
            if (!answer.stall().isZero()) {
                try {
                    Thread.sleep(answer.stall());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            exchange.sendResponseHeaders(answer.status(), -1);
            exchange.close();
        });
        server.start();
    }

    private synchronized Answer next() {
        return script.isEmpty() ? afterScript : script.removeFirst();
    }

    /** Answers {@code answer} to every request once the script is used up. */
    void thenAlways(Answer answer) {
        afterScript = answer;
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hooks");
    }

    /** The requests received whose body contains {@code text}, in the order received. */
    List<Received> naming(String text) {
        return received.stream().filter(request -> request.body().contains(text)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
