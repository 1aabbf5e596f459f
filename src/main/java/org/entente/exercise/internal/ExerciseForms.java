package org.entente.exercise.internal;

import org.entente.access.Role;
import org.entente.access.RoleGrant;
import org.entente.command.Refusal;
import org.entente.register.Coded;
import org.entente.register.Exercise;
import org.entente.register.OrganizationCode;
import org.entente.register.StateCode;

/** What the API submits to create an exercise or set its participants, checked once: a missing or malformed field is a problem that names it (400). */
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

    /** A participant to add, or one to remove: the account, the role, and for a state-bound role the member state. */
    record Participation(String username, Role role, StateCode state) {

        /** The grant the participation makes in {@code exercise}. */
        RoleGrant grantIn(OrganizationCode exercise) {
            return new RoleGrant(role, exercise, state);
        }
    }

    /**
     * A participation as submitted: a username, a role's code, and a state where the role acts for one (and none where it
     * does not); 400 naming the field otherwise.
     */
    static Participation participation(String username, String role, String state) {
        if (username == null || username.isBlank()) {
            throw Refusal.invalid("username", "name the account of the person who takes part");
        }
        Role parsed = Coded.parse(Role.class, "role", role);
        if (parsed.actsForAState() && state == null) {
            throw Refusal.invalid("state", "a " + parsed.code() + " acts for one member state: name it");
        }
        if (!parsed.actsForAState() && state != null) {
            throw Refusal.invalid("state", "a " + parsed.code() + " acts for the organization, not for a state: name none");
        }
        return new Participation(username.strip(), parsed, state == null ? null : StateCode.parse("state", state));
    }
}
