package org.entente.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock moved forward by a test, in a server the test starts itself ({@link ServerProcess}, which runs
 * the application with this JVM's class path, so that its component scan finds this class): with
 * {@code --entente.test.clock-offset-file=FILE}, every module reads the time as the system's UTC clock plus the offset
 * in that file (an ISO-8601 duration such as {@code PT14H}; a missing or blank file is no offset), read anew each time.
 * The test moves the server's time with {@link #setOffset}. Without the property (as in the shared Spring test contexts)
 * nothing here is defined, and the application's own clock ({@code ClockConfiguration}) is the only one.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("entente.test.clock-offset-file")
public class AdjustableClock {

    @Bean
    @Primary
    Clock clockAheadByTheOffset(@Value("${entente.test.clock-offset-file}") Path file) {
        return new OffsetFromFile(Clock.systemUTC(), file);
    }

    /** Sets the offset of the server reading {@code file}, atomically (a whole duration or none is read, never half a line). */
    public static void setOffset(Path file, Duration offset) {
        try {
            Path written = Files.createTempFile(file.toAbsolutePath().getParent(), "clock-", ".tmp");
            Files.writeString(written, offset.toString(), StandardCharsets.UTF_8);
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The offset in {@code file}: zero where there is no file or it is blank. */
    static Duration offsetIn(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? Duration.ZERO : Duration.parse(text);
        } catch (NoSuchFileException none) {
            return Duration.ZERO;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code system}'s time plus the offset in {@code file}, read on each call. */
    static final class OffsetFromFile extends Clock {

        private final Clock system;
        private final Path file;

        OffsetFromFile(Clock system, Path file) {
            this.system = system;
            this.file = file;
        }

        @Override
        public Instant instant() {
            return system.instant().plus(offsetIn(file));
        }

        @Override
        public ZoneId getZone() {
            return system.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new OffsetFromFile(system.withZone(zone), file);
        }
    }
}
