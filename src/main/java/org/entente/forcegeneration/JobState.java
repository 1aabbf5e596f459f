package org.entente.forcegeneration;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.entente.command.Result;
import org.entente.register.Coded;

/**
 * Where a planner job stands. A job is queued when started, runs once the runner takes it, and ends
 * finished (its budget spent), terminated (stopped early on request, with the best plan so far),
 * interrupted (the process running it stopped) or failed. Each transition returns the next state, or
 * why it cannot happen now ({@link Result}); a state is stored as its {@link Status}'s code, with the
 * reason of an interruption or a failure.
 */
public sealed interface JobState {

    /** Where a job stands, as a code for storage, the API and the pages. */
    enum Status implements Coded {
        QUEUED, RUNNING, FINISHED, TERMINATED, INTERRUPTED, FAILED;

        /** Whether a job with this status may still change: queued or running. */
        public boolean running() {
            return switch (this) {
                case QUEUED, RUNNING -> true;
                case FINISHED, TERMINATED, INTERRUPTED, FAILED -> false;
            };
        }

        /** The statuses of a job that may still change. */
        public static List<Status> stillRunning() {
            return Arrays.stream(values()).filter(Status::running).toList();
        }
    }

    default Status status() {
        return switch (this) {
            case Queued queued -> Status.QUEUED;
            case Running running -> Status.RUNNING;
            case Finished finished -> Status.FINISHED;
            case Terminated terminated -> Status.TERMINATED;
            case Interrupted interrupted -> Status.INTERRUPTED;
            case Failed failed -> Status.FAILED;
        };
    }

    /** Whether the job may still change: queued or running. */
    default boolean running() {
        return status().running();
    }

    /** Why the job was interrupted or failed; null in any other state. */
    default String why() {
        return switch (this) {
            case Interrupted interrupted -> interrupted.reason();
            case Failed failed -> failed.reason();
            case Queued queued -> null;
            case Running running -> null;
            case Finished finished -> null;
            case Terminated terminated -> null;
        };
    }

    /** The state stored as {@code code}, with {@code why} for an interrupted or failed job (null where none was recorded). */
    static JobState of(String code, String why) {
        String reason = why == null ? "no reason was recorded" : why;
        return switch (Coded.fromCode(Status.class, code)) {
            case QUEUED -> new Queued();
            case RUNNING -> new Running();
            case FINISHED -> new Finished();
            case TERMINATED -> new Terminated();
            case INTERRUPTED -> new Interrupted(reason);
            case FAILED -> new Failed(reason);
        };
    }

    record Queued() implements JobState {
    }

    record Running() implements JobState {
    }

    record Finished() implements JobState {
    }

    record Terminated() implements JobState {
    }

    record Interrupted(String reason) implements JobState {
        public Interrupted {
            Objects.requireNonNull(reason, "why the job was interrupted");
        }
    }

    record Failed(String reason) implements JobState {
        public Failed {
            Objects.requireNonNull(reason, "why the job failed");
        }
    }

    /** The runner takes a queued job: it runs from now. */
    default Result<JobState> begin() {
        return this instanceof Queued ? new Result.Done<>(new Running()) : refused("begin", this);
    }

    /** A running job's search has ended: terminated if someone asked it to stop, else finished. */
    default Result<JobState> end(boolean terminationRequested) {
        return this instanceof Running ? new Result.Done<>(terminationRequested ? new Terminated() : new Finished()) : refused("end", this);
    }

    /** Someone asks the job to stop with the best plan so far; it stays where it is until the runner reads the request. */
    default Result<JobState> terminate() {
        return running() ? new Result.Done<>(this) : refused("stop", this);
    }

    /** The process running the job is stopping, or stopped. */
    default Result<JobState> interrupt(String why) {
        return running() ? new Result.Done<>(new Interrupted(why)) : refused("interrupt", this);
    }

    default Result<JobState> fail(String why) {
        return running() ? new Result.Done<>(new Failed(why)) : refused("fail", this);
    }

    private static Result<JobState> refused(String action, JobState state) {
        String where = switch (state) {
            case Queued queued -> "it is queued and has not run yet";
            case Running running -> "it is running";
            case Finished finished -> "it finished";
            case Terminated terminated -> "it was terminated";
            case Interrupted interrupted -> "it was interrupted (" + interrupted.reason() + ")";
            case Failed failed -> "it failed (" + failed.reason() + ")";
        };
        return new Result.Refused<>("cannot " + action + " this job: " + where);
    }
}
