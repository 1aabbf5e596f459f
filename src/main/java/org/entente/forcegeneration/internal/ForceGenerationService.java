package org.entente.forcegeneration.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.entente.access.Actor;
import org.entente.assistance.DecisionKind;
import org.entente.assistance.Decisions;
import org.entente.command.Result;
import org.entente.audit.AuditedCommands;
import org.entente.audit.AuditedCommands.Changed;
import org.entente.command.Verdict;
import org.entente.forcegeneration.Explanation;
import org.entente.forcegeneration.ForcePlan;
import org.entente.forcegeneration.PackageEvent;
import org.entente.forcegeneration.PackagePolicies;
import org.entente.forcegeneration.Shortfall;
import org.entente.forcegeneration.ForceProblem;
import org.entente.forcegeneration.Progress;
import org.entente.forcegeneration.StatementOfRequirements;
import org.entente.forcegeneration.internal.planner.ForceGenerator;
import org.entente.forcegeneration.internal.planner.Replanning;
import org.entente.forces.AvailableUnits;
import org.entente.forces.GeoPoint;
import org.entente.forces.LeftOut;
import org.entente.forces.PledgedUnit;
import org.entente.command.Refusal;
import org.entente.forcegeneration.JobState;
import org.entente.forcegeneration.internal.planner.Replanning;
import org.entente.provenance.history.RecordedTime;
import org.entente.register.Organization;
import org.entente.register.OrganizationCode;
import org.entente.register.Register;
import org.entente.register.StateCode;
import org.springframework.stereotype.Service;

/**
 * Force generation for a decision to deploy: its statement of requirements, the planner's runs as jobs
 * kept in the database (started, followed, terminated; {@link JobRunner} runs them), the package accepted
 * from a run, and its repair when units drop out. Each change is audited.
 */
