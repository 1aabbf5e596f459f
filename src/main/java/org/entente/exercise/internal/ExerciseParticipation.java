package org.entente.exercise.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.entente.access.Actor;
import org.entente.access.Grants;
import org.entente.access.People;
import org.entente.access.Role;
import org.entente.access.RoleGrant;
import org.entente.command.Refusal;
import org.entente.register.Exercise;
import org.entente.register.ExerciseState;
import org.entente.register.Exercises;
import org.entente.register.OrganizationCode;
import org.entente.register.Register;
import org.entente.register.StateStanding;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who takes part in an exercise, and in which role, set by its secretariat: each participation is a row of the record of who took
 * part when ({@link JdbcExerciseParticipants}) and the role grant in the exercise's code that makes the role work ({@link Grants}:
 * audited {@code account.grant} and {@code account.revoke}, in the exercise's organization), written together in one transaction
 * under the lock of the exercise's row. A role in an exercise grants nothing in the real record: every check matches the exact
 * organization, and the access table's rows that name none take no role held in an exercise.
 */
@Service
class ExerciseParticipation {

    private final Register register;
    private final People people;
    private final Grants grants;
    private final JdbcExerciseParticipants participants;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final NamedExercises named;

    private static final String PARTICIPANTS_ONLY_IN_EXERCISES = "participants are set in exercises only (the roles of a real organization are its accounts')";

    ExerciseParticipation(Register register, People people, Grants grants, JdbcExerciseParticipants participants,
                          TransactionTemplate transaction, Clock clock, NamedExercises named) {
        this.register = register;
        this.people = people;
        this.grants = grants;
        this.participants = participants;
        this.transaction = transaction;
        this.clock = clock;
        this.named = named;
    }

    /** Whether {@code actor} reads the exercise and its participants: its secretariat and observers, and those of its organization. */
    static boolean reads(Actor actor, Exercise exercise) {
        return List.of(exercise.code(), exercise.of()).stream()
                .anyMatch(organization -> actor.holds(Role.SECRETARIAT, organization, null) || actor.holds(Role.OBSERVER, organization, null));
    }

    /** Everyone who takes part in the exercise {@code code} names and who took part before, in the order they were added. */
    List<ExerciseParticipant> participants(String code, Actor actor) {
        Exercise exercise = named.named(code, PARTICIPANTS_ONLY_IN_EXERCISES);
        if (!reads(actor, exercise)) {
            throw Refusal.forbidden("the participants of " + exercise.code() + " are read by the secretariat and observers of the exercise and of "
                    + exercise.of(), List.of());
        }
        return participants.of(exercise.code());
    }

    /**
     * Adds a participant to the exercise {@code code} names, for its secretariat while it runs: the person has an account (422 naming
     * {@code username}), a state-bound role acts for a member of the exercise's record (422 naming {@code state}), and the
     * person does not hold the role there already (409).
     */
    ExerciseParticipant add(String code, Actor actor, ExerciseForms.Participation participation) {
        return transaction.execute(status -> {
            Exercise exercise = runningFor(code, actor, "adds participants");
            if (people.actor(participation.username()).isEmpty()) {
                throw Refusal.outOfBounds("username", "no account '" + participation.username() + "': a participant signs in with an account of their own");
            }
            RoleGrant grant = participation.grantIn(exercise.code());
            if (grant.state() != null) {
                LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
                boolean member = register.membership(exercise.code(), clock.instant()).standingsOn(today).stream()
                        .filter(standing -> standing.standing().isMembership()).map(StateStanding::state).anyMatch(grant.state()::equals);
                if (!member) {
                    throw Refusal.outOfBounds("state", grant.state() + " is no member of " + exercise.code() + "'s record today: a " + grant.role().code()
                            + " acts for a member state");
                }
            }
            Instant now = clock.instant();
            if (participants.current(exercise.code()).stream().anyMatch(taking -> taking.is(participation.username(), grant))) {
                throw held(participation.username(), grant);
            }
            participants.add(participation.username(), grant, now, actor.name());
            if (!grants.grant(participation.username(), grant, actor.name(), actor.rolesIn(exercise.code()))) {
                throw held(participation.username(), grant); // granted outside the exercise's participants: nothing is written
            }
            return participants.current(exercise.code()).stream().filter(taking -> taking.is(participation.username(), grant)).findFirst().orElseThrow();
        });
    }

