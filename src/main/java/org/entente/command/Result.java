package org.entente.command;

import java.util.Objects;

/**
 * What a step of a lifecycle comes to (a request's, a council session's, a planner job's, a mission's): done,
 * with the next state or value, or refused with the reason, as a value rather than an exception.
 */
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
