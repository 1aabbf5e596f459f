package org.entente.access.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.entente.access.RoleGrant;
import org.entente.register.Exercise;
import org.entente.register.ExerciseState;
import org.entente.register.Exercises;
import org.entente.register.OrganizationCode;
import org.entente.web.ExerciseMarking;

/**
 * A person's role grants as their account lists them (the account page, {@code GET /api/v1/me}): the real record's first,
 * then those in exercises, each of which carries its exercise; otherwise in the order they were granted.
 */
final class ExerciseRoles {

    private ExerciseRoles() {
    }

    /** A role grant, and the exercise its organization is (null where it is a real organization). */
    record Held(RoleGrant grant, ExerciseMarking exercise) {

        public boolean inExercise() {
            return exercise != null;
        }
    }

    /**
     * The grants held, the real record's first; not the observer's role a person reads a closed exercise by, which no one holds
     * ({@link ClosedExerciseReaders}: no role is held in an exercise once it is closed).
     */
    static List<Held> realFirst(List<RoleGrant> grants, Exercises exercises) {
        Map<OrganizationCode, Exercise> among = exercises.among(grants.stream().map(RoleGrant::organization).toList());
        return grants.stream().filter(grant -> !among.containsKey(grant.organization()) || among.get(grant.organization()).state() instanceof ExerciseState.Running)
                .map(grant -> new Held(grant, marking(among.get(grant.organization()))))
                .sorted(Comparator.comparing(Held::inExercise)).toList();
    }

    private static ExerciseMarking marking(Exercise exercise) {
        return exercise == null ? null : new ExerciseMarking(exercise.code().value(), exercise.of().value(), exercise.title());
    }
}
