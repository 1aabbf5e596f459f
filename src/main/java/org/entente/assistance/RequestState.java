package org.entente.assistance;

import org.entente.command.Result;
import java.time.Instant;
import java.util.Objects;
import org.entente.register.Coded;

/**
 * Where a request for assistance stands, each state with who brought it there and when. A request is
 * filed, goes to consultation when the secretariat convenes the council, is decided, and is closed;
 * its requester may withdraw it before a decision. Each transition returns the next state, or why it
 * cannot happen now ({@link Result}).
 */
public sealed interface RequestState {

    Step step();

    /** Where a request stands, as a code for storage, the API and filters. */
    enum Status implements Coded {
        FILED, UNDER_CONSULTATION, DECIDED, CLOSED, WITHDRAWN
    }

    default Status status() {
        return switch (this) {
            case Filed filed -> Status.FILED;
            case UnderConsultation consulting -> Status.UNDER_CONSULTATION;
            case Decided decided -> Status.DECIDED;
            case Closed closed -> Status.CLOSED;
            case Withdrawn withdrawn -> Status.WITHDRAWN;
        };
    }

    /** Whether the request is still before the organization: filed, or under consultation. */
    default boolean open() {
        return this instanceof Filed || this instanceof UnderConsultation;
    }

    /** Who brought the request to this state, and when. */
    record Step(String by, Instant at) {
        public Step {
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
        }
    }

    record Filed(Step step) implements RequestState {
    }

    record UnderConsultation(Step step) implements RequestState {
    }

    record Decided(Step step, DecisionKind decision, String clause) implements RequestState {
        public Decided {
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(clause, "the clause the decision rests on");
        }
    }

    record Closed(Step step) implements RequestState {
    }

    record Withdrawn(Step step) implements RequestState {
    }

    default Result<RequestState> convene(Step step) {
        return this instanceof Filed ? new Result.Done<>(new UnderConsultation(step)) : refused("convene the council on", this);
    }

    default Result<RequestState> decide(Step step, DecisionKind decision, String clause) {
        return this instanceof UnderConsultation ? new Result.Done<>(new Decided(step, decision, clause)) : refused("decide", this);
    }

    default Result<RequestState> close(Step step) {
        return this instanceof Decided ? new Result.Done<>(new Closed(step)) : refused("close", this);
    }

    default Result<RequestState> withdraw(Step step) {
        return switch (this) {
            case Filed filed -> new Result.Done<>(new Withdrawn(step));
            case UnderConsultation consulting -> new Result.Done<>(new Withdrawn(step));
            case Decided decided -> refused("withdraw", this);
            case Closed closed -> refused("withdraw", this);
            case Withdrawn withdrawn -> refused("withdraw", this);
        };
    }

    private static Result<RequestState> refused(String action, RequestState state) {
        String where = switch (state) {
            case Filed filed -> "it is only filed: the council has not been convened";
            case UnderConsultation consulting -> "the council is still consulting";
            case Decided decided -> "it was decided (" + decided.decision().code() + ")";
            case Closed closed -> "it is closed";
            case Withdrawn withdrawn -> "it was withdrawn";
        };
        return new Result.Refused<>("cannot " + action + " this request: " + where);
    }
}
