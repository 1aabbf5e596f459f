package org.entente.exercise.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.entente.access.Actor;
import org.entente.audit.AuditedCommands;
import org.entente.audit.AuditedCommands.Changed;
import org.entente.command.Refusal;
import org.entente.exercise.InjectDelivered;
import org.entente.exercise.scenario.Inject;
import org.entente.exercise.scenario.InjectPayload;
import org.entente.exercise.scenario.Scenario;
import org.entente.exercise.scenario.Scenarios;
import org.entente.forces.Pledge;
import org.entente.forces.Pledges;
import org.entente.register.Exercise;
import org.entente.register.ExerciseState;
import org.entente.register.Exercises;
import org.entente.register.OrganizationCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * The injects of the scenarios exercises run, arriving on each exercise's clock: an inject is due once the exercise's world time has
 * reached the scenario's world start plus its offset. {@link #deliverDue} (run on every instance's own tick, {@link ExerciseInjectTick})
 * delivers every due inject of every running exercise that runs a scenario, each once: under the lock of the exercise's row (closing
 * takes the same lock), only if it was not delivered before, with the primary key of {@code exercise_inject} as the last guard. A paused
 * or sped-up clock needs nothing rescheduled: each run reads the clock. Milestones are never delivered. Each delivery is audited
 * ({@code exercise.inject}, subject {@code exercise:<code>}, by the system, in the exercise's organization) and publishes
 * {@link InjectDelivered}; a {@code unit_drops_out} withdraws one current pledge in the exercise through the pledges' own command.
 */
@Service
class ExerciseInjects {

    private static final Logger LOG = LoggerFactory.getLogger(ExerciseInjects.class);

    private final Exercises exercises;
    private final JdbcExerciseScenarioRuns runs;
    private final JdbcExerciseClocks clocks;
    private final Scenarios scenarios;
    private final Pledges pledges;
    private final AuditedCommands commands;
    private final JsonMapper json;
    private final Clock clock;
    private final NamedExercises named;
    private final Map<String, Scenario> versions = new ConcurrentHashMap<>();

    ExerciseInjects(Exercises exercises, JdbcExerciseScenarioRuns runs, JdbcExerciseClocks clocks, Scenarios scenarios, Pledges pledges,
                    AuditedCommands commands, JsonMapper json, Clock clock, NamedExercises named) {
        this.exercises = exercises;
        this.runs = runs;
        this.clocks = clocks;
        this.scenarios = scenarios;
        this.pledges = pledges;
        this.commands = commands;
        this.json = json;
        this.clock = clock;
        this.named = named;
    }

    /** Delivers every due inject of every running exercise that runs a scenario; how many this call delivered (others may have delivered the rest). */
    int deliverDue() {
        int delivered = 0;
        for (ExerciseScenarioRun run : runs.ofRunningExercises()) {
            try {
                delivered += deliverDue(run);
            } catch (RuntimeException failure) {
                LOG.warn("could not deliver the due injects of the exercise {} (scenario {})", run.exercise(), run.scenario(), failure);
            }
        }
        return delivered;
    }

    /** The injects delivered in the exercise {@code code} names, the newest first: for its participants and the secretariat and observers of its organization. */
    List<DeliveredInject> delivered(String code, Actor actor) {
        return delivered(exercise(code), actor);
    }

    /** The injects delivered in {@code exercise}, the newest first, for {@code actor} where they read them. */
    List<DeliveredInject> delivered(Exercise exercise, Actor actor) {
        if (!reads(actor, exercise)) {
            throw Refusal.forbidden("the injects of " + exercise.code() + " are read by its participants and by the secretariat and observers of "
                    + exercise.of(), List.of());
        }
        return runs.delivered(exercise.code());
    }

    /** Whether {@code actor} reads an exercise's injects: anyone holding a role in it, and the secretariat and observers of its organization. */
    static boolean reads(Actor actor, Exercise exercise) {
        return actor.grants().stream().anyMatch(grant -> grant.organization().equals(exercise.code())) || ExerciseParticipation.reads(actor, exercise);
    }

    /** The exercise the code names: 404 naming {@code organization} for no organization, 422 for a real one. */
    Exercise exercise(String code) {
        return named.named(code, "injects arrive in exercises only");
    }

    private int deliverDue(ExerciseScenarioRun run) {
        Exercise exercise = exercises.of(run.exercise()).orElseThrow();
        Scenario scenario = scenarioOf(exercise, run);
        Instant world = clocks.of(run.exercise()).worldAt(clock.instant());
        // Read once per tick; each delivery checks again under the exercise's lock.
        Set<String> before = runs.deliveredIds(run.exercise());
        JsonNode document = null;
        int delivered = 0;
        for (Inject inject : scenario.injects()) {
            if (!inject.isDelivered() || scenario.worldAt(inject.at()).isAfter(world) || before.contains(inject.id())) {
                continue;
            }
            if (document == null) {
                document = json.readTree(scenarios.document(exercise.of(), run.scenario(), run.version()).orElseThrow());
            }
            if (deliver(exercise, scenario, document, inject)) {
                delivered++;
            }
        }
        return delivered;
    }

    /** The scenario {@code run} runs in {@code exercise}, the version it was made with. */
    Scenario scenarioOf(Exercise exercise, ExerciseScenarioRun run) {
        // A version of a scenario never changes: it is read and parsed once, not on every tick.
        return versions.computeIfAbsent(exercise.of().value() + "/" + run.scenario() + "/" + run.version(),
                key -> scenarios.scenario(exercise.of(), run.scenario(), run.version()).orElseThrow());
    }

    /** Delivers one due inject in one transaction; false where it was delivered meanwhile, or the exercise no longer runs. */
    private boolean deliver(Exercise exercise, Scenario scenario, JsonNode document, Inject inject) {
        OrganizationCode code = exercise.code();
        try {
            commands.create(new AuditedCommands.Author(Actor.SYSTEM.name(), Actor.SYSTEM.rolesIn(code), code.value()), "exercise.inject", records(),
                    now -> {
                        Exercise locked = exercises.lock(code).orElseThrow();
                        if (!(locked.state() instanceof ExerciseState.Running) || runs.wasDelivered(code, inject.id())) {
                            throw new NothingToDeliver();
                        }
                        Effect effect = effect(code, inject.payload(), now);
                        Instant worldAt = scenario.worldAt(inject.at());
                        var delivered = new DeliveredInject(code, inject.id(), inject.kind().code(), inject.title(), worldAt, now,
                                json.writeValueAsString(injectNode(document, inject.id())), json.writeValueAsString(sourcesOf(document, inject)),
                                effect.text(), effect.pledge());
                        runs.addDelivered(delivered);
                        return Changed.of(delivered, AuditedCommands.details("scenario", scenario.name(), "inject", inject.id(), "kind", inject.kind().code(),
                                        "worldAt", worldAt.toString(), "effect", effect.text(), "withdrawnPledge", effect.pledge()),
                                new InjectDelivered(exercise.of().value(), code.value(), inject.id(), inject.kind().code(), inject.title(), worldAt, now));
                    });
            return true;
        } catch (NothingToDeliver | DuplicateKeyException delivered) {
            return false;
        }
    }

    /** What an inject did to the exercise's record, in words, and the pledge it withdrew; nothing for every kind but {@code unit_drops_out}. */
    private record Effect(String text, Long pledge) {
        static final Effect NONE = new Effect(null, null);
    }

    private Effect effect(OrganizationCode exercise, InjectPayload payload, Instant now) {
        if (!(payload instanceof InjectPayload.UnitDropsOut drop)) {
            return Effect.NONE;
        }
        List<Pledge> matching = pledges.current(exercise, LocalDate.ofInstant(now, ZoneOffset.UTC)).stream()
                .filter(pledge -> pledge.state().equals(drop.state()) && pledge.terms().capability() == drop.capability())
                .toList();
        Optional<Pledge> chosen = matching.stream().filter(pledge -> drop.designation() != null && drop.designation().equalsIgnoreCase(pledge.terms().designation()))
                .findFirst()
                .or(() -> matching.stream().max(Comparator.comparingInt((Pledge pledge) -> pledge.terms().personnel()).thenComparing(Pledge::id,
                        Comparator.reverseOrder())));
        if (chosen.isEmpty()) {
            return new Effect("no current pledge of " + drop.state() + " with the capability " + drop.capability().code() + ": none withdrawn", null);
        }
        Pledge withdrawn = pledges.withdraw(exercise, chosen.get().id(), Actor.SYSTEM);
        return new Effect("withdrew pledge " + withdrawn.id() + " (" + withdrawn.terms().designation() + ", " + withdrawn.terms().personnel() + " personnel)",
                withdrawn.id());
    }

    /** The inject {@code id} as the scenario document gives it. */
    private static JsonNode injectNode(JsonNode document, String id) {
        return document.path("injects").valueStream().filter(node -> id.equals(node.path("id").asString())).findFirst().orElseThrow();
    }

    /** The scenario's sources the inject cites, as the document gives them, in the order it cites them. */
    private ArrayNode sourcesOf(JsonNode document, Inject inject) {
        ArrayNode cited = json.createArrayNode();
        inject.sources().forEach(id -> document.path("sources").valueStream().filter(node -> id.equals(node.path("id").asString())).findFirst()
                .ifPresent(cited::add));
        return cited;
    }

    /** Thrown inside a delivery's transaction to end it with nothing written: the inject was delivered meanwhile, or the exercise closed. */
    private static final class NothingToDeliver extends RuntimeException {
        NothingToDeliver() {
            super(null, null, false, false);
        }
    }

    /** Deliveries as the audit trail names them: a change of the exercise ({@code exercise:CSTO-X1}), the delivery its digest's record. */
    private AuditedCommands.Records<OrganizationCode, DeliveredInject> records() {
        return new AuditedCommands.Records<>() {
            @Override
            public String kind() {
                return "exercise";
            }

            @Override
            public Object id(DeliveredInject delivered) {
                return delivered.exercise().value();
            }

            @Override
            public Optional<DeliveredInject> lock(OrganizationCode code) {
                throw new UnsupportedOperationException("a delivery is created, never changed");
            }

            @Override
            public Refusal missing(OrganizationCode code) {
                return Refusal.notFound("organization", "no exercise '" + code + "'");
            }

            @Override
            public int version(DeliveredInject delivered) {
                return 1;
            }

            @Override
            public boolean save(DeliveredInject before, DeliveredInject after) {
                throw new UnsupportedOperationException("a delivery is created, never changed");
            }
        };
    }
}
