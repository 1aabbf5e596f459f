package org.entente.assistance;

import java.util.Objects;

/** What a command on a request or session comes to: done, with its value, or refused with the reason. */
public sealed interface Result<T> {

    record Done<T>(T value) implements Result<T> {
        public Done {
            Objects.requireNonNull(value, "value");
        }
    }

    record Refused<T>(String reason) implements Result<T> {
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