    /**
     * Records the creator of a new exercise as its first participant, its secretariat, in the creation's transaction (the grant audited
     * {@code account.grant}, in the exercise's organization, by the creator acting as {@code role}).
     */
    void addCreator(Exercise exercise, Actor creator, String role) {
        RoleGrant grant = RoleGrant.of(Role.SECRETARIAT, exercise.code().value());
        participants.add(creator.name(), grant, exercise.createdAt(), creator.name());
        grants.grant(creator.name(), grant, creator.name(), role);
    }

    /**
     * Removes a current participant of the exercise {@code code} names, for its secretariat while it runs: the participation is marked
     * removed and its grant taken back (404 where the person does not take part in that role; 409 for the last secretariat, who
     * stays until the exercise is closed).
     */
    ExerciseParticipant remove(String code, Actor actor, ExerciseForms.Participation participation) {
        return transaction.execute(status -> {
            Exercise exercise = runningFor(code, actor, "removes participants");
            RoleGrant grant = participation.grantIn(exercise.code());
            List<ExerciseParticipant> current = participants.current(exercise.code());
            ExerciseParticipant removed = current.stream().filter(taking -> taking.is(participation.username(), grant)).findFirst()
                    .orElseThrow(() -> Refusal.notFound("username", "'" + participation.username() + "' does not take part in " + exercise.code()
                            + " as " + grant.authority()));
            if (grant.role() == Role.SECRETARIAT && current.stream().filter(taking -> taking.grant().role() == Role.SECRETARIAT).count() == 1) {
                throw Refusal.conflict("'" + participation.username() + "' is the last secretariat of " + exercise.code()
                        + ": the exercise keeps one until it is closed", List.of(new Refusal.FieldError("username", "the last secretariat")));
            }
            Instant now = clock.instant();
            String role = actor.rolesIn(exercise.code());
            participants.remove(removed, now, actor.name());
            grants.revoke(removed.username(), removed.grant(), actor.name(), role);
            return participants.of(exercise.code()).stream().filter(taking -> taking.id() == removed.id()).findFirst().orElseThrow();
        });
    }

    /**
     * Removes everyone from {@code exercise}, in the caller's transaction (closing it): every current participation is marked removed
     * and its grant taken back, and so is any other grant held in the exercise's code, each audited {@code account.revoke} by
     * {@code actor} acting as {@code role} (which names each). How many roles were taken back.
     */
    int removeEveryone(OrganizationCode exercise, String actor, String role, Instant now) {
        for (ExerciseParticipant participant : participants.current(exercise)) {
            participants.remove(participant, now, actor);
        }
        List<Grants.Held> held = grants.heldIn(exercise);
        held.forEach(grant -> grants.revoke(grant.username(), grant.grant(), actor, role));
        return held.size();
    }

    private Exercise runningFor(String code, Actor actor, String what) {
        Exercise exercise = named.locked(code, PARTICIPANTS_ONLY_IN_EXERCISES);
        if (!actor.holds(Role.SECRETARIAT, exercise.code(), null)) {
            throw Refusal.forbidden("the secretariat of " + exercise.code() + " " + what, List.of());
        }
        if (!(exercise.state() instanceof ExerciseState.Running)) {
            throw Refusal.conflict(exercise.code() + " is " + exercise.state().status().code() + ": its participants are no longer set", List.of());
        }
        return exercise;
    }

    private static Refusal held(String username, RoleGrant grant) {
        String message = "'" + username + "' holds " + grant.authority() + " already";
        return Refusal.conflict(message, List.of(new Refusal.FieldError("username", message)));
    }
}
