package org.entente.mission;

import java.util.List;
import java.util.Objects;
import org.entente.command.Result;
import org.entente.register.Coded;
import org.entente.register.PartialDate;

/**
 * Where a mission stands, each state with who brought it there, on which day and on which sources. A mission is
 * planned, deploying once the order to move is given, deployed once its force is in place, drawing down once the
 * withdrawal starts, and withdrawn once the last contingent is home; it may be terminated from any state that is
 * not final. Each transition returns the next state, or why it cannot happen now ({@link Result}); no step is
 * dated before the one it follows.
 */
public sealed interface MissionState {

    Step step();

    /** Where a mission stands, as a code for storage, the API and filters. */
    enum Status implements Coded {
        PLANNED, DEPLOYING, DEPLOYED, DRAWING_DOWN, WITHDRAWN, TERMINATED;

        /** Whether a mission in this status may move to {@code next}: one step forward, or terminated while not final. */
        public boolean leadsTo(Status next) {
            return switch (this) {
                case PLANNED -> next == DEPLOYING || next == TERMINATED;
                case DEPLOYING -> next == DEPLOYED || next == TERMINATED;
                case DEPLOYED -> next == DRAWING_DOWN || next == TERMINATED;
                case DRAWING_DOWN -> next == WITHDRAWN || next == TERMINATED;
                case WITHDRAWN, TERMINATED -> false;
            };
        }

        /** Whether the mission is over: withdrawn or terminated. */
        public boolean isFinal() {
            return this == WITHDRAWN || this == TERMINATED;
        }
    }

    default Status status() {
        return switch (this) {
            case Planned planned -> Status.PLANNED;
            case Deploying deploying -> Status.DEPLOYING;
            case Deployed deployed -> Status.DEPLOYED;
            case DrawingDown drawingDown -> Status.DRAWING_DOWN;
            case Withdrawn withdrawn -> Status.WITHDRAWN;
            case Terminated terminated -> Status.TERMINATED;
        };
    }

    /**
     * Who brought the mission to this state (a user, or the body the sources name), on which day (to the precision
     * the sources give), and the sources that report it (none for a step taken in Entente, which its audit trail records).
     */
    record Step(String by, PartialDate on, List<String> sources) {
        public Step {
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(on, "on");
            if (by.isBlank()) {
                throw new IllegalArgumentException("a step says who took it");
            }
            sources = List.copyOf(sources);
        }
    }

    /** Decided and being prepared: no contingent has moved yet. */
    record Planned(Step step) implements MissionState {
        public Planned {
            Objects.requireNonNull(step, "step");
        }
    }

    /** The order to move is given: contingents are on their way. */
    record Deploying(Step step) implements MissionState {
        public Deploying {
            Objects.requireNonNull(step, "step");
        }
    }

    /** The force is in place and carrying out its mandate. */
    record Deployed(Step step) implements MissionState {
        public Deployed {
            Objects.requireNonNull(step, "step");
        }
    }

    /** The withdrawal has started. */
    record DrawingDown(Step step) implements MissionState {
        public DrawingDown {
            Objects.requireNonNull(step, "step");
        }
    }

    /** The last contingent is home. */
    record Withdrawn(Step step) implements MissionState {
        public Withdrawn {
            Objects.requireNonNull(step, "step");
        }
    }

    /** Ended before its course was run, for the reason given. */
    record Terminated(Step step, String reason) implements MissionState {
        public Terminated {
            Objects.requireNonNull(step, "step");
            Objects.requireNonNull(reason, "reason");
            if (reason.isBlank()) {
                throw new IllegalArgumentException("a termination gives its reason");
            }
        }
    }

    /** The order to move: planned → deploying. */
    default Result<MissionState> deploy(Step step) {
        return to(new Deploying(step), "deploy");
    }

    /** The force in place: deploying → deployed. */
    default Result<MissionState> declareDeployed(Step step) {
        return to(new Deployed(step), "declare deployed");
    }

    /** The withdrawal starts: deployed → drawing down. */
    default Result<MissionState> drawDown(Step step) {
        return to(new DrawingDown(step), "draw down");
    }

    /** The last contingent home: drawing down → withdrawn. */
    default Result<MissionState> withdraw(Step step) {
        return to(new Withdrawn(step), "withdraw");
    }

    /** Ended early, from any state that is not final. */
    default Result<MissionState> terminate(Step step, String reason) {
        return to(new Terminated(step, reason), "terminate");
    }

    /** Whether {@code next} may follow this state: the status leads to it, and it is not dated before this step. */
    default boolean mayBeFollowedBy(MissionState next) {
        return status().leadsTo(next.status()) && !datedBefore(next.step().on(), step().on());
    }

    private Result<MissionState> to(MissionState next, String action) {
        if (!status().leadsTo(next.status())) {
            String where = switch (this) {
                case Planned planned -> "it is only planned: no order to move was given";
                case Deploying deploying -> "it is still deploying";
                case Deployed deployed -> "it is deployed";
                case DrawingDown drawingDown -> "it is drawing down";
                case Withdrawn withdrawn -> "it was withdrawn";
                case Terminated terminated -> "it was terminated (" + terminated.reason() + ")";
            };
            return new Result.Refused<>("cannot " + action + " this mission: " + where);
        }
        if (datedBefore(next.step().on(), step().on())) {
            return new Result.Refused<>("cannot " + action + " this mission on " + next.step().on() + ": it has been "
                    + status().code().replace('_', ' ') + " since " + step().on());
        }
        return new Result.Done<>(next);
    }

    /** Whether {@code day} is certainly before {@code since}: even the last day it may stand for comes before. */
    private static boolean datedBefore(PartialDate day, PartialDate since) {
        return day.lastDay().isBefore(since.date());
    }
}
