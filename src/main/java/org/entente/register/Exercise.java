package org.entente.register;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An exercise of the organization {@code of}: a sandbox organization registered under its own {@code code}, made by
 * copying {@code of}'s record, in which the crisis cycle runs as it would for real while nothing of it counts in the
 * real record. Its {@code title} names it for its participants; its {@code state} says whether it runs.
 */
public record Exercise(OrganizationCode code, OrganizationCode of, String title, ExerciseState state, Instant createdAt, String createdBy) {

    /** The longest title, in characters. */
    public static final int MAX_TITLE_LENGTH = 200;

    public Exercise {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(of, "of");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(createdBy, "createdBy");
        if (code.equals(of)) {
            throw new IllegalArgumentException("an exercise has a code of its own, not its organization's " + of);
        }
        whyNotATitle(title).ifPresent(why -> {
            throw new IllegalArgumentException(why);
        });
    }

    /** A new exercise, running. */
    public static Exercise start(OrganizationCode code, OrganizationCode of, String title, Instant at, String by) {
        return new Exercise(code, of, title, ExerciseState.RUNNING, at, by);
    }

    /** Why {@code title} is no exercise's title (one line of 1 to 200 characters, not blank); empty where it is one. */
    public static Optional<String> whyNotATitle(String title) {
        if (title == null || title.isBlank()) {
            return Optional.of("an exercise has a title: one line of 1 to " + MAX_TITLE_LENGTH + " characters");
        }
        if (title.length() > MAX_TITLE_LENGTH) {
            return Optional.of("the title is at most " + MAX_TITLE_LENGTH + " characters, not " + title.length());
        }
        if (title.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("the title is one line, without control characters");
        }
        return Optional.empty();
    }

    /**
     * The code the {@code n}th exercise of {@code organization} takes unless its director names one: {@code <organization>-X<n>}
     * ({@code CSTO-X1}), where that fits an organization code's 16 characters; empty where it does not.
     */
    public static Optional<OrganizationCode> codeFor(OrganizationCode organization, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("exercises are counted from 1, not " + n);
        }
        String code = organization.value() + "-X" + n;
        return OrganizationCode.isValid(code) ? Optional.of(OrganizationCode.of(code)) : Optional.empty();
    }

    /** The exercise as it stands after a transition of its state. */
    public Exercise in(ExerciseState next) {
        return new Exercise(code, of, title, next, createdAt, createdBy);
    }
}
