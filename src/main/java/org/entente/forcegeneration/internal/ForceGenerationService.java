package org.entente.forcegeneration.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.entente.access.Actor;
import org.entente.assistance.DecisionKind;
import org.entente.assistance.Decisions;
import org.entente.assistance.Result;
import org.entente.audit.AuditRecord;
import org.entente.audit.AuditTrail;
import org.entente.forcegeneration.ForcePlan;
import org.entente.forcegeneration.ForceProblem;
import org.entente.forcegeneration.Progress;
import org.entente.forcegeneration.StatementOfRequirements;
import org.entente.forcegeneration.internal.planner.ForceGenerator;
import org.entente.forcegeneration.internal.planner.Replanning;
import org.entente.forces.AvailableUnits;
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
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

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
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final Clock clock;
    private final JobRunner runner;

    ForceGenerationService(Decisions decisions, Register register, AvailableUnits available, JdbcForceGeneration store, AuditTrail audit,
                           TransactionTemplate transaction, JsonMapper json, Clock clock, JobRunner runner) {
        this.decisions = decisions;
        this.register = register;
        this.available = available;
        this.store = store;
        this.audit = audit;
        this.transaction = transaction;
        this.json = json;
        this.clock = clock;
        this.runner = runner;
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

    void putRequirements(Organization organization, Actor actor, String requestId, StatementOfRequirements requirements) {
        requireDeployDecision(organization, requestId);
        transaction.executeWithoutResult(status -> putRequirementsUnderLock(organization, actor, requestId, requirements));
    }

    /** Lock the request, change its statement (a new version), audit with the digests of the statement before and after. */
    private void putRequirementsUnderLock(Organization organization, Actor actor, String requestId, StatementOfRequirements requirements) {
        Instant at = lock(organization, requestId);
        String before = store.requirementsDigest(organization.code(), requestId);
        store.saveRequirements(organization.code(), requestId, requirements, actor.name(), at);
        record(actor, organization.code(), "forcegen.requirements", requestId, before, store.requirementsDigest(organization.code(), requestId),
                Map.of("lines", requirements.requirements().size(), "theatre", requirements.theatre().lat() + "," + requirements.theatre().lon()));
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
        var job = new JdbcForceGeneration.Job(UUID.randomUUID().toString(), organization.code(), requestId, new JobState.Queued(), budget.toMillis(),
                actor.name(), now(), null, null, null, null, false);
        transaction.executeWithoutResult(status -> {
            store.insert(job, planning);
            record(actor, organization.code(), "forcegen.start", requestId, null, null, Map.of("job", job.id(), "budgetMs", budget.toMillis(),
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

    void terminate(Organization organization, Actor actor, String requestId, String id) {
        if (job(organization, requestId, id).state().terminate() instanceof Result.Refused<JobState> refused) {
            throw conflict(refused.reason());
        }
        transaction.executeWithoutResult(status -> {
            if (!store.requestTermination(organization.code(), id)) {
                // it ended meanwhile
                throw conflict(job(organization, requestId, id).state().terminate() instanceof Result.Refused<JobState> ended
                        ? ended.reason() : "job " + id + " is not running");
            }
            record(actor, organization.code(), "forcegen.terminate", requestId, null, null, Map.of("job", id));
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
    int stale(Planning planning, JdbcForceGeneration.Job job) {
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

    /** Accepts a job's plan as the request's force package; the package as stored, read in the same transaction. */
    List<JdbcForceGeneration.PackageUnit> accept(Organization organization, Actor actor, String requestId, String id) {
        JdbcForceGeneration.Job job = job(organization, requestId, id);
        // Planning reads much, so it runs before the lock; under the lock, the requirements it planned for must still stand.
        StatementOfRequirements planned = requirements(organization, requestId);
        Planning planning = planning(organization, requestId, planned);
        int stale = stale(planning, job);
        if (stale > 0) {
            throw conflict(stale + " assignment(s) of this plan no longer hold (a pledge withdrawn or expired, or the requirements changed): run the planner again");
        }
        ForcePlan plan = plan(planning, job);
        return transaction.execute(status -> acceptUnderLock(organization, actor, requestId, id, planned, planning, plan));
    }

    /** Lock the request, check its requirements still stand, change its package (new versions), audit with the package's digests. */
    private List<JdbcForceGeneration.PackageUnit> acceptUnderLock(Organization organization, Actor actor, String requestId, String id,
                                                                  StatementOfRequirements planned, Planning planning, ForcePlan plan) {
        Instant at = lock(organization, requestId);
        if (!planned.equals(requirements(organization, requestId))) {
            throw conflict("the statement of requirements changed while this plan was being accepted: look at the plan again");
        }
        String before = store.digest(store.packageUnits(organization.code(), requestId));
        store.replacePackage(organization.code(), requestId, units(planning, plan, actor.name(), at), at);
        List<JdbcForceGeneration.PackageUnit> accepted = store.packageUnits(organization.code(), requestId);
        record(actor, organization.code(), "forcegen.accept", requestId, before, store.digest(accepted),
                Map.of("job", id, "units", plan.assignments(planning.problem()).size()));
        return accepted;
    }

    /**
     * Re-plans the accepted package: the package is read and replaced under the request's lock, so that
     * re-plannings and acceptances of one request go one at a time and none is lost.
     */
    Replanning.Repair replan(Organization organization, Actor actor, String requestId, Set<String> dropped) {
        StatementOfRequirements planned = requirements(organization, requestId);
        Planning planning = planning(organization, requestId, planned);
        return transaction.execute(status -> replanUnderLock(organization, actor, requestId, dropped, planned, planning));
    }

    /**
     * Lock the request, check its requirements still stand and the dropped units are in its package, re-plan
     * the package as it stands (units kept where they were keep their acceptance), audit with the package's digests.
     */
    private Replanning.Repair replanUnderLock(Organization organization, Actor actor, String requestId, Set<String> dropped,
                                              StatementOfRequirements planned, Planning planning) {
        Instant at = lock(organization, requestId);
        if (!planned.equals(requirements(organization, requestId))) {
            throw conflict("the statement of requirements changed while re-planning: re-plan again");
        }
        List<JdbcForceGeneration.PackageUnit> accepted = store.packageUnits(organization.code(), requestId);
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
        // Units of the package no longer pledged (withdrawn, expired) leave it too.
        Set<String> leaving = new HashSet<>(dropped);
        accepted.stream().map(JdbcForceGeneration.PackageUnit::unitId).filter(unit -> !planning.has(unit)).forEach(leaving::add);
        Set<String> droppable = new HashSet<>(leaving);
        droppable.removeIf(unit -> !planning.has(unit));
        Set<String> requirementIds = planning.problem().requirements().stream().map(requirement -> requirement.id()).collect(Collectors.toSet());
        Set<String> lostElsewhere = accepted.stream().filter(unit -> !planning.has(unit.unitId()))
                .map(JdbcForceGeneration.PackageUnit::requirementId).filter(requirementIds::contains).collect(Collectors.toSet());
        Replanning.Repair repair = Replanning.repair(planning.problem(), ForcePlan.of(planning.problem(), valid(planning, assignments)), droppable, lostElsewhere);
        Map<String, JdbcForceGeneration.PackageUnit> kept = accepted.stream().collect(Collectors.toMap(JdbcForceGeneration.PackageUnit::unitId, unit -> unit));
        store.replacePackage(organization.code(), requestId, units(planning, repair.plan(), actor.name(), at).stream()
                .map(unit -> kept.containsKey(unit.unitId()) && kept.get(unit.unitId()).requirementId().equals(unit.requirementId())
                        ? unit.acceptedAs(kept.get(unit.unitId())) : unit)
                .toList(), at);
        record(actor, organization.code(), "forcegen.replan", requestId, store.digest(accepted), store.digest(store.packageUnits(organization.code(), requestId)),
                Map.of("dropped", leaving.stream().sorted().toList(),
                "changedAssignments", repair.changedAssignments(), "objectiveBefore", repair.objectiveBefore(), "objectiveAfter", repair.objectiveAfter()));
        return repair;
    }

    /**
     * Holds the request's lock until the transaction ends (see {@link Decisions#lock}); the instant to record
     * the change at, after anything recorded of the request's force generation before ({@link RecordedTime}).
     */
    private Instant lock(Organization organization, String requestId) {
        if (!decisions.lock(organization.code(), requestId)) {
            throw Refusal.notFound("id", "no request '" + requestId + "' of " + organization.code() + " filed in Entente");
        }
        return RecordedTime.after(store.lastRecorded(organization.code(), requestId), clock.instant());
    }

    /** The request's package as it stands, or as it stood at {@code at} (recorded time; empty before one was accepted) where given. */
    List<JdbcForceGeneration.PackageUnit> packageUnits(Organization organization, String requestId, Instant at) {
        requireFiled(organization, requestId);
        return at == null ? store.packageUnits(organization.code(), requestId) : store.packageUnits(organization.code(), requestId, at);
    }

    /** A plan's units with their state, requirement, personnel and ETA; accepted by {@code by} at {@code at} (null for a plan not accepted). */
    static List<JdbcForceGeneration.PackageUnit> units(Planning planning, ForcePlan plan, String by, Instant at) {
        var units = new ArrayList<JdbcForceGeneration.PackageUnit>();
        ForceProblem problem = planning.problem();
        for (int u = 0; u < problem.units().size(); u++) {
            int r = plan.requirementOf(u);
            if (r != ForcePlan.UNASSIGNED) {
                var unit = problem.units().get(u);
                units.add(new JdbcForceGeneration.PackageUnit(unit.id(), planning.designations().get(unit.id()), unit.state(),
                        problem.requirements().get(r).id(), unit.personnel(), unit.arrivalHours(), by, at));
            }
        }
        return units;
    }

    private void record(Actor actor, OrganizationCode organization, String action, String requestId, String before, String after,
                        Map<String, Object> details) {
        audit.append(new AuditRecord(actor.name(), actor.rolesIn(organization), organization.value(), action, "request:" + requestId, before, after,
                json.writeValueAsString(details)));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static Refusal conflict(String reason) {
        return Refusal.conflict(reason, List.of());
    }
}
