package org.entente.exercise.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.entente.access.Actor;
import org.entente.access.Grants;
import org.entente.access.Role;
import org.entente.access.RoleGrant;
import org.entente.audit.AuditedCommands;
import org.entente.audit.AuditedCommands.Changed;
import org.entente.command.Refusal;
import org.entente.dataset.DatasetDocument;
import org.entente.dataset.Datasets;
import org.entente.dataset.ImportOutcome;
import org.entente.dataset.Precondition;
import org.entente.forces.Pledges;
import org.entente.register.Exercise;
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
 * (no one holds a role in a code not yet registered), its current pledges, the exercise's row in the registry, the creator's
 * grant as the exercise's secretariat ({@link Grants}: beside their other grants, audited {@code account.grant}), and the
 * audit entry {@code exercise.create}. Any refusal or failure on the way leaves nothing: no organization, no pledge, no grant, no entry.
 */
@Service
class ExerciseService {

    private final Register register;
    private final Exercises exercises;
    private final Datasets datasets;
    private final Pledges pledges;
    private final Grants grants;
    private final AuditedCommands commands;
    private final JsonMapper json;
    private final Clock clock;

    ExerciseService(Register register, Exercises exercises, Datasets datasets, Pledges pledges, Grants grants, AuditedCommands commands, JsonMapper json,
                    Clock clock) {
        this.register = register;
        this.exercises = exercises;
        this.datasets = datasets;
        this.pledges = pledges;
        this.grants = grants;
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
        OrganizationCode exerciseCode = creation.code() != null ? creation.code() : nextFreeCode(parent.code());
        if (register.organization(exerciseCode, clock.instant()).isPresent()) {
            throw taken(exerciseCode);
        }
        try {
            return commands.create(new AuditedCommands.Author(actor.name(), actor.rolesIn(parent.code()), parent.code().value()), "exercise.create",
                    records(), now -> {
                        DatasetDocument record = datasets.export(parent.code().value(), now).orElseThrow().document();
                        DatasetDocument copy = ExerciseCopy.of(record, exerciseCode, creation.title());
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
                        boolean director = actor instanceof Actor.Person
                                && grants.grant(actor.name(), RoleGrant.of(Role.SECRETARIAT, exerciseCode.value()), actor.name(), actor.rolesIn(parent.code()));
                        return Changed.of(exercise, AuditedCommands.details("code", exerciseCode.value(), "of", parent.code().value(),
                                "title", creation.title(), "recordVersion", version, "pledgesCopied", copied.stream().collect(java.util.stream.Collectors.toMap(c -> String.valueOf(c.original()), Pledges.Copied::copy,
                                        (a, b) -> a, java.util.TreeMap::new)),
                                "secretariat", director ? actor.name() : null));
                    });
        } catch (DuplicateKeyException clash) {
            throw taken(exerciseCode);
        }
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

    /** The exercises as the audit trail names them ({@code exercise:CSTO-X1}); made by creation alone so far. */
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
                throw new UnsupportedOperationException("an exercise is not changed yet, only created");
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
                throw new UnsupportedOperationException("an exercise is not changed yet, only created");
            }

            @Override
            public Object digested(Exercise exercise) {
                return ExerciseView.of(exercise);
            }
        };
    }
}
