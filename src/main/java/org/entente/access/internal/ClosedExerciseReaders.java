package org.entente.access.internal;

import java.util.List;
import org.entente.access.Role;
import org.entente.access.RoleGrant;
import org.entente.register.ExerciseState;
import org.entente.register.Exercises;
import org.springframework.stereotype.Component;

/**
 * Who reads a closed exercise (docs/exercises.md, "Closing and archiving"): closing takes back every role held in it, and its
 * record stays readable as an exercise by the secretariat and observers of its organization, as its observers: for each
 * organization whose secretariat or observer a person is, the observer's role in each of its exercises that is closed or
 * archived. Derived on each reading of the account, never stored: a running exercise is read by its participants only.
 */
@Component
class ClosedExerciseReaders {

    private final Exercises exercises;

    ClosedExerciseReaders(Exercises exercises) {
        this.exercises = exercises;
    }

    /** The grants a person holding {@code held} reads closed exercises by (none they hold already). */
    List<RoleGrant> readsBy(List<RoleGrant> held) {
        return held.stream().filter(grant -> grant.role() == Role.SECRETARIAT || grant.role() == Role.OBSERVER)
                .map(RoleGrant::organization).distinct()
                .flatMap(organization -> exercises.exercisesOf(organization).stream())
                .filter(exercise -> !(exercise.state() instanceof ExerciseState.Running))
                .map(exercise -> new RoleGrant(Role.OBSERVER, exercise.code(), null))
                .distinct().filter(grant -> !held.contains(grant)).toList();
    }
}
