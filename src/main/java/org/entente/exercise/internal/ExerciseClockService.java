package org.entente.exercise.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.entente.access.Actor;
import org.entente.access.Role;
import org.entente.audit.AuditedCommands;
import org.entente.audit.AuditedCommands.Changed;
import org.entente.command.Refusal;
import org.entente.exercise.ExerciseClock;
import org.entente.register.Exercise;
import org.entente.register.ExerciseState;
import org.entente.register.Exercises;
import org.entente.register.OrganizationCode;
import org.springframework.stereotype.Service;

/**
 * Reads and sets exercises' world clocks. The exercise's secretariat sets its clock while it runs: the world instant it is at
 * and its speed (0 pauses it); each setting is one audited change of the exercise ({@code exercise.clock}), kept as a segment of
 * its clock's history, never overwriting one before.
 */
@Service
class ExerciseClockService {

    private final Exercises exercises;
    private final JdbcExerciseClocks clocks;
    private final AuditedCommands commands;
    private final Clock clock;
    private final NamedExercises named;

    ExerciseClockService(Exercises exercises, JdbcExerciseClocks clocks, AuditedCommands commands, Clock clock, NamedExercises named) {
        this.exercises = exercises;
        this.clocks = clocks;
        this.commands = commands;
        this.clock = clock;
        this.named = named;
    }

    /** An exercise and its clock, as read at a real instant. */
    record Reading(Exercise exercise, ExerciseClock clock, Instant at) {
    }

    /** The clock of the exercise {@code code} names, read now; 404 naming {@code organization} for no organization, 422 for a real one. */
    Reading clockOf(String code) {
        return clockOf(exercise(code));
    }

    /** The clock of {@code exercise}, read now. */
    Reading clockOf(Exercise exercise) {
        return new Reading(exercise, clocks.of(exercise.code()), clock.instant());
    }

    /**
     * Sets the clock of the exercise {@code code} names, for its secretariat, to {@code setting}'s world instant and speed (each,
     * where not given, as the clock is at now); refused where the exercise no longer runs (409).
     */
    Reading set(String code, Actor actor, ExerciseClockForms.Setting setting) {
        Exercise exercise = exercise(code);
        if (!actor.holds(Role.SECRETARIAT, exercise.code(), null)) {
            throw Refusal.forbidden("the clock of the exercise " + exercise.code() + " is set by its secretariat", List.of());
        }
        ExerciseClock set = commands.change(new AuditedCommands.Author(actor.name(), actor.rolesIn(exercise.code()), exercise.code().value()),
                "exercise.clock", records(exercise.code(), actor.name()), exercise.code(), null, (before, now) -> {
                    Instant world = setting.world() != null ? setting.world() : before.worldAt(now);
                    double speed = setting.speed() != null ? setting.speed() : before.speedAt(now);
                    return Changed.of(before.set(now, world, speed), AuditedCommands.details("world", world.toString(), "speed", speed));
                });
        return new Reading(exercise, set, set.segments().getLast().realFrom());
    }

    private Exercise exercise(String code) {
        return named.named(code, "only an exercise has a clock of its own");
    }

    /**
     * The clock of the exercise {@code code}, changed as the exercise it belongs to ({@code exercise:CSTO-X1}) by {@code by}; its
     * version is the number of its settings.
     */
    private AuditedCommands.Records<OrganizationCode, ExerciseClock> records(OrganizationCode code, String by) {
        return new AuditedCommands.Records<>() {
            @Override
            public String kind() {
                return "exercise";
            }

            @Override
            public Object id(ExerciseClock record) {
                return code.value();
            }

            @Override
            public Optional<ExerciseClock> lock(OrganizationCode key) {
                // The exercise's row, locked until the transaction ends: settings come one after the other, and none after its closing.
                Exercise exercise = exercises.lock(key).orElseThrow(() -> missing(key));
                if (!(exercise.state() instanceof ExerciseState.Running)) {
                    String message = "the exercise " + exercise.code() + " is " + exercise.state().status().code() + ": its clock stands where it stopped";
                    throw Refusal.conflict(message, List.of(new Refusal.FieldError("status", message)));
                }
                return Optional.of(clocks.of(key));
            }

            @Override
            public Refusal missing(OrganizationCode key) {
                return Refusal.notFound("organization", "'" + key + "' is no exercise");
            }

            @Override
            public int version(ExerciseClock record) {
                return record.segments().size();
            }

            @Override
            public boolean save(ExerciseClock before, ExerciseClock after) {
                return clocks.append(code, before, after, by);
            }

            @Override
            public Instant recordedAfter(ExerciseClock record) {
                return record.segments().isEmpty() ? null : record.segments().getLast().realFrom();
            }
        };
    }
}
