package org.entente.exercise.internal;

import java.time.Clock;
import org.entente.command.Refusal;
import org.entente.register.Exercise;
import org.entente.register.Exercises;
import org.entente.register.OrganizationCode;
import org.entente.register.Register;
import org.springframework.stereotype.Component;

/**
 * The exercise an address's {@code {organization}} names, as every endpoint under an exercise's own address reads it: 404 naming
 * {@code organization} where no organization is registered under the code, 422 naming it where the organization is a real one.
 */
@Component
class NamedExercises {

    private final Register register;
    private final Exercises exercises;
    private final Clock clock;

    NamedExercises(Register register, Exercises exercises, Clock clock) {
        this.register = register;
        this.exercises = exercises;
        this.clock = clock;
    }

    /** The exercise {@code code} names; {@code onlyInExercises} says why a real organization is refused ("injects arrive in exercises only"). */
    Exercise named(String code, String onlyInExercises) {
        OrganizationCode organization = organization(code);
        return exercises.of(organization).orElseThrow(() -> noExercise(organization, onlyInExercises));
    }

    /** As {@link #named}, its row locked until the transaction ends. */
    Exercise locked(String code, String onlyInExercises) {
        OrganizationCode organization = organization(code);
        return exercises.lock(organization).orElseThrow(() -> noExercise(organization, onlyInExercises));
    }

    private OrganizationCode organization(String code) {
        return register.organizationNamed("organization", code, clock.instant()).code();
    }

    private static Refusal noExercise(OrganizationCode organization, String onlyInExercises) {
        return Refusal.outOfBounds("organization", organization + " is no exercise: " + onlyInExercises);
    }
}
