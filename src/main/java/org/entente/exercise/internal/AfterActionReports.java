package org.entente.exercise.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.entente.access.Actor;
import org.entente.audit.AuditEntries;
import org.entente.audit.AuditEntry;
import org.entente.audit.AuditFilter;
import org.entente.audit.AuditRecord;
import org.entente.audit.AuditTrail;
import org.entente.command.Refusal;
import org.entente.exercise.ExerciseClock;
import org.entente.exercise.scenario.AfterAction;
import org.entente.exercise.scenario.Expectation.Action;
import org.entente.exercise.scenario.InjectPayload;
import org.entente.exercise.scenario.InjectPayload.Milestone.Step;
import org.entente.exercise.scenario.Scenario;
import org.entente.forcegeneration.AcceptedPackages;
import org.entente.forcegeneration.AcceptedPackages.AcceptedPackage;
import org.entente.mission.Contingent;
import org.entente.mission.Mission;
import org.entente.mission.Missions;
import org.entente.register.Exercise;
import org.entente.register.StateCode;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The after-action report of an exercise that runs a scenario (docs/exercises.md, "After action"): what the exercise did, read from
 * its own audit trail (the one record of who did what when), each real instant turned into world time by the exercise's clock, and
 * compared by {@link AfterAction} with the scenario's milestones (history's, in a replay) and with what each inject expected; and the
 * force package the exercise accepted against the contingents history sent, where the scenario replays a crisis whose mission the
 * record holds. Read by those who read the exercise's injects.
 */
@Service
class AfterActionReports {

    private static final int PAGE = 500;

    private final ExerciseInjects injects;
    private final NamedExercises named;
    private final JdbcExerciseScenarioRuns runs;
    private final JdbcExerciseClocks clocks;
    private final AuditTrail audit;
    private final AcceptedPackages packages;
    private final Missions missions;
    private final JsonMapper json;
    private final Clock clock;

    AfterActionReports(ExerciseInjects injects, NamedExercises named, JdbcExerciseScenarioRuns runs, JdbcExerciseClocks clocks, AuditTrail audit, AcceptedPackages packages,
                       Missions missions, JsonMapper json, Clock clock) {
        this.injects = injects;
        this.named = named;
        this.runs = runs;
        this.clocks = clocks;
        this.audit = audit;
        this.packages = packages;
        this.missions = missions;
        this.json = json;
        this.clock = clock;
    }

    /**
     * An exercise's report, as it stands now (a running exercise's too): the exercise, the scenario and the version it runs, the world
     * instant of the report, the comparison, and the force comparison (empty where the exercise accepted no package and the scenario
     * replays no mission of the record).
     */
    record Report(Exercise exercise, Scenario scenario, int version, Instant now, AfterAction comparison, Optional<ForceComparison> force) {
        Report {
            Objects.requireNonNull(exercise, "exercise");
            Objects.requireNonNull(scenario, "scenario");
            Objects.requireNonNull(now, "now");
            Objects.requireNonNull(comparison, "comparison");
            Objects.requireNonNull(force, "force");
        }
    }

    /**
     * The force package the exercise accepted (its request's id in the exercise and when, in world time; both null where none was
     * accepted) against the contingents of the mission the scenario replays (none where it replays no mission of the record), a row per
     * state that sent or was chosen for either.
     */
    record ForceComparison(String request, Instant acceptedAt, String historicalMission, List<StateForce> states) {
        ForceComparison {
            states = List.copyOf(states);
        }
    }

    /**
     * One state's share: in the exercise's package, its units and their personnel (0 where it has none there); in history, whether
     * it sent a contingent, its units as the record lists them and its strength as the record prefers it, in words ("about 500"; null where the
     * record gives none, or the state sent no contingent; "not published" where the record says so).
     */
    record StateForce(StateCode state, int units, int personnel, boolean sent, int historicalUnits, String historicalStrength) {
        StateForce {
            Objects.requireNonNull(state, "state");
        }
    }

