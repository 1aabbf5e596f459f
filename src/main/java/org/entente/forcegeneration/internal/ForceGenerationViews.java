package org.entente.forcegeneration.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.entente.access.Actor;
import org.entente.forcegeneration.Evaluation;
import org.entente.forcegeneration.Explanation;
import org.entente.forcegeneration.ForcePlan;
import org.entente.forcegeneration.ForceProblem;
import org.entente.forcegeneration.Objective;
import org.entente.register.Organization;
import org.entente.register.OrganizationCode;
import org.entente.register.Register;
import org.entente.web.Problems;
import org.springframework.stereotype.Component;

/** Planner jobs as the API and the pages show them: progress while running, the plan explained once done. */
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

    record UnitLine(String unit, String designation, String state, String requirement, int personnel, int etaHours) {
    }

    record JobView(String id, String requestId, String status, long budgetMs, long elapsedMs, String startedBy, Instant startedAt, Instant finishedAt,
                   Double bestObjective, String foundBy, String error, Evaluation evaluation, Explanation explanation, List<UnitLine> units) {

        public boolean running() {
            return "running".equals(status);
        }

        public int percent() {
            return (int) Math.min(100, 100 * elapsedMs / Math.max(1, budgetMs));
        }
    }

    Organization organization(String code, Actor actor) {
        if (!OrganizationCode.isValid(code)) {
            throw Problems.badRequest("organization", "'" + code + "' is not an organization code");
        }
        return register.organization(OrganizationCode.of(code), clock.instant())
                .orElseThrow(() -> Problems.notFound("organization", "no organization '" + code + "' in the register"));
    }

    JobView job(Organization organization, String requestId, String id) {
        JdbcForceGeneration.Job job = service.job(organization, requestId, id);
        Instant end = job.finishedAt() == null ? clock.instant() : job.finishedAt();
        Evaluation evaluation = null;
        Explanation explanation = null;
        List<UnitLine> units = List.of();
        if (job.bestPlan() != null) {
            ForceGenerationService.Planning planning = service.planning(organization, requestId);
            ForceProblem problem = planning.problem();
            ForcePlan plan = service.plan(planning, job);
            evaluation = Objective.evaluate(problem, plan);
            explanation = Explanation.of(problem, plan);
            var lines = new ArrayList<UnitLine>();
            for (int u = 0; u < problem.units().size(); u++) {
                int r = plan.requirementOf(u);
                if (r != ForcePlan.UNASSIGNED) {
                    var unit = problem.units().get(u);
                    lines.add(new UnitLine(unit.id(), planning.units().get(unit.id()).designation(), unit.state(), problem.requirements().get(r).id(),
                            unit.personnel(), unit.arrivalHours()));
                }
            }
            units = lines;
        }
        return new JobView(job.id(), job.requestId(), job.status(), job.budgetMs(), Duration.between(job.startedAt(), end).toMillis(), job.startedBy(),
                job.startedAt(), job.finishedAt(), job.bestObjective(), job.foundBy(), job.error(), evaluation, explanation, units);
    }
}
