package org.entente.exercise.internal;

import org.entente.access.Role;
import org.entente.access.RoleGrant;
import org.entente.command.Refusal;
import org.entente.exercise.ExerciseClock;
import org.entente.register.Coded;
import org.entente.register.Exercise;
import org.entente.register.OrganizationCode;
import org.entente.register.StateCode;

/** What the API submits to create an exercise or set its participants, checked once: a missing or malformed field is a problem that names it (400). */
final class ExerciseForms {

    private ExerciseForms() {
    }

    /**
     * An exercise to create: its title, the code its director names (null: the organization's next {@code <code>-X<n>}), the scenario
     * of the organization's library it runs (null: none) and the speed its clock starts at (null: the scenario's).
     */
    record Creation(String title, OrganizationCode code, String scenario, Double speed) {
    }

    static Creation creation(String title, String code) {
        return creation(title, code, null, null);
    }

    /** An exercise to create, checked: 400 naming {@code title}, {@code code}, {@code speed} (a clock's speed) or {@code scenario} (a speed without one). */
    static Creation creation(String title, String code, String scenario, Double speed) {
        String stripped = title == null ? null : title.strip();
        Exercise.whyNotATitle(stripped).ifPresent(why -> {
            throw Refusal.invalid("title", why);
        });
        if (speed != null) {
            if (scenario == null) {
                throw Refusal.invalid("speed", "a speed is given to an exercise that runs a scenario: name the scenario too");
            }
            ExerciseClock.whyNotASpeed(speed).ifPresent(why -> {
                throw Refusal.invalid("speed", why);
            });
        }
        String named = scenario == null ? null : scenario.strip();
        if (code == null) {
            return new Creation(stripped, null, named, speed);
        }
        OrganizationCode.whyNot(code).ifPresent(why -> {
            throw Refusal.invalid("code", why);
        });
        return new Creation(stripped, OrganizationCode.of(code), named, speed);
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
