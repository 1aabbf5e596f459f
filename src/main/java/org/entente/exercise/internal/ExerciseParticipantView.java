package org.entente.exercise.internal;

import java.time.Instant;

/**
 * A participation in an exercise as the API answers it: who, in which role (and for which state), from when and by whom, until when and by
 * whom (null while it lasts), and whether it lasts.
 */
record ExerciseParticipantView(String username, String role, String state, String authority, boolean current, Instant addedAt, String addedBy,
                               Instant removedAt, String removedBy) {

    static ExerciseParticipantView of(ExerciseParticipant participant) {
        return new ExerciseParticipantView(participant.username(), participant.grant().role().code(),
                participant.grant().state() == null ? null : participant.grant().state().value(), participant.grant().authority(),
                participant.current(), participant.addedAt(), participant.addedBy(), participant.removedAt(), participant.removedBy());
    }
}
