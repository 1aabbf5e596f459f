package org.entente.forcegeneration.internal;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.entente.access.Actor;
import org.entente.assistance.DecisionKind;
import org.entente.assistance.Decisions;
import org.entente.audit.AuditRecord;
import org.entente.audit.AuditTrail;
import org.entente.forcegeneration.AvailableUnits;
import org.entente.forcegeneration.ForceGenerator;
import org.entente.forcegeneration.ForcePlan;
import org.entente.forcegeneration.ForceProblem;
import org.entente.forcegeneration.PledgedUnit;
import org.entente.forcegeneration.Progress;
import org.entente.forcegeneration.Replanning;
import org.entente.forcegeneration.StatementOfRequirements;
import org.entente.register.Organization;
import org.entente.register.OrganizationCode;
import org.entente.register.Register;
import org.entente.register.Standing;
import org.entente.web.Problems;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Force generation for a decision to deploy: its statement of requirements, the planner's runs as jobs
 * kept in the database (started, followed, terminated; one at a time per instance, on a thread of their
 * own), the package accepted from a run, and its repair when units drop out. Each change is audited.
 */
@Service
class ForceGenerationService {

    static final Duration MAX_BUDGET = Duration.ofSeconds(60);
    private static final long PROGRESS_EVERY_MS = 250;