@Service
class ForceGenerationService {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ForceGenerationService.class);

    private final Decisions decisions;
    private final Register register;
    private final AvailableUnits available;
    private final JdbcForceGeneration store;
    private final AuditedCommands commands;
    private final Clock clock;
    private final JobRunner runner;

    ForceGenerationService(Decisions decisions, Register register, AvailableUnits available, JdbcForceGeneration store, AuditedCommands commands,
                           Clock clock, JobRunner runner) {
        this.decisions = decisions;
        this.register = register;
        this.available = available;
        this.store = store;
        this.commands = commands;
        this.clock = clock;
        this.runner = runner;
    }

    /**
     * One of a request's force-generation records (its statement of requirements, its package) as a command finds it
     * under the request's lock, or writes it: its value (null or empty where there is none yet), and the instant it
     * was last recorded at (anything of the request's force generation), or, after a change, the change's.
     */
    record OfRequest<V>(String requestId, V value, Instant recorded) {
    }

    void requireDeployDecision(Organization organization, String requestId) {
        requireFiled(organization, requestId);
        var decided = decisions.of(organization.code(), requestId)
                .orElseThrow(() -> conflict("request " + requestId + " has no decision of the council in Entente"));
        if (decided.decision() != DecisionKind.DEPLOY_FORCES) {
            throw conflict("request " + requestId + " was decided " + decided.decision().code().replace('_', ' ') + ", not to deploy forces");
        }
    }

    /** A request filed in Entente, or 404: force generation has nothing to do with any other. */
    void requireFiled(Organization organization, String requestId) {
        if (!decisions.filed(organization.code(), requestId)) {
            throw Refusal.notFound("id", "no request '" + requestId + "' of " + organization.code() + " filed in Entente");
        }
    }

    /** The request's statement of requirements: 404 without one, 409 where the stored one is not sound (the secretariat writes it again). */
    StatementOfRequirements requirements(Organization organization, String requestId) {
        try {
            return store.requirements(organization.code(), requestId)
                    .orElseThrow(() -> Refusal.notFound("requirements", "request " + requestId + " has no statement of requirements yet"));
        } catch (JdbcForceGeneration.Unsound unsound) {
            LOG.warn("{}", unsound.getMessage());
            throw conflict(unsound.getMessage() + ": write it again");
        }
    }

    /** Writes the request's statement of requirements (a new version), audited with the digests of the statement before and after. */
    void putRequirements(Organization organization, Actor actor, String requestId, StatementOfRequirements requirements) {
        requireDeployDecision(organization, requestId);
        commands.change(author(actor, organization), "forcegen.requirements", statements(organization, actor), requestId, null,
                (before, now) -> Changed.of(new OfRequest<>(requestId, store.stored(requirements), now), AuditedCommands.details(
                        "lines", requirements.requirements().size(), "theatre", requirements.theatre().lat() + "," + requirements.theatre().lon())));
    }

    Planning planning(Organization organization, String requestId) {
        return planning(organization, requestId, requirements(organization, requestId));
    }

    private Planning planning(Organization organization, String requestId, StatementOfRequirements requirements) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        List<String> members = register.membership(organization.code(), clock.instant()).inGoodStandingOn(today).stream()
                .map(StateCode::value).toList();
        AvailableUnits.Units available = this.available.on(organization.code(), today);
        ForceProblem problem = requirements.problem(requestId, members, available.units());
        Set<String> inProblem = problem.units().stream().map(unit -> unit.id()).collect(Collectors.toSet());
        Map<String, String> designations = new HashMap<>();
        available.units().stream().filter(unit -> inProblem.contains(unit.id())).forEach(unit -> designations.put(unit.id(), unit.designation()));
        return new Planning(problem, designations, available.leftOut());
    }

    JdbcForceGeneration.Job start(Organization organization, Actor actor, String requestId, Duration budget) {
        requireDeployDecision(organization, requestId);
        if (!JobRunner.withinBounds(budget)) {
            throw Refusal.outOfBounds("budgetSeconds", "a planner runs for more than 0 and at most " + JobRunner.MAX_BUDGET.toSeconds() + " seconds");
        }
        Planning planning = planning(organization, requestId);
        if (planning.problem().units().isEmpty()) {
            throw conflict("no unit is pledged and valid today by a member in good standing: there is nothing to plan with");
        }
        var job = commands.create(author(actor, organization), "forcegen.start", jobRecords(organization, requestId), now -> {
            var queued = JdbcForceGeneration.Job.queued(UUID.randomUUID().toString(), organization.code(), requestId, budget.toMillis(),
                    actor.name(), now);
            store.insert(queued, planning);
            return Changed.of(queued, AuditedCommands.details("job", queued.id(), "budgetMs", budget.toMillis(),
                    "units", planning.problem().units().size(), "requirements", planning.problem().requirements().size()));
        });
        runner.submit(job, planning.problem());
        return job;
    }

    JdbcForceGeneration.Job job(Organization organization, String requestId, String id) {
        return store.job(organization.code(), id).filter(job -> job.requestId().equals(requestId))
                .orElseThrow(() -> Refusal.notFound("job", "no force generation job " + id + " for request " + requestId));
    }

    List<JdbcForceGeneration.Job> jobs(Organization organization, String requestId) {
        return store.jobs(organization.code(), requestId);
    }

    /** Asks a running job to stop, under its row lock: 409 where its state does not allow it (it has ended). */
    void terminate(Organization organization, Actor actor, String requestId, String id) {
        commands.change(author(actor, organization), "forcegen.terminate", jobRecords(organization, requestId), id, null, (before, now) -> {
            if (before.state().terminate() instanceof Result.Refused<JobState> refused) {
                throw conflict(refused.reason());
            }
            return Changed.of(before.terminating(), AuditedCommands.details("job", id));
        });
    }

    /**
     * What a job was planned from: its snapshot; for a job from before snapshots were kept, the request's
     * planning as it stands now.
     */
    Planning plannedFrom(Organization organization, String requestId, JdbcForceGeneration.Job job) {
        return store.planning(organization.code(), job.id()).orElseGet(() -> planning(organization, requestId));
    }

    /**
     * The plan a job found, over {@code planning}: assignments of units not in it, or to requirements not
     * in it or that do not accept the unit, are left out ({@link #stale} counts them). Over the job's own
     * snapshot, that is the whole plan; over today's planning, what still holds of it.
     */
    ForcePlan plan(Planning planning, JdbcForceGeneration.Job job) {
        return ForcePlan.of(planning.problem(), valid(planning, assignments(job)));
    }

    /** How many of a job's assignments do not hold over {@code planning} (today's: how many no longer hold). */
    private int stale(Planning planning, JdbcForceGeneration.Job job) {
        List<ForcePlan.Assignment> all = assignments(job);
        return all.size() - valid(planning, all).size();
    }

    private static List<ForcePlan.Assignment> valid(Planning planning, List<ForcePlan.Assignment> assignments) {
        ForceProblem problem = planning.problem();
        var ids = problem.requirements().stream().map(requirement -> requirement.id()).collect(Collectors.toSet());
        return assignments.stream()
                .filter(a -> planning.has(a.unit()) && ids.contains(a.requirement())
                        && problem.requirements().get(problem.requirementIndex(a.requirement())).accepts(problem.units().get(problem.unitIndex(a.unit()))))
                .toList();
    }

    private List<ForcePlan.Assignment> assignments(JdbcForceGeneration.Job job) {
        if (job.bestPlan() == null) {
            throw conflict("job " + job.id() + " has no plan yet (" + job.state().status().code() + ")");
        }
        return job.bestPlan();
    }

    /**
     * A job's plan as accepting it today takes it: over today's planning (today's requirements and pledges), what still holds
     * of it, how many of its assignments no longer hold, and what it leaves short of today's requirements, which is what
     * acceptance asks to confirm. The one place acceptance and the views that ask for the confirmation read it from.
     */
    record Acceptable(Planning planning, ForcePlan plan, int stale, List<Shortfall> shortfalls) {
    }

    /** A job's plan as accepting it today takes it, over today's statement of requirements; null for a job with no plan yet. */
    Acceptable acceptable(Organization organization, String requestId, JdbcForceGeneration.Job job) {
        return job.bestPlan() == null ? null : acceptable(organization, requestId, requirements(organization, requestId), job);
    }

    private Acceptable acceptable(Organization organization, String requestId, StatementOfRequirements requirements, JdbcForceGeneration.Job job) {
        Planning planning = planning(organization, requestId, requirements);
        ForcePlan plan = plan(planning, job);
        return new Acceptable(planning, plan, stale(planning, job), Shortfall.of(Explanation.of(planning.problem(), plan)));
    }

    /** The field an acceptance names the shortfall it confirmed in ({@link Shortfall#confirmation}). */
    static final String CONFIRMED_SHORTFALLS = "confirmedShortfalls";

    /**
     * Accepts a job's plan as the request's force package; the package as stored, read in the same transaction. A plan that
     * leaves any requirement short ({@link PackagePolicies#coversEveryRequirement}) is accepted only with {@code acceptShortfall},
     * and is then recorded as accepted short; without it, a 422 names each short requirement and by how much. Where
     * {@code confirmedShortfalls} is given ({@link Shortfall#confirmation} of the shortfall confirmed), the plan is accepted only
     * if what it leaves short, under the request's lock, is still exactly that: otherwise a 409 names the shortfall as it stands.
     */
    List<JdbcForceGeneration.PackageUnit> accept(Organization organization, Actor actor, String requestId, String id, boolean acceptShortfall,
                                                 String confirmedShortfalls) {
        JdbcForceGeneration.Job job = job(organization, requestId, id);
        // Planning reads much, so it runs before the lock; under the lock, the requirements it planned for must still stand.
        StatementOfRequirements planned = requirements(organization, requestId);
        Acceptable acceptable = acceptable(organization, requestId, planned, job);
        Planning planning = acceptable.planning();
        if (acceptable.stale() > 0) {
            throw conflict(acceptable.stale() + " assignment(s) of this plan no longer hold (a pledge withdrawn or expired, or the requirements changed): run the planner again");
        }
        ForcePlan plan = acceptable.plan();
        if (plan.assignments(planning.problem()).isEmpty()) {
            throw conflict("this plan has no units: there is no package to accept");
        }
        List<Shortfall> shortfalls = acceptable.shortfalls();
        if (PackagePolicies.coversEveryRequirement(shortfalls) instanceof Verdict.Warning warning && !acceptShortfall) {
            throw Refusal.of(Refusal.Reason.UNPROCESSABLE, "Short of requirements", warning.reason() + ": send acceptShortfall to accept it short"
                            + " (with " + CONFIRMED_SHORTFALLS + " " + Shortfall.confirmation(shortfalls) + " to accept it only as short as this)",
                    shortfalls.stream().map(shortfall -> new Refusal.FieldError(warning.policy(), shortfall.described())).toList());
        }
        boolean acceptedShort = !shortfalls.isEmpty();
        // Under the request's lock: its requirements must still be those planned for; the package changes (new versions), audited with its digests.
        return commands.change(author(actor, organization), "forcegen.accept", packages(organization), requestId, null, (before, now) -> {
            if (!planned.equals(requirements(organization, requestId))) {
                throw conflict("the statement of requirements changed while this plan was being accepted: look at the plan again");
            }
            if (confirmedShortfalls != null && !confirmedShortfalls.equals(Shortfall.confirmation(shortfalls))) {
                String standing = shortfalls.isEmpty() ? "nothing" : shortfalls.stream().map(Shortfall::described).collect(Collectors.joining("; "));
                throw Refusal.conflict("what this plan leaves short changed since it was confirmed; it now leaves short: " + standing
                        + ". Confirm it again", List.of(new Refusal.FieldError(CONFIRMED_SHORTFALLS, "not the shortfall as it stands")));
            }
            List<JdbcForceGeneration.PackageUnit> accepted = JdbcForceGeneration.PackageUnit.inOrder(units(planning, plan, actor.name(), now, acceptedShort));
            return Changed.of(new OfRequest<>(requestId, accepted, now), AuditedCommands.details("job", id, "units", plan.assignments(planning.problem()).size(),
                            "acceptedShort", acceptedShort, "shortfalls", shortfalls.stream().map(Shortfall::described).toList()),
                    new PackageEvent.PackageAccepted(organization.code().value(), requestId, accepted.size(),
                            accepted.stream().map(JdbcForceGeneration.PackageUnit::state).distinct().sorted().toList(), acceptedShort, actor.name(), now));
        }).value();
    }

    /**
     * Re-plans the accepted package: the package is read and replaced under the request's lock, so that
     * re-plannings and acceptances of one request go one at a time and none is lost.
     */
    Replanning.Repair replan(Organization organization, Actor actor, String requestId, Set<String> dropped) {
        StatementOfRequirements planned = requirements(organization, requestId);
        Planning planning = planning(organization, requestId, planned);
        var repaired = new AtomicReference<Replanning.Repair>();
        commands.change(author(actor, organization), "forcegen.replan", packages(organization), requestId, null, (before, now) -> {
            if (!planned.equals(requirements(organization, requestId))) {
                throw conflict("the statement of requirements changed while re-planning: re-plan again");
            }
            Replanning.Repair repair = repair(planning, requestId, before.value(), dropped);
            repaired.set(repair);
            Map<String, JdbcForceGeneration.PackageUnit> kept = before.value().stream()
                    .collect(Collectors.toMap(JdbcForceGeneration.PackageUnit::unitId, unit -> unit));
            var units = units(planning, repair.plan(), actor.name(), now, false).stream()
                    .map(unit -> kept.containsKey(unit.unitId()) && kept.get(unit.unitId()).requirementId().equals(unit.requirementId())
                            ? unit.acceptedAs(kept.get(unit.unitId())) : unit)
                    .toList();
            return Changed.of(new OfRequest<>(requestId, JdbcForceGeneration.PackageUnit.inOrder(units), now), AuditedCommands.details(
                    "dropped", leaving(planning, before.value(), dropped).stream().sorted().toList(), "changedAssignments", repair.changedAssignments(),
                    "objectiveBefore", repair.objectiveBefore(), "objectiveAfter", repair.objectiveAfter()));
        });
        return repaired.get();
    }

    /**
     * The accepted package re-planned without the dropped units (which must be in it) and those no longer pledged
     * (withdrawn, expired), keeping it good while changing few other assignments ({@link Replanning}).
     */
    private static Replanning.Repair repair(Planning planning, String requestId, List<JdbcForceGeneration.PackageUnit> accepted, Set<String> dropped) {
        if (accepted.isEmpty()) {
            throw conflict("request " + requestId + " has no accepted force package to re-plan");
        }
        Set<String> inPackage = accepted.stream().map(JdbcForceGeneration.PackageUnit::unitId).collect(Collectors.toSet());
        Set<String> unknown = new HashSet<>(dropped);
        unknown.removeAll(inPackage);
        if (!unknown.isEmpty()) {
            throw Refusal.invalid("droppedUnits", "not in the accepted package: " + unknown);
        }
        var assignments = accepted.stream().filter(unit -> planning.has(unit.unitId()))
                .map(unit -> new ForcePlan.Assignment(unit.unitId(), unit.requirementId())).toList();
        Set<String> droppable = new HashSet<>(leaving(planning, accepted, dropped));
        droppable.removeIf(unit -> !planning.has(unit));
        Set<String> requirementIds = planning.problem().requirements().stream().map(requirement -> requirement.id()).collect(Collectors.toSet());
        Set<String> lostElsewhere = accepted.stream().filter(unit -> !planning.has(unit.unitId()))
                .map(JdbcForceGeneration.PackageUnit::requirementId).filter(requirementIds::contains).collect(Collectors.toSet());
        return Replanning.repair(planning.problem(), ForcePlan.of(planning.problem(), valid(planning, assignments)), droppable, lostElsewhere);
    }

    /** The units that leave the package: those dropped, and those of it no longer pledged (withdrawn, expired). */
    private static Set<String> leaving(Planning planning, List<JdbcForceGeneration.PackageUnit> accepted, Set<String> dropped) {
        Set<String> leaving = new HashSet<>(dropped);
        accepted.stream().map(JdbcForceGeneration.PackageUnit::unitId).filter(unit -> !planning.has(unit)).forEach(leaving::add);
        return leaving;
    }

    /** The home bases of the units with ids {@code unitIds} among those pledged and valid today (the units planning draws from), by unit id. */
    Map<String, GeoPoint> homeBases(Organization organization, java.util.Collection<String> unitIds) {
        Map<String, GeoPoint> bases = new HashMap<>();
        available.on(organization.code(), LocalDate.now(clock.withZone(ZoneOffset.UTC))).units().stream()
                .filter(unit -> unitIds.contains(unit.id())).forEach(unit -> bases.put(unit.id(), unit.base()));
        return bases;
    }

    /** The request's package as it stands, or as it stood at {@code at} (recorded time; empty before one was accepted) where given. */
    List<JdbcForceGeneration.PackageUnit> packageUnits(Organization organization, String requestId, Instant at) {
        requireFiled(organization, requestId);
        return at == null ? store.packageUnits(organization.code(), requestId) : store.packageUnits(organization.code(), requestId, at);
    }

    /**
     * The statements of requirements a request's package (as it stands, or stood at {@code at}) is read against: the one that stood when
     * the package last changed (accepted, re-planned), which it was made for, and the one standing now (or at {@code at}). Either is
     * empty where there is none or the stored one is not sound.
     */
    PackageRequirements packageRequirements(Organization organization, String requestId, Instant at) {
        Instant changed = store.packageChanged(organization.code(), requestId, at);
        return new PackageRequirements(changed == null ? Optional.empty() : sound(organization, requestId, changed), sound(organization, requestId, at));
    }

    record PackageRequirements(Optional<JdbcForceGeneration.Versioned> madeFor, Optional<JdbcForceGeneration.Versioned> standing) {
    }

    private Optional<JdbcForceGeneration.Versioned> sound(Organization organization, String requestId, Instant at) {
        try {
            return store.statement(organization.code(), requestId, at);
        } catch (JdbcForceGeneration.Unsound unsound) {
            LOG.warn("{}", unsound.getMessage());
            return Optional.empty();
        }
    }

    /**
     * A plan's units with their state, requirement, personnel and ETA; accepted by {@code by} at {@code at} (null for a plan not accepted),
     * knowing it left requirements short or not.
     */
    static List<JdbcForceGeneration.PackageUnit> units(Planning planning, ForcePlan plan, String by, Instant at, boolean acceptedShort) {
        var units = new ArrayList<JdbcForceGeneration.PackageUnit>();
        ForceProblem problem = planning.problem();
        for (int u = 0; u < problem.units().size(); u++) {
            int r = plan.requirementOf(u);
            if (r != ForcePlan.UNASSIGNED) {
                var unit = problem.units().get(u);
                units.add(new JdbcForceGeneration.PackageUnit(unit.id(), planning.designations().get(unit.id()), unit.state(),
                        problem.requirements().get(r).id(), unit.personnel(), unit.arrivalHours(), by, at, acceptedShort));
            }
        }
        return units;
    }

    private static AuditedCommands.Author author(Actor actor, Organization organization) {
        return new AuditedCommands.Author(actor.name(), actor.rolesIn(organization.code()), organization.code().value());
    }

    /**
     * A request's force-generation records of one kind, as the commands change them: each locked through the request
     * ({@link Decisions#lock}, so that the commands on one request go one at a time), named and audited as the request
     * ({@code request:ID}), and changed after anything recorded of the request's force generation before ({@link RecordedTime}).
     */
    private abstract class OfRequests<V> implements AuditedCommands.Records<String, OfRequest<V>> {

        final Organization organization;

        OfRequests(Organization organization) {
            this.organization = organization;
        }

        /** The record as it stands, under the request's lock. */
        abstract V read(String requestId);

        @Override
        public String kind() {
            return "request";
        }

        @Override
        public Object id(OfRequest<V> record) {
            return record.requestId();
        }

        @Override
        public Optional<OfRequest<V>> lock(String requestId) {
            return decisions.lock(organization.code(), requestId)
                    ? Optional.of(new OfRequest<>(requestId, read(requestId), store.lastRecorded(organization.code(), requestId)))
                    : Optional.empty();
        }

        @Override
        public Refusal missing(String requestId) {
            return Refusal.notFound("id", "no request '" + requestId + "' of " + organization.code() + " filed in Entente");
        }

        /** No version is sent: a command checks under the lock that what it was planned from still stands. */
        @Override
        public int version(OfRequest<V> record) {
            return 0;
        }

        @Override
        public Instant recordedAfter(OfRequest<V> record) {
            return record.recorded();
        }
    }

    /** The requests' statements of requirements, as stored (sound or not); written as {@code actor}'s. */
    private AuditedCommands.Records<String, OfRequest<JdbcForceGeneration.StoredStatement>> statements(Organization organization, Actor actor) {
        return new OfRequests<>(organization) {
            @Override
            JdbcForceGeneration.StoredStatement read(String requestId) {
                return store.storedStatement(organization.code(), requestId).orElse(null);
            }

            @Override
            public boolean save(OfRequest<JdbcForceGeneration.StoredStatement> before, OfRequest<JdbcForceGeneration.StoredStatement> after) {
                store.saveRequirements(organization.code(), after.requestId(), after.value(), actor.name(), after.recorded());
                return true;
            }

            @Override
            public Object digested(OfRequest<JdbcForceGeneration.StoredStatement> statement) {
                return statement.value() == null ? null : statement.value().digested();
            }
        };
    }

    /** The requests' accepted force packages (empty before one is accepted). */
    private AuditedCommands.Records<String, OfRequest<List<JdbcForceGeneration.PackageUnit>>> packages(Organization organization) {
        return new OfRequests<>(organization) {
            @Override
            List<JdbcForceGeneration.PackageUnit> read(String requestId) {
                return store.packageUnits(organization.code(), requestId);
            }

            @Override
            public boolean save(OfRequest<List<JdbcForceGeneration.PackageUnit>> before, OfRequest<List<JdbcForceGeneration.PackageUnit>> after) {
                store.replacePackage(organization.code(), after.requestId(), after.value(), after.recorded());
                return true;
            }

            @Override
            public Object digested(OfRequest<List<JdbcForceGeneration.PackageUnit>> units) {
                return units.value().isEmpty() ? null : units.value();
            }
        };
    }

    /** The request's planner jobs, each locked by its row; audited as the request ({@code request:ID}), as they always were. */
    private AuditedCommands.Records<String, JdbcForceGeneration.Job> jobRecords(Organization organization, String requestId) {
        return new AuditedCommands.Records<>() {
            @Override
            public String kind() {
                return "request";
            }

            @Override
            public Object id(JdbcForceGeneration.Job job) {
                return job.requestId();
            }

            @Override
            public Optional<JdbcForceGeneration.Job> lock(String id) {
                return store.lockJob(organization.code(), id).filter(job -> job.requestId().equals(requestId));
            }

            @Override
            public Refusal missing(String id) {
                return Refusal.notFound("job", "no force generation job " + id + " for request " + requestId);
            }

            @Override
            public int version(JdbcForceGeneration.Job job) {
                return 0;
            }

            /** The one change of a job a command makes: it is asked to stop. */
            @Override
            public boolean save(JdbcForceGeneration.Job before, JdbcForceGeneration.Job after) {
                return store.requestTermination(organization.code(), after.id());
            }

            /** A job's standing: what the commands change of it. */
            @Override
            public Object digested(JdbcForceGeneration.Job job) {
                return AuditedCommands.details("id", job.id(), "status", job.state().status().code(), "budgetMs", job.budgetMs(),
                        "startedBy", job.startedBy(), "startedAt", job.startedAt().toString(), "terminateRequested", job.terminateRequested());
            }
        };
    }

    private static Refusal conflict(String reason) {
        return Refusal.conflict(reason, List.of());
    }
}
