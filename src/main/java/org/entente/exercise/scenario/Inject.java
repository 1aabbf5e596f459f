package org.entente.exercise.scenario;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One inject of a scenario: its id (unique in the scenario), when it arrives ({@code at}, an offset on the exercise's clock
 * from the scenario's world start), what the participants read ({@code title}, {@code text}), the sources it cites (ids of the
 * scenario's sources), what it expects of them (null: nothing), and its payload, which says its kind. A milestone expects
 * nothing: it is delivered to nobody.
 */
public record Inject(String id, Duration at, String title, String text, List<String> sources, Expectation expects, InjectPayload payload) {

    public Inject {
        if (id == null || !Scenario.ID.matcher(id).matches()) {
            throw new IllegalArgumentException("an inject's id is letters, digits, '_', '.', '-', at most 80, not '" + id + "'");
        }
        Objects.requireNonNull(at, "at");
        if (at.isNegative()) {
            throw new IllegalArgumentException("inject " + id + " arrives at a negative offset " + at);
        }
        if (title == null || title.isBlank() || text == null || text.isBlank()) {
            throw new IllegalArgumentException("inject " + id + " has a title and a text");
        }
        sources = List.copyOf(sources);
        Objects.requireNonNull(payload, "payload");
        if (payload instanceof InjectPayload.Milestone && expects != null) {
            throw new IllegalArgumentException("milestone " + id + " is delivered to nobody and expects nothing");
        }
    }

    public InjectKind kind() {
        return payload.kind();
    }

    /** What the inject expects of the participants, if anything ({@code none} is nothing). */
    public Optional<Expectation> expectation() {
        return Optional.ofNullable(expects).filter(expectation -> expectation.action() != Expectation.Action.NONE);
    }

    /** The id of the earlier inject its payload names, if any: the request a sitrep reports on, the sitrep a revision revises. */
    public Optional<String> refersTo() {
        return switch (payload) {
            case InjectPayload.Sitrep sitrep -> Optional.of(sitrep.request());
            case InjectPayload.SourceRevises revision -> Optional.of(revision.sitrep());
            default -> Optional.empty();
        };
    }

    /** Whether the participants receive it: every inject but a milestone. */
    public boolean isDelivered() {
        return !(payload instanceof InjectPayload.Milestone);
    }
}