    /** The report of the exercise {@code code} names: 404/422 as for its injects, 403 for whoever does not read them, 422 for an exercise that runs no scenario. */
    Report of(String code, Actor actor) {
        Exercise exercise = named.named(code, "an after-action report compares an exercise with its scenario");
        if (!ExerciseInjects.reads(actor, exercise)) {
            throw Refusal.forbidden("the after-action report of " + exercise.code() + " is read by its participants and by the secretariat and "
                    + "observers of " + exercise.of(), List.of());
        }
        ExerciseScenarioRun run = runs.of(exercise.code()).orElseThrow(() -> Refusal.outOfBounds("organization", exercise.code()
                + " runs no scenario: an after-action report compares an exercise with the scenario it runs"));
        Scenario scenario = injects.scenarioOf(exercise, run);
        ExerciseClock world = clocks.of(exercise.code());

        List<AuditEntry> trail = trail(exercise);
        Optional<String> request = crisisRequest(scenario, trail);
        Optional<String> mission = request.flatMap(filed -> trail.stream().map(AuditEntry::record)
                .filter(record -> record.action().equals("mission.create") && filed.equals(detail(record, "request")))
                .map(AuditRecord::subject).findFirst());
        Map<Step, Instant> reached = new EnumMap<>(Step.class);
        Map<Action, List<Instant>> actions = new EnumMap<>(Action.class);
        for (AuditEntry entry : trail) {
            Instant at = world.worldAt(entry.recordedAt());
            AuditRecord record = entry.record();
            action(record.action()).ifPresent(action -> actions.computeIfAbsent(action, any -> new ArrayList<>()).add(at));
            boolean ofTheCrisis = request.map(filed -> record.subject().equals("request:" + filed)).orElse(false)
                    || mission.map(record.subject()::equals).orElse(false);
            if (ofTheCrisis) {
                step(record).ifPresent(step -> reached.putIfAbsent(step, at));
            }
        }
        Map<String, Instant> arrived = new HashMap<>();
        runs.delivered(exercise.code()).forEach(delivered -> arrived.put(delivered.injectId(), world.worldAt(delivered.deliveredAt())));
        // A closed exercise's report is as it stood at its closing: its clock stopped there (as its page shows it).
        Instant now = world.worldAt(exercise.state().clockReadAt(clock.instant()));
        AfterAction comparison = AfterAction.of(scenario, reached, arrived, actions, now);
        return new Report(exercise, scenario, run.version(), now, comparison, force(exercise, scenario, request.orElse(null), world));
    }

    /** The exercise's audit entries, the oldest first. */
    private List<AuditEntry> trail(Exercise exercise) {
        AuditFilter filter = new AuditFilter(null, exercise.code().value(), null, null, null, null);
        List<AuditEntry> entries = new ArrayList<>();
        for (int page = 0; ; page++) {
            AuditEntries found = audit.entries(filter, page, PAGE);
            entries.addAll(found.items());
            if (found.items().size() < PAGE || entries.size() >= found.totalItems()) {
                break;
            }
        }
        entries.sort(Comparator.comparingLong(AuditEntry::sequence));
        return entries;
    }

    /**
     * The request the exercise answers its crisis with: the first filed for the state whose request the scenario's first
     * {@code request_arrives} inject brings, or, where the scenario brings none, the first filed; empty before one is filed.
     */
    private Optional<String> crisisRequest(Scenario scenario, List<AuditEntry> trail) {
        Optional<String> state = scenario.injects().stream().map(inject -> inject.payload())
                .filter(InjectPayload.RequestArrives.class::isInstance).map(payload -> ((InjectPayload.RequestArrives) payload).state().value())
                .findFirst();
        return trail.stream().map(AuditEntry::record).filter(record -> record.action().equals("request.file"))
                .filter(record -> state.map(code -> code.equals(detail(record, "state"))).orElse(true))
                .map(record -> record.subject().substring(record.subject().indexOf(':') + 1)).findFirst();
    }

