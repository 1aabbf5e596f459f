package org.entente.home;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.entente.register.Coded;

/**
 * One thing that awaits a person's action: what (its kind), in which organization, on which record ({@code ref}: a request's
 * id, a pledge's number) named how ({@code subject}: a request's id, a pledged unit's designation), for which state where it is a state's (a vote, a pledge; null otherwise) with the state's names by language, the
 * address of the page where they act, and since when it has waited.
 */
public record Awaiting(Kind kind, String organization, String ref, String subject, String state, Map<String, String> stateNames, String path, Instant since) {

    /** What awaits, and who acts on it. */
    public enum Kind implements Coded {
        /** A council representative's vote for their state in an open session. */
        VOTE,
        /** The secretariat's closing of a session whose votes are all in, or whose rule has already decided. */
        SESSION_TO_CLOSE,
        /** The secretariat's convening of the council on a request filed and not yet before it. */
        REQUEST_TO_CONVENE,
        /** The secretariat's verification of a pledge on the bottom rung of the readiness ladder. */
        PLEDGE_TO_VERIFY
    }

    public Awaiting {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(since, "since");
        stateNames = stateNames == null ? Map.of() : Map.copyOf(stateNames);
    }

    /** How long it has waited at {@code now} (none where {@code now} is earlier). */
    public Duration waited(Instant now) {
        Duration waited = Duration.between(since, now);
        return waited.isNegative() ? Duration.ZERO : waited;
    }

    /** The state's name in {@code language}, else its code; null where the item is no state's. */
    public String stateName(String language) {
        return state == null ? null : stateNames.getOrDefault(language, state);
    }
}
