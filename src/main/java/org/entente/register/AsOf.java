package org.entente.register;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The two times a register question is asked at: the valid date (who was a member on that day) and
 * the recorded instant (what the register said then, before or after later corrections).
 */
public record AsOf(LocalDate validOn, Instant recordedAt) {

    public AsOf {
        Objects.requireNonNull(validOn, "valid date");
        Objects.requireNonNull(recordedAt, "recorded instant");
    }
}