    /** The action of the crisis cycle an audited command is, if it is one an inject may expect. */
    static Optional<Action> action(String audited) {
        return Optional.ofNullable(switch (audited) {
            case "request.file" -> Action.REQUEST_FILED;
            case "request.decide" -> Action.DECISION;
            case "forcegen.accept" -> Action.PACKAGE_ACCEPTED;
            case "forcegen.replan" -> Action.REPLANNED;
            case "mission.create" -> Action.MISSION_RECORDED;
            case "mission.sitrep" -> Action.SITREP_FILED;
            default -> null;
        });
    }

    /**
     * The step of the crisis cycle an audited command of the exercise's crisis (its request, the mission answering it) takes, as
     * the replay reads history's: the decision, the package accepted, a contingent's arrival reported (the first is the first
     * arrival), the mission deployed (full strength), the withdrawal started (the mission drawing down, or a contingent's
     * withdrawal reported started) and the mission withdrawn. Each step is taken by the first such command in the order recorded.
     */
    private Optional<Step> step(AuditRecord record) {
        return Optional.ofNullable(switch (record.action()) {
            case "request.decide" -> Step.DECISION;
            case "forcegen.accept" -> Step.PACKAGE;
            case "mission.deployed" -> Step.FULL_STRENGTH;
            case "mission.drawing_down" -> Step.WITHDRAWAL_START;
            case "mission.withdrawn" -> Step.WITHDRAWAL_END;
            case "mission.report" -> switch (milestone(record)) {
                case "arrival" -> Step.FIRST_ARRIVAL;
                case "withdrawal_start" -> Step.WITHDRAWAL_START;
                default -> null;
            };
            default -> null;
        });
    }

    private String milestone(AuditRecord record) {
        return detail(record, "milestone");
    }

    /** A detail of an audit entry, as text ("" where it has none). */
    private String detail(AuditRecord record, String name) {
        if (record.details() == null) {
            return "";
        }
        JsonNode details = json.readTree(record.details());
        return details.path(name).asString("");
    }

    private Optional<ForceComparison> force(Exercise exercise, Scenario scenario, String request, ExerciseClock world) {
        Optional<AcceptedPackage> accepted = Optional.ofNullable(request).flatMap(id -> packages.of(exercise.code(), id));
        Optional<Mission> historical = Optional.ofNullable(scenario.replayOf()).flatMap(replayed -> missions.all(scenario.organization()).stream()
                .filter(mission -> replayed.equals(mission.basis().request())).findFirst());
        if (accepted.isEmpty() && historical.isEmpty()) {
            return Optional.empty();
        }
        var states = new TreeSet<StateCode>();
        Map<StateCode, int[]> chosen = new LinkedHashMap<>();
        accepted.ifPresent(forcePackage -> forcePackage.units().forEach(unit -> {
            states.add(unit.state());
            int[] sum = chosen.computeIfAbsent(unit.state(), any -> new int[2]);
            sum[0]++;
            sum[1] += unit.personnel();
        }));
        Map<StateCode, Contingent> sent = new HashMap<>();
        historical.ifPresent(mission -> mission.contingents().forEach(contingent -> {
            states.add(contingent.state());
            sent.put(contingent.state(), contingent);
        }));
        List<StateForce> rows = states.stream().map(state -> {
            int[] sum = chosen.getOrDefault(state, new int[2]);
            Contingent contingent = sent.get(state);
            return new StateForce(state, sum[0], sum[1], contingent != null, contingent == null ? 0 : contingent.units().size(),
                    contingent == null || contingent.strength() == null ? null : contingent.strength().preferred().claim(true).value());
        }).toList();
        return Optional.of(new ForceComparison(accepted.map(AcceptedPackage::requestId).orElse(null),
                accepted.map(forcePackage -> world.worldAt(forcePackage.acceptedAt())).orElse(null), historical.map(Mission::id).orElse(null), rows));
    }
}
