package org.entente.assistance;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a request for assistance stands, each state with who brought it there and when. A request is
 * filed, goes to consultation when the secretariat convenes the council, is decided, and is closed;
 * its requester may withdraw it before a decision. Each transition returns the next state, or why it
 * cannot happen now.
 */
public sealed interface RequestState {

    Step step();

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

    record Decided(Step step, DecisionKind decision, String clauseId) implements RequestState {
        public Decided {
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(clauseId, "the clause the decision rests on");
        }
    }

    record Closed(Step step) implements RequestState {
    }

    record Withdrawn(Step step) implements RequestState {
    }

    /** The next state, or why the transition cannot happen from here. */
    sealed interface Next {
        record To(RequestState state) implements Next {
        }

        record Refused(String reason) implements Next {
        }
    }

    default Next convene(Step step) {
        return this instanceof Filed ? new Next.To(new UnderConsultation(step)) : refused("convene the council on", this);
    }

    default Next decide(Step step, DecisionKind decision, String clauseId) {
        return this instanceof UnderConsultation ? new Next.To(new Decided(step, decision, clauseId)) : refused("decide", this);
    }

    default Next close(Step step) {
        return this instanceof Decided ? new Next.To(new Closed(step)) : refused("close", this);
    }

    default Next withdraw(Step step) {
        return switch (this) {
            case Filed filed -> new Next.To(new Withdrawn(step));
            case UnderConsultation consulting -> new Next.To(new Withdrawn(step));
            case Decided decided -> refused("withdraw", this);
            case Closed closed -> refused("withdraw", this);
            case Withdrawn withdrawn -> refused("withdraw", this);
        };
    }

    private static Next refused(String action, RequestState state) {
        String where = switch (state) {
            case Filed filed -> "it is only filed: the council has not been convened";
            case UnderConsultation consulting -> "the council is still consulting";
            case Decided decided -> "it was decided (" + decided.decision().code() + ")";
            case Closed closed -> "it is closed";
            case Withdrawn withdrawn -> "it was withdrawn";
        };
        return new Next.Refused("cannot " + action + " this request: " + where);
    }
}
