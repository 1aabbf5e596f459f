package org.entente.forcegeneration.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.entente.command.Refusal;
import io.swagger.v3.oas.annotations.media.Schema;
import org.entente.forcegeneration.Eta;
import org.entente.forcegeneration.Evaluation;
import org.entente.forcegeneration.Exclusions;
import org.entente.forcegeneration.ForceProblem;
import org.entente.forcegeneration.Explanation;
import org.entente.forcegeneration.JobState;
import org.entente.forcegeneration.ForcePlan;
import org.entente.forcegeneration.Objective;
import org.entente.forcegeneration.RequirementsChange;
import org.entente.forcegeneration.Shortfall;
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

    /** The arrival bound in a construction's name ("greedy, arrival bound 349 h"), its hours the group. */
    private static final java.util.regex.Pattern ARRIVAL_BOUND = java.util.regex.Pattern.compile(", arrival bound (\\d+) h$");

    record JobView(String id, String requestId, JobState.Status status, long budgetMs, long elapsedMs, String startedBy, Instant startedAt, Instant finishedAt,
                   Double bestObjective, String foundBy, String error, Evaluation evaluation, Explanation explanation, List<Shortfall> shortfalls,
                   List<JdbcForceGeneration.PackageUnit> units, int stale, List<LeftOut> leftOut, AcceptanceView acceptance,
                   @Schema(description = "Each chosen unit's arrival in parts (notice to move + transport overhead + travel), by unit id")
                   Map<String, Eta.Parts> etas,
                   @Schema(description = "Per requirement, the units the hard rules kept from it in the data planned from, each with the first "
                           + "rule that did (late, combat_caveat, national_cap; units of another capability only counted), and the nearest fix")
                   List<RequirementExclusions> exclusions,
                   @Schema(description = "Once the job has ended with a plan: a certified lower bound on the objective of any plan of the data "
                           + "planned from (no plan scores less); null before, or where it could not be computed")
                   Double lowerBound,
                   @Schema(description = "How far the job's plan is at most from the best possible plan, as a fraction of its objective: "
                           + "(bestObjective - lowerBound) / bestObjective, e.g. 0.05 for 5%; null without a plan or a bound")
                   Double gap) {

        /** Whether the job may still change: queued or running (the page keeps asking). */
        public boolean running() {
            return status.running();
        }

        public int percent() {
            return (int) Math.min(100, 100 * elapsedMs / Math.max(1, budgetMs));
        }

        /**
         * The message naming the planner's member that found the plan: {@code fg.strategy.} and its words joined by '_'
         * ("late acceptance, exact descent" is {@code fg.strategy.late_acceptance_exact_descent}), the construction's arrival
         * bound a parameter ({@code fg.strategy.greedy_arrival_bound} with its hours, {@link #strategyParameters}); null without one.
         */
        public String strategyKey() {
            return foundBy == null ? null
                    : "fg.strategy." + ARRIVAL_BOUND.matcher(foundBy).replaceAll(", arrival bound").replace(", ", "_").replace(' ', '_');
        }

        /** The parameters of {@link #strategyKey}'s message: the arrival bound's hours, where the construction's plan won. */
        public Object[] strategyParameters() {
            var bound = foundBy == null ? null : ARRIVAL_BOUND.matcher(foundBy);
            return bound != null && bound.find() ? new Object[] {Integer.valueOf(bound.group(1))} : new Object[0];
        }

        /** The gap as the page's "at most X%" says it ({@link #percentAtMost}); null without one. */
        public Double gapPercent() {
            return gap == null ? null : percentAtMost(gap);
        }
    }

    /**
     * A fraction as a percent to one decimal, rounded up: what "at most X%" may say without claiming less than is certified
     * (a gap of 0.003%, or of a billionth, reads "0.1%", never "0.0%"). A fraction on a tenth of a percent stays on it, whatever its binary rounding.
     */
    static double percentAtMost(double fraction) {
        return fraction > 0 ? Math.max(0.1, Math.ceil(Math.round(fraction * 1e7) / 1e4) / 10) : 0;
    }

    /** A unit a requirement did not get, as {@link Exclusions.Excluded}, with its designation. */
    record ExcludedView(String unit, String designation, String state, Exclusions.Rule rule, int arrivalHours,
                        @Schema(description = "For rule late: hours after the requirement's latest arrival; 0 otherwise") int lateByHours,
                        Eta.Parts eta) {
    }

    /** The nearest fix, as {@link Exclusions.NearestFix}, with the units' designations in the same order. */
    record NearestFixView(int latestArrivalHours, List<String> units, List<String> designations, long personnel,
                          @Schema(description = "Whether the requirement would be covered; false where even every late unit is not enough") boolean covers) {
    }

    /** One requirement's exclusions ({@link Exclusions.OfRequirement}). */
    record RequirementExclusions(String requirementId, int latestArrivalHours, int otherCapability, List<ExcludedView> excluded,
                                 @Schema(description = "Null where the plan covers the requirement or no later limit would let a unit in")
                                 NearestFixView nearestFix) {

        static List<RequirementExclusions> of(Exclusions exclusions, Map<String, String> designations) {
            return exclusions.requirements().stream().map(line -> new RequirementExclusions(line.requirement(), line.latestArrivalHours(),
                    line.otherCapability(), line.excluded().stream().map(e -> new ExcludedView(e.unit(), designations.get(e.unit()), e.state(), e.rule(),
                            e.arrivalHours(), e.lateByHours(), e.eta())).toList(),
                    line.nearestFix() == null ? null : new NearestFixView(line.nearestFix().latestArrivalHours(), line.nearestFix().units(),
                            line.nearestFix().units().stream().map(designations::get).toList(), line.nearestFix().personnel(), line.nearestFix().covers())))
                    .toList();
        }
    }

    /**
     * What accepting a job's plan today takes, against today's statement of requirements (not the job's snapshot, which
     * {@link JobView#shortfalls} reads): {@code shortfalls} are those acceptance refuses the plan for unless confirmed, and
     * {@code confirmation} what a confirmation of them sends back as {@code confirmedShortfalls} ({@link Shortfall#confirmation}).
     * Null while the job has no plan.
     */
    record AcceptanceView(List<Shortfall> shortfalls, String confirmation) {

        static AcceptanceView of(List<Shortfall> shortfalls) {
            return new AcceptanceView(shortfalls, Shortfall.confirmation(shortfalls));
        }
    }

    /**
     * A force package as the API and the page show it: its units; its acceptance (the first: when, by whom, and whether knowing it
     * left requirements short); what it leaves short of the statement of requirements it was made for; and, where that statement
     * changed since, {@code outOfDate}. Before a package is accepted: no units, and nothing else.
     */
    record PackageView(List<JdbcForceGeneration.PackageUnit> units, Instant acceptedAt, String acceptedBy, boolean acceptedShort,
                       List<Shortfall> shortfalls, OutOfDate outOfDate) {
    }

    /**
     * The statement of requirements changed since the package was made for it: the instants the version it was made for and the
     * version standing were recorded from, and what changed (a requirement added, removed or changed, the theatre moved).
     */
    record OutOfDate(Instant madeFor, Instant standing, List<RequirementsChange> changes) {
    }

    /** The request's package as it stands, or as it stood at {@code at} (recorded time) where given. */
    PackageView forcePackage(Organization organization, String requestId, Instant at) {
        List<JdbcForceGeneration.PackageUnit> units = service.packageUnits(organization, requestId, at);
        if (units.isEmpty()) {
            return new PackageView(units, null, null, false, List.of(), null);
        }
        var first = units.stream().min(Comparator.comparing(JdbcForceGeneration.PackageUnit::acceptedAt)).orElseThrow();
        var requirements = service.packageRequirements(organization, requestId, at);
        List<Shortfall> shortfalls = requirements.madeFor().map(madeFor -> Shortfall.of(madeFor.statement(),
                        units.stream().collect(Collectors.groupingBy(JdbcForceGeneration.PackageUnit::requirementId,
                                Collectors.summingLong(JdbcForceGeneration.PackageUnit::personnel))),
                        units.stream().collect(Collectors.groupingBy(JdbcForceGeneration.PackageUnit::requirementId,
                                Collectors.summingInt(unit -> 1)))))
                .orElse(List.of());
        OutOfDate outOfDate = requirements.madeFor().flatMap(madeFor -> requirements.standing()
                        .filter(standing -> !standing.recordedFrom().equals(madeFor.recordedFrom()))
                        .map(standing -> new OutOfDate(madeFor.recordedFrom(), standing.recordedFrom(),
                                RequirementsChange.between(madeFor.statement(), standing.statement()))))
                .filter(changed -> !changed.changes().isEmpty())
                .orElse(null);
        return new PackageView(units, first.acceptedAt(), first.acceptedBy(), units.stream()
                .anyMatch(unit -> unit.acceptedShort() && unit.acceptedAt().equals(first.acceptedAt())), shortfalls, outOfDate);
    }

    Organization organization(String code) {
        return register.organizationNamed("organization", code, clock.instant());
    }

    JobView job(Organization organization, String requestId, String id) {
        JdbcForceGeneration.Job job = service.job(organization, requestId, id);
        Evaluation evaluation = null;
        Explanation explanation = null;
        List<JdbcForceGeneration.PackageUnit> units = List.of();
        List<Shortfall> shortfalls = List.of();
        int stale = 0;
        AcceptanceView acceptance = null;
        Map<String, Eta.Parts> etas = Map.of();
        List<RequirementExclusions> exclusions = List.of();
        Planning planned = service.plannedFrom(organization, requestId, job);
        if (job.bestPlan() != null) {
            ForcePlan plan = service.plan(planned, job);
            evaluation = Objective.evaluate(planned.problem(), plan);
            explanation = Explanation.of(planned.problem(), plan);
            shortfalls = Shortfall.of(explanation);
            units = ForceGenerationService.units(planned, plan, null, null, false);
            ForceGenerationService.Acceptable today = service.acceptable(organization, requestId, job);
            stale = today.stale();
            acceptance = AcceptanceView.of(today.shortfalls());
            ForceProblem problem = planned.problem();
            etas = units.stream().collect(Collectors.toMap(JdbcForceGeneration.PackageUnit::unitId,
                    unit -> Eta.parts(problem, problem.units().get(problem.unitIndex(unit.unitId()))), (a, b) -> a, LinkedHashMap::new));
            exclusions = RequirementExclusions.of(Exclusions.of(problem, plan), planned.designations());
        }
        return new JobView(job.id(), job.requestId(), job.state().status(), job.budgetMs(), job.elapsedMs(clock.instant()), job.startedBy(),
                job.startedAt(), job.finishedAt(), job.bestObjective(), job.foundBy(), job.state().why(), evaluation, explanation, shortfalls, units, stale,
                planned.leftOut(), acceptance, etas, exclusions, job.lowerBound(), job.gap());
    }
}