    private final Decisions decisions;
    private final Register register;
    private final AvailableUnits available;
    private final JdbcForceGeneration store;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final Clock clock;
    private final ExecutorService planners = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "force-generation");
        thread.setDaemon(true);
        return thread;
    });

    ForceGenerationService(Decisions decisions, Register register, AvailableUnits available, JdbcForceGeneration store, AuditTrail audit,
                           TransactionTemplate transaction, JsonMapper json, Clock clock) {
        this.decisions = decisions;
        this.register = register;
        this.available = available;
        this.store = store;
        this.audit = audit;
        this.transaction = transaction;
        this.json = json;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void interruptJobsOfAStoppedProcess() {
        store.interruptAbandoned(now(), Duration.ofMinutes(1));
    }

    @PreDestroy
    void stopPlanners() {
        planners.shutdownNow();
    }

    /** The problem of a request: its statement of requirements, the units pledged and valid today, the members in good standing today. */
    record Planning(ForceProblem problem, Map<String, PledgedUnit> units) {
    }

    void requireDeployDecision(Organization organization, String requestId) {
        var decided = decisions.of(organization.code(), requestId)
                .orElseThrow(() -> conflict("request " + requestId + " has no decision of the council in Entente"));
        if (decided.decision() != DecisionKind.DEPLOY_FORCES) {
            throw conflict("request " + requestId + " was decided " + decided.decision().code().replace('_', ' ') + ", not to deploy forces");
        }
    }

    StatementOfRequirements requirements(Organization organization, String requestId) {
        return store.requirements(organization.code(), requestId)
                .orElseThrow(() -> Problems.notFound("requirements", "request " + requestId + " has no statement of requirements yet"));
    }

    void putRequirements(Organization organization, Actor actor, String requestId, StatementOfRequirements requirements) {
        requireDeployDecision(organization, requestId);
        transaction.executeWithoutResult(status -> {
            store.saveRequirements(organization.code(), requestId, requirements, actor.name(), now());
            record(actor, organization.code(), "forcegen.requirements", requestId, Map.of("lines", requirements.requirements().size(),
                    "theatre", requirements.theatre().lat() + "," + requirements.theatre().lon()));
        });
    }

    Planning planning(Organization organization, String requestId) {
        StatementOfRequirements requirements = requirements(organization, requestId);
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        List<String> members = register.membership(organization.code(), clock.instant()).standingsOn(today).stream()
                .filter(standing -> standing.standing() == Standing.MEMBER)
                .map(standing -> standing.state().value())
                .toList();
        List<PledgedUnit> units = available.on(organization.code(), today);
        ForceProblem problem = requirements.problem(requestId, members, units);
        return new Planning(problem, units.stream().collect(Collectors.toMap(PledgedUnit::id, Function.identity())));
    }

    JdbcForceGeneration.Job start(Organization organization, Actor actor, String requestId, Duration budget) {
        requireDeployDecision(organization, requestId);
        if (budget.isNegative() || budget.isZero() || budget.compareTo(MAX_BUDGET) > 0) {
            throw Problems.badRequest("budgetSeconds", "a planner runs for more than 0 and at most " + MAX_BUDGET.toSeconds() + " seconds");
        }
        Planning planning = planning(organization, requestId);
        if (planning.problem().units().isEmpty()) {
            throw conflict("no unit is pledged and valid today by a member in good standing: there is nothing to plan with");
        }
        var job = new JdbcForceGeneration.Job(UUID.randomUUID().toString(), organization.code(), requestId, "running", budget.toMillis(),
                actor.name(), now(), null, null, null, null, false, null);
        transaction.executeWithoutResult(status -> {
            store.insert(job);
            record(actor, organization.code(), "forcegen.start", requestId, Map.of("job", job.id(), "budgetMs", budget.toMillis(),
                    "units", planning.problem().units().size(), "requirements", planning.problem().requirements().size()));
        });
        planners.submit(() -> run(job, planning, budget));
        return job;
    }

    private void run(JdbcForceGeneration.Job job, Planning planning, Duration budget) {
        AtomicLong lastWrite = new AtomicLong();
        AtomicLong lastCheck = new AtomicLong();
        double[] best = {Double.MAX_VALUE};
        boolean[] stop = {false};
        Progress progress = new Progress() {
            @Override
            public boolean stopRequested() {
                long nowMs = System.currentTimeMillis();
                if (nowMs - lastCheck.get() >= PROGRESS_EVERY_MS) {
                    lastCheck.set(nowMs);
                    stop[0] = store.terminationRequested(job.id());
                }
                return stop[0];
            }

            @Override
            public synchronized void improved(double objective) {
                if (objective < best[0]) {
                    best[0] = objective;
                    long nowMs = System.currentTimeMillis();
                    if (nowMs - lastWrite.get() >= PROGRESS_EVERY_MS) {
                        lastWrite.set(nowMs);
                        store.progress(job.id(), objective, null, null);
                    }
                }
            }
        };
        try {
            ForceGenerator.Result result = ForceGenerator.plan(planning.problem(), budget, job.id().hashCode(), progress);
            store.progress(job.id(), result.evaluation().objective(), json.writeValueAsString(result.plan().assignments(planning.problem())),
                    result.foundBy());
            store.finish(job.id(), store.terminationRequested(job.id()) ? "terminated" : "finished", now(), null);
        } catch (RuntimeException failed) {
            store.finish(job.id(), "failed", now(), String.valueOf(failed.getMessage()));
        }
    }

    JdbcForceGeneration.Job job(Organization organization, String requestId, String id) {
        return store.job(organization.code(), id).filter(job -> job.requestId().equals(requestId))
                .orElseThrow(() -> Problems.notFound("job", "no force generation job " + id + " for request " + requestId));
    }

    List<JdbcForceGeneration.Job> jobs(Organization organization, String requestId) {
        return store.jobs(organization.code(), requestId);
    }

    void terminate(Organization organization, Actor actor, String requestId, String id) {
        job(organization, requestId, id);
        transaction.executeWithoutResult(status -> {
            if (!store.requestTermination(organization.code(), id)) {
                throw conflict("job " + id + " is not running");
            }
            record(actor, organization.code(), "forcegen.terminate", requestId, Map.of("job", id));
        });
    }

    /** The plan a finished or terminated job found, over the problem as it stands now. */
    ForcePlan plan(Planning planning, JdbcForceGeneration.Job job) {
        if (job.bestPlan() == null) {
            throw conflict("job " + job.id() + " has no plan yet (" + job.status() + ")");
        }
        List<Map<String, String>> assignments = json.readValue(job.bestPlan(), new tools.jackson.core.type.TypeReference<>() {
        });
        var kept = new ArrayList<ForcePlan.Assignment>();
        for (Map<String, String> a : assignments) {
            if (planning.units().containsKey(a.get("unit"))) {
                kept.add(new ForcePlan.Assignment(a.get("unit"), a.get("requirement")));
            }
        }
        return ForcePlan.of(planning.problem(), kept);
    }

    void accept(Organization organization, Actor actor, String requestId, String id) {
        JdbcForceGeneration.Job job = job(organization, requestId, id);
        Planning planning = planning(organization, requestId);
        ForcePlan plan = plan(planning, job);
        transaction.executeWithoutResult(status -> {
            store.replacePackage(organization.code(), requestId, packageUnits(planning, plan, actor));
            record(actor, organization.code(), "forcegen.accept", requestId, Map.of("job", id, "units", plan.assignments(planning.problem()).size()));
        });
    }

    Replanning.Repair replan(Organization organization, Actor actor, String requestId, Set<String> dropped) {
        Planning planning = planning(organization, requestId);
        List<JdbcForceGeneration.PackageUnit> accepted = store.packageUnits(organization.code(), requestId);
        if (accepted.isEmpty()) {
            throw conflict("request " + requestId + " has no accepted force package to re-plan");
        }
        Set<String> inPackage = accepted.stream().map(JdbcForceGeneration.PackageUnit::unitId).collect(Collectors.toSet());
        Set<String> unknown = new HashSet<>(dropped);
        unknown.removeAll(inPackage);
        if (!unknown.isEmpty()) {
            throw Problems.badRequest("droppedUnits", "not in the accepted package: " + unknown);
        }
        var assignments = accepted.stream().filter(unit -> planning.units().containsKey(unit.unitId()))
                .map(unit -> new ForcePlan.Assignment(unit.unitId(), unit.requirementId())).toList();
        // Units of the package no longer pledged (withdrawn, expired) leave it too.
        Set<String> leaving = new HashSet<>(dropped);
        accepted.stream().map(JdbcForceGeneration.PackageUnit::unitId).filter(unit -> !planning.units().containsKey(unit)).forEach(leaving::add);
        Set<String> droppable = new HashSet<>(leaving);
        droppable.retainAll(planning.units().keySet());
        Replanning.Repair repair = Replanning.repair(planning.problem(), ForcePlan.of(planning.problem(), assignments), droppable);
        transaction.executeWithoutResult(status -> {
            store.replacePackage(organization.code(), requestId, packageUnits(planning, repair.plan(), actor));
            record(actor, organization.code(), "forcegen.replan", requestId, Map.of("dropped", leaving.stream().sorted().toList(),
                    "changedAssignments", repair.changedAssignments(), "objectiveBefore", repair.objectiveBefore(), "objectiveAfter", repair.objectiveAfter()));
        });
        return repair;
    }

    List<JdbcForceGeneration.PackageUnit> packageUnits(Organization organization, String requestId) {
        return store.packageUnits(organization.code(), requestId);
    }

    private List<JdbcForceGeneration.PackageUnit> packageUnits(Planning planning, ForcePlan plan, Actor actor) {
        Instant at = now();
        var units = new ArrayList<JdbcForceGeneration.PackageUnit>();
        ForceProblem problem = planning.problem();
        for (int u = 0; u < problem.units().size(); u++) {
            int r = plan.requirementOf(u);
            if (r != ForcePlan.UNASSIGNED) {
                var unit = problem.units().get(u);
                units.add(new JdbcForceGeneration.PackageUnit(unit.id(), planning.units().get(unit.id()).designation(), unit.state(),
                        problem.requirements().get(r).id(), unit.personnel(), unit.arrivalHours(), actor.name(), at));
            }
        }
        return units;
    }

    private void record(Actor actor, OrganizationCode organization, String action, String requestId, Map<String, Object> details) {
        audit.append(new AuditRecord(actor.name(), actor.rolesIn(organization), organization.value(), action, "request:" + requestId, null, null,
                json.writeValueAsString(details)));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static RuntimeException conflict(String reason) {
        return Problems.of(HttpStatus.CONFLICT, "Conflict", reason, List.of());
    }
}
