package org.entente.command;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A command or query refused for a reason its caller can act on: the input is malformed, the record is
 * not there, the actor may not, the record changed or its lifecycle forbids it, a policy or a bound
 * refuses the values, or the caller must wait. A refusal is a domain outcome, not a bug: services
 * throw it and know nothing of HTTP; the one exception handler of the web module answers it as an
 * RFC 9457 problem whose status is its {@link Reason}'s, naming the offending fields.
 */
public final class Refusal extends RuntimeException {

    /** Why a command was refused; each is answered with one HTTP status. */
    public enum Reason {
        /** The input is not of the form the command reads (400). */
        INVALID,
        /** The actor may not do this (403). */
        FORBIDDEN,
        /** The record named is not there (404). */
        NOT_FOUND,
        /** The record changed since the caller read it, or its lifecycle forbids the command (409). */
        CONFLICT,
        /** Well-formed values that a bound or a named policy of the domain refuses (422). */
        UNPROCESSABLE,
        /** Too many attempts: the caller may try again after {@link #retryAfter()} (429). */
        THROTTLED
    }

    /** One offending field (a parameter, or a JSON path into a submitted document) and what is wrong with it. */
    public record FieldError(String field, String message) {
        public FieldError {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(message, "message");
        }
    }

    private final Reason reason;
    private final String title;
    private final List<FieldError> errors;
    private final Duration retryAfter;
    private final Integer currentVersion;

    private Refusal(Reason reason, String title, String detail, List<FieldError> errors, Duration retryAfter, Integer currentVersion) {
        super(Objects.requireNonNull(detail, "detail"), null, false, false);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.title = Objects.requireNonNull(title, "title");
        this.errors = List.copyOf(errors);
        this.retryAfter = retryAfter;
        this.currentVersion = currentVersion;
    }

    /** A refusal for {@code reason}, titled {@code title} (e.g. "Refused by policy"), with its detail and offending fields. */
    public static Refusal of(Reason reason, String title, String detail, List<FieldError> errors) {
        if (reason == Reason.THROTTLED) {
            throw new IllegalArgumentException("a throttled refusal says when to try again: use throttled(...)");
        }
        return new Refusal(reason, title, detail, errors, null, null);
    }

    /** The input {@code field} is not of a form the command reads (400). */
    public static Refusal invalid(String field, String message) {
        return of(Reason.INVALID, "Invalid request", message, List.of(new FieldError(field, message)));
    }

    /** Nothing is recorded under {@code field}'s value (404). */
    public static Refusal notFound(String field, String message) {
        return of(Reason.NOT_FOUND, "Not found", message, List.of(new FieldError(field, message)));
    }

    /** The actor may not do this (403). */
    public static Refusal forbidden(String detail, List<FieldError> errors) {
        return of(Reason.FORBIDDEN, "Forbidden", detail, errors);
    }

    /** The record changed since it was read, or its lifecycle forbids the command (409). */
    public static Refusal conflict(String detail, List<FieldError> errors) {
        return of(Reason.CONFLICT, "Conflict", detail, errors);
    }

    /** A well-formed value of {@code field} outside the bounds it has in the domain (422). */
    public static Refusal outOfBounds(String field, String message) {
        return of(Reason.UNPROCESSABLE, "Out of bounds", message, List.of(new FieldError(field, message)));
    }

    /**
     * The change was made from {@code version} of {@code record} (e.g. "pledge 12"), which is now at
     * {@code current} (409): the caller reads it again and applies the change to it.
     */
    public static Refusal stale(String record, int current, int version) {
        return new Refusal(Reason.CONFLICT, "Stale version", record + " is at version " + current + ", and the change was made from version "
                + version + ": read it again and apply the change to it",
                List.of(new FieldError("version", record + " is at version " + current)), null, current);
    }

    /** Too many attempts: try again after {@code retryAfter} (429). */
    public static Refusal throttled(String detail, Duration retryAfter) {
        if (retryAfter == null || retryAfter.isNegative()) {
            throw new IllegalArgumentException("a throttled refusal says when to try again, not " + retryAfter);
        }
        return new Refusal(Reason.THROTTLED, "Too many attempts", detail, List.of(), retryAfter, null);
    }

    public Reason reason() {
        return reason;
    }

    public String title() {
        return title;
    }

    /** What was wrong, in a sentence for the reader (the problem's {@code detail}). */
    public String detail() {
        return getMessage();
    }

    /** The version the record is at, for a refusal of a change made from a stale version ({@link #stale}). */
    public OptionalInt currentVersion() {
        return currentVersion == null ? OptionalInt.empty() : OptionalInt.of(currentVersion);
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** How long the caller should wait before trying again, for a throttled refusal. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
