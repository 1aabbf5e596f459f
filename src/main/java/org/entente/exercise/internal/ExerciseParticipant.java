package org.entente.exercise.internal;

import java.time.Instant;
import java.util.Objects;
import org.entente.access.RoleGrant;

/**
 * One person's part in an exercise: the role they were granted there ({@code grant}, in the exercise's code), from when and by
 * whom, until when and by whom it was removed (both null while it lasts). The record of who took part when; the grant itself
 * is what makes the role work, and is taken back when the participation is removed.
 */
record ExerciseParticipant(long id, String username, RoleGrant grant, Instant addedAt, String addedBy, Instant removedAt, String removedBy) {

    ExerciseParticipant {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(grant, "grant");
        Objects.requireNonNull(addedAt, "addedAt");
        Objects.requireNonNull(addedBy, "addedBy");
        if ((removedAt == null) != (removedBy == null)) {
            throw new IllegalArgumentException("a removal has both its instant and its author, or neither");
        }
        if (removedAt != null && removedAt.isBefore(addedAt)) {
            throw new IllegalArgumentException("a participation is removed after it was added, not at " + removedAt);
        }
    }

    /** Whether it lasts: not removed. */
    boolean current() {
        return removedAt == null;
    }

    /** Whether it is {@code username}'s part as {@code grant}. */
    boolean is(String username, RoleGrant grant) {
        return this.username.equals(username) && this.grant.equals(grant);
    }
}
