package org.entente.exercise.internal;

import org.entente.command.Refusal;
import org.entente.register.Exercise;
import org.entente.register.OrganizationCode;

/** What the API submits to create an exercise, checked once: a missing or malformed field is a problem that names it (400). */
final class ExerciseForms {

    private ExerciseForms() {
    }

    /** An exercise to create: its title, and the code its director names (null: the organization's next {@code <code>-X<n>}). */
    record Creation(String title, OrganizationCode code) {
    }

    static Creation creation(String title, String code) {
        String stripped = title == null ? null : title.strip();
        Exercise.whyNotATitle(stripped).ifPresent(why -> {
            throw Refusal.invalid("title", why);
        });
        if (code == null) {
            return new Creation(stripped, null);
        }
        OrganizationCode.whyNot(code).ifPresent(why -> {
            throw Refusal.invalid("code", why);
        });
        return new Creation(stripped, OrganizationCode.of(code));
    }
}
