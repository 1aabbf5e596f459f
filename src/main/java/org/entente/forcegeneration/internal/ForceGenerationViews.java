package org.entente.forcegeneration.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.entente.command.Refusal;
import org.entente.forcegeneration.Evaluation;
import org.entente.forcegeneration.Explanation;
import org.entente.forcegeneration.JobState;
import org.entente.forcegeneration.ForcePlan;
import org.entente.forcegeneration.Objective;
import org.entente.forces.LeftOut;
import org.entente.register.Organization;
import org.entente.register.Register;
import org.springframework.stereotype.Component;

/**
 * Planner jobs as the API and the pages show them: progress while running, the plan explained once done
 * against the data it was planned from (the job's snapshot), how many of its assignments no longer hold
 * today, and the pledges the planning left out because their stored values are not sound.
 */
@Component
class ForceGenerationViews {

    private final ForceGenerationService service;
    private final Register register;
    private final Clock clock;

    ForceGenerationViews(ForceGenerationService service, Register register, Clock clock) {
        this.service = service;
        this.register = register;
        this.clock = clock;
    }

    record JobView(String id, String requestId, JobState.Status status, long budgetMs, long elapsedMs, String startedBy, Instant startedAt, Instant finishedAt,
                   Double bestObjective, String foundBy, String error, Evaluation evaluation, Explanation explanation, List<JdbcForceGeneration.PackageUnit> units, int stale,
                   List<LeftOut> leftOut) {

        /** Whether the job may still change: queued or running (the page keeps asking). */
        public boolean running() {
            return status.running();
        }

        public int percent() {
            return (int) Math.min(100, 100 * elapsedMs / Math.max(1, budgetMs));
        }
    }

    Organization organization(String code) {
        return register.organizationNamed("organization", code, clock.instant());
    }

    JobView job(Organization organization, String requestId, String id) {
        JdbcForceGeneration.Job job = service.job(organization, requestId, id);
        Evaluation evaluation = null;
        Explanation explanation = null;
        List<JdbcForceGeneration.PackageUnit> units = List.of();
        int stale = 0;
        Planning planned = service.plannedFrom(organization, requestId, job);
        if (job.bestPlan() != null) {
            ForcePlan plan = service.plan(planned, job);
            evaluation = Objective.evaluate(planned.problem(), plan);
            explanation = Explanation.of(planned.problem(), plan);
            units = ForceGenerationService.units(planned, plan, null, null);
            stale = service.stale(service.planning(organization, requestId), job);
        }
        return new JobView(job.id(), job.requestId(), job.state().status(), job.budgetMs(), job.elapsedMs(clock.instant()), job.startedBy(),
                job.startedAt(), job.finishedAt(), job.bestObjective(), job.foundBy(), job.state().why(), evaluation, explanation, units, stale,
                planned.leftOut());
    }
}
