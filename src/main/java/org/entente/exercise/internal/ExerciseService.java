package org.entente.exercise.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.entente.access.Actor;
import org.entente.access.Role;
import org.entente.audit.AuditedCommands;
import org.entente.audit.AuditedCommands.Changed;
import org.entente.command.Refusal;
import org.entente.command.Result;
import org.entente.dataset.DatasetDocument;
import org.entente.dataset.Datasets;
import org.entente.dataset.ImportOutcome;
import org.entente.dataset.Precondition;
import org.entente.exercise.ExerciseClock;
import org.entente.exercise.scenario.Scenario;
import org.entente.exercise.scenario.Scenarios;
import org.entente.forces.Pledges;
import org.entente.register.Exercise;
import org.entente.register.ExerciseState;
import org.entente.register.Exercises;
import org.entente.register.Organization;
import org.entente.register.OrganizationCode;
import org.entente.register.Register;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Creates an organization's exercises and lists them. Creating one copies the organization's record into a new organization
 * in one transaction ({@link AuditedCommands#create}): its dataset as it stands, exported, renamed and imported as the system
 * (no one holds a role in a code not yet registered), its current pledges, the exercise's row in the registry, the creator as its
 * first participant, its secretariat ({@link ExerciseParticipation}: the grant beside their other grants, audited {@code account.grant}), and
 * the audit entry {@code exercise.create}. Any refusal or failure on the way leaves nothing: no organization, no pledge, no grant, no entry.
 * It closes them (every participant removed, every grant in the exercise taken back) and archives them.
 */
@Service
class ExerciseService {

    private final Register register;
    private final Exercises exercises;
    private final Datasets datasets;
    private final Pledges pledges;
    private final ExerciseParticipation participation;
    private final AuditedCommands commands;
    private final Scenarios scenarios;
    private final JdbcExerciseScenarioRuns runs;
    private final JdbcExerciseClocks clocks;
    private final JsonMapper json;
    private final Clock clock;

    ExerciseService(Register register, Exercises exercises, Datasets datasets, Pledges pledges, ExerciseParticipation participation,
                    AuditedCommands commands, Scenarios scenarios, JdbcExerciseScenarioRuns runs, JdbcExerciseClocks clocks, JsonMapper json,
                    Clock clock) {
        this.scenarios = scenarios;
        this.runs = runs;
        this.clocks = clocks;
        this.register = register;
        this.exercises = exercises;
        this.datasets = datasets;
        this.pledges = pledges;
        this.participation = participation;
        this.commands = commands;
        this.json = json;
        this.clock = clock;
    }

    /** The exercises of the organization {@code code} names, the oldest first: for its secretariat and observers. */
    List<Exercise> exercisesOf(String code, Actor actor) {
        Organization organization = register.organizationNamed("organization", code, clock.instant());
        if (!actor.holds(Role.SECRETARIAT, organization.code(), null) && !actor.holds(Role.OBSERVER, organization.code(), null)) {
            throw Refusal.forbidden("the exercises of " + organization.code() + " are read by its secretariat and observers", List.of());
        }
        return exercises.exercisesOf(organization.code());
    }

    /**
     * Creates an exercise of the organization {@code code} names, for its secretariat: refused where that organization is itself an
     * exercise (422), where no code is named and the organization's next {@code <code>-X<n>} is longer than an organization code (422),
     * and where the code is registered already (409, also when that is found only at the end).
     */
    Exercise create(String code, Actor actor, ExerciseForms.Creation creation) {
        Organization parent = register.organizationNamed("organization", code, clock.instant());
        if (!actor.holds(Role.SECRETARIAT, parent.code(), null)) {
            throw Refusal.forbidden("the exercises of " + parent.code() + " are made by its secretariat", List.of());
        }
        Optional<Exercise> itself = exercises.of(parent.code());
        if (itself.isPresent()) {
            throw Refusal.outOfBounds("organization", parent.code() + " is an exercise (of " + itself.get().of()
                    + "): an exercise is made of a real organization, not of another exercise");
        }
        Optional<ScenarioChoice> chosen = Optional.ofNullable(creation.scenario()).map(name -> scenario(parent.code(), name, creation.speed()));
        OrganizationCode exerciseCode = creation.code() != null ? creation.code() : nextFreeCode(parent.code());
        if (register.organization(exerciseCode, clock.instant()).isPresent()) {
            throw taken(exerciseCode);
        }
        try {
            return commands.create(new AuditedCommands.Author(actor.name(), actor.rolesIn(parent.code()), parent.code().value()), "exercise.create",
                    records(), now -> {
                        DatasetDocument record = datasets.export(parent.code().value(), now).orElseThrow().document();
                        DatasetDocument asItStood = chosen.map(choice -> ExerciseCopy.cutAt(record, choice.scenario().world())).orElse(record);
                        DatasetDocument copy = ExerciseCopy.of(asItStood, exerciseCode, creation.title());
                        String version = switch (datasets.importDocument(json.writeValueAsBytes(copy), Actor.SYSTEM, Precondition.NOT_YET_REGISTERED)) {
                            case ImportOutcome.Imported imported -> imported.version();
                            case ImportOutcome.Stale stale -> throw taken(exerciseCode);
                            case ImportOutcome.Refused refused -> throw new IllegalStateException("the system may import any record, yet " + refused);
                            case ImportOutcome.Rejected rejected -> throw new IllegalStateException("the copy of " + parent.code()
                                    + "'s record does not import: " + rejected.errors());
                        };
                        List<Pledges.Copied> copied = pledges.copy(parent.code(), exerciseCode, actor.name(), now);
                        Exercise exercise = Exercise.start(exerciseCode, parent.code(), creation.title(), now, actor.name());
                        exercises.add(exercise);
                        chosen.ifPresent(choice -> {
                            clocks.append(exerciseCode, ExerciseClock.REAL, ExerciseClock.REAL.set(now, choice.scenario().world(), choice.speed()), actor.name());
                            runs.add(new ExerciseScenarioRun(exerciseCode, choice.scenario().name(), choice.version(), choice.scenario().world(),
                                    choice.speed(), now, actor.name()));
                        });
                        boolean director = actor instanceof Actor.Person;
                        if (director) {
                            participation.addCreator(exercise, actor, actor.rolesIn(parent.code()));
                        }
                        var details = AuditedCommands.details("code", exerciseCode.value(), "of", parent.code().value(),
                                "title", creation.title(), "recordVersion", version, "pledgesCopied", copied.stream().collect(java.util.stream.Collectors.toMap(c -> String.valueOf(c.original()), Pledges.Copied::copy,
                                        (a, b) -> a, java.util.TreeMap::new)),
                                "secretariat", director ? actor.name() : null);
                        chosen.ifPresent(choice -> details.putAll(AuditedCommands.details("scenario", choice.scenario().name(),
                                "scenarioVersion", choice.version(), "world", choice.scenario().world().toString(), "speed", choice.speed())));
                        return Changed.of(exercise, details);
                    });
        } catch (DuplicateKeyException clash) {
            throw taken(exerciseCode);
        }
    }

    /** A scenario of the organization's library chosen for an exercise: its newest version, and the speed its clock starts at. */
    private record ScenarioChoice(Scenario scenario, int version, double speed) {
    }

    /**
     * The newest version of the scenario {@code name} in the library of {@code organization}, and its clock's speed ({@code speed}, or else
     * the scenario's): 422 naming {@code scenario} where the library holds none of that name.
     */
    private ScenarioChoice scenario(OrganizationCode organization, String name, Double speed) {
        // The version first, then that version's scenario: an import between the two reads changes neither.
        int version = scenarios.newestVersion(organization, name)
                .orElseThrow(() -> Refusal.outOfBounds("scenario", "the library of " + organization + " holds no scenario '" + name + "'"));
        Scenario scenario = scenarios.scenario(organization, name, version).orElseThrow();
        // A given speed was checked with the form; a scenario's is never faster than an exercise's clock runs (Scenario.MAX_SPEED).
        return new ScenarioChoice(scenario, version, speed != null ? speed : scenario.speed());
    }

    /** The scenario the exercise runs, if it was made for one. */
    Optional<ExerciseScenarioRun> scenarioOf(Exercise exercise) {
        return runs.of(exercise.code());
    }

    /** The exercise {@code exercise} of the organization {@code code} names: for the secretariat and observers of either. */
    Exercise exercise(String code, String exercise, Actor actor) {
        Exercise found = exerciseOf(code, exercise);
        if (!ExerciseParticipation.reads(actor, found)) {
            throw Refusal.forbidden(found.code() + " is read by the secretariat and observers of the exercise and of " + found.of(), List.of());
        }
        return found;
    }

    /**
     * Closes the exercise {@code exercise} of the organization {@code code} names, for the secretariat of either, while it runs (409
     * otherwise): in one transaction its state moves to closed, everyone who takes part is removed and every grant in the exercise
     * taken back (each audited {@code account.revoke}), and the audit entry {@code exercise.close}. Its data stays readable as an exercise's;
     * no one acts in it any more.
     */
    Exercise close(String code, String exercise, Actor actor) {
        Exercise before = exerciseOf(code, exercise);
        AuditedCommands.Author author = director(actor, before, "closed");
        return commands.change(author, "exercise.close", records(), before.code(), null, (locked, now) -> {
            Exercise closed = locked.in(done(locked.state().close(now)));
            int revoked = participation.removeEveryone(locked.code(), actor.name(), author.role(), now);
            return Changed.of(closed, AuditedCommands.details("code", locked.code().value(), "closedAt", now.toString(), "rolesRevoked", revoked));
        });
    }

    /** Archives the closed exercise {@code exercise} of the organization {@code code} names, for the secretariat of either (409 unless closed); audited {@code exercise.archive}. */
    Exercise archive(String code, String exercise, Actor actor) {
        Exercise before = exerciseOf(code, exercise);
        return commands.change(director(actor, before, "archived"), "exercise.archive", records(), before.code(), null,
                (locked, now) -> Changed.of(locked.in(done(locked.state().archive())), AuditedCommands.details("code", locked.code().value())));
    }

    /** The exercise registered under {@code exercise} as one of the organization {@code code} names; 404 naming {@code exercise} otherwise. */
    private Exercise exerciseOf(String code, String exercise) {
        Organization parent = register.organizationNamed("organization", code, clock.instant());
        return Optional.ofNullable(OrganizationCode.isValid(exercise) ? OrganizationCode.of(exercise) : null)
                .flatMap(exercises::of)
                .filter(found -> found.of().equals(parent.code()))
                .orElseThrow(() -> Refusal.notFound("exercise", "no exercise '" + exercise + "' of " + parent.code()));
    }

    /**
     * Who closes or archives an exercise, as its audit entry names them: the secretariat of its organization, in the organization's trail,
     * or else the exercise's own secretariat, in the exercise's; refused to anyone else.
     */
    private static AuditedCommands.Author director(Actor actor, Exercise exercise, String what) {
        for (OrganizationCode organization : List.of(exercise.of(), exercise.code())) {
            if (actor.holds(Role.SECRETARIAT, organization, null)) {
                return new AuditedCommands.Author(actor.name(), actor.rolesIn(organization), organization.value());
            }
        }
        throw Refusal.forbidden(exercise.code() + " is " + what + " by the secretariat of " + exercise.of() + " or of the exercise", List.of());
    }

    private static ExerciseState done(Result<ExerciseState> result) {
        return switch (result) {
            case Result.Done<ExerciseState> done -> done.value();
            case Result.Refused<ExerciseState> refused -> throw Refusal.conflict(refused.reason(), List.of(new Refusal.FieldError("status", refused.reason())));
        };
    }

    /**
     * The organization's next free {@code <code>-X<n>}: n one more than its exercises so far, and on past a code registered already (a
     * named exercise's, or an organization's); refused where it is longer than an organization code.
     */
    private OrganizationCode nextFreeCode(OrganizationCode parent) {
        for (int number = exercises.exercisesOf(parent).size() + 1; ; number++) {
            int n = number;
            OrganizationCode code = Exercise.codeFor(parent, n).orElseThrow(() -> Refusal.outOfBounds("code", "the next exercise of " + parent
                    + " would be " + parent + "-X" + n + ", longer than an organization code's 16 characters: name its code"));
            if (register.organization(code, clock.instant()).isEmpty() && exercises.of(code).isEmpty()) {
                return code;
            }
        }
    }

    private static Refusal taken(OrganizationCode code) {
        String message = "'" + code + "' is registered already, as an organization or an exercise: name another code";
        return Refusal.conflict(message, List.of(new Refusal.FieldError("code", message)));
    }

    /** The exercises as the audit trail names them ({@code exercise:CSTO-X1}): created, closed and archived. */
    private AuditedCommands.Records<OrganizationCode, Exercise> records() {
        return new AuditedCommands.Records<>() {
            @Override
            public String kind() {
                return "exercise";
            }

            @Override
            public Object id(Exercise exercise) {
                return exercise.code().value();
            }

            @Override
            public Optional<Exercise> lock(OrganizationCode code) {
                return exercises.lock(code);
            }

            @Override
            public Refusal missing(OrganizationCode code) {
                return Refusal.notFound("code", "no exercise '" + code + "'");
            }

            @Override
            public int version(Exercise exercise) {
                return 1;
            }

            @Override
            public boolean save(Exercise before, Exercise after) {
                return exercises.update(before, after);
            }

            @Override
            public Object digested(Exercise exercise) {
                return ExerciseView.of(exercise);
            }
        };
    }
}
