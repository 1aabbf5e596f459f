package org.entente.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.entente.assistance.RequestEvent;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A stand-in for the later alerting module, in a server the tests start themselves: it receives the
 * assistance module's events as any module would, through the event publication registry, and writes
 * one line per event to a file. With {@code entente.test.events.crash=true} it halts the JVM on the
 * first event instead, as a crash in the middle of a delivery.
 */
@Component
@ConditionalOnProperty("entente.test.events.file")
class RecordingListener {

    private final Path file;
    private final boolean crash;

    RecordingListener(@Value("${entente.test.events.file}") Path file, @Value("${entente.test.events.crash:false}") boolean crash) {
        this.file = file;
        this.crash = crash;
    }

    @ApplicationModuleListener
    void on(RequestEvent event) {
        if (crash) {
            Runtime.getRuntime().halt(137);
        }
        try {
            Files.writeString(file, event.getClass().getSimpleName() + " " + event.requestId() + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
