package org.entente.forces.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.forces.CapacityGoal;
import org.entente.forces.Caveats;
import org.entente.forces.Equipment;
import org.entente.forces.ForcePool;
import org.entente.forces.GapAnalysis;
import org.entente.forces.GeoPoint;
import org.entente.forces.LeftOut;
import org.entente.forces.Pledge;
import org.entente.forces.PledgeTerms;
import org.entente.forces.Readiness;
import org.entente.provenance.Disagreement;
import org.entente.provenance.Provenance;
import org.entente.register.Organization;
import org.entente.register.Register;
import org.entente.web.PageOf;
import org.springframework.stereotype.Component;

/** Pools, their gap analyses and pledges as the API answers them (and the pages show them). */
@Component
class ForcesViews {

    private final Register register;
    private final Provenance provenance;
    private final Clock clock;

    ForcesViews(Register register, Provenance provenance, Clock clock) {
        this.register = register;
        this.provenance = provenance;
        this.clock = clock;
    }

    record Goal(String capability, int personnel, int units) {
        static Goal of(CapacityGoal goal) {
            return goal == null ? null : new Goal(goal.capability().code(), goal.personnel(), goal.units());
        }
    }

    /** A pool's facts, with the identifiers of the disagreements about them. */
    record PoolView(String id, String name, String kind, String established, Integer personnelMin, Integer personnelMax, Integer personnelApprox,
                    List<Goal> capacityGoals, List<String> sources, List<String> disagreements) {
    }

    record CountView(int units, int personnel) {
        static CountView of(GapAnalysis.Count count) {
            return count == null ? null : new CountView(count.units(), count.personnel());
        }
    }

    /** One capability: its goal (null when none is recorded), the valid pledges by readiness and in total, and the shortfall (null without a goal). */
    record LineView(String capability, Goal goal, Map<String, CountView> byReadiness, CountView total, CountView shortfall) {
    }

    /** The gap analysis, and the pledges it left out because their stored values are not sound (each with why). */
    record GapView(LocalDate date, boolean goalsRecorded, List<LineView> lines, List<LeftOut> leftOut) {
    }

    /** One page of the pledges ({@link PageOf}'s members), and the stored rows that make no pledge, left out of the list, each with why. */
    record PledgesPage(List<PledgeView> items, int page, int size, long totalItems, int totalPages, List<LeftOut> leftOut) {

        static PledgesPage of(PageOf<PledgeView> page, List<LeftOut> leftOut) {
            return new PledgesPage(page.items(), page.page(), page.size(), page.totalItems(), page.totalPages(), List.copyOf(leftOut));
        }
    }

    /** A pool, and for those who may read pledges its gap analysis on a date. */
    record PoolDetail(PoolView pool, boolean pledgesReadable, GapView gapAnalysis) {
    }

    record ChangeView(String action, String readiness, String by, Instant at, List<PledgeTerms.Difference> changes) {
    }

    record PledgeView(long id, String organization, String state, String pool, String designation, String capability, int personnel,
                      List<Equipment> equipment, int noticeToMoveHours, GeoPoint homeBase, String transport, Caveats caveats, String readiness,
                      String status, LocalDate expiresOn, boolean validToday, int version, List<ChangeView> history, boolean illustrative) {
    }

    /** The organization the address names, as currently registered. */
    Organization organization(String code) {
        return register.organizationNamed("organization", code, clock.instant());
    }

    /** The disagreements about each pool of the organization, by pool id. */
    Map<String, List<Disagreement>> disagreements(Organization organization) {
        var byPool = new LinkedHashMap<String, List<Disagreement>>();
        provenance.content(organization.code().value(), clock.instant()).disagreements().stream()
                .filter(disagreement -> disagreement.subject().startsWith("forcePool:"))
                .forEach(disagreement -> byPool.computeIfAbsent(disagreement.subject().substring("forcePool:".length()), id -> new ArrayList<>())
                        .add(disagreement));
        return byPool;
    }

    static PoolView pool(ForcePool pool, List<Disagreement> disagreements) {
        return new PoolView(pool.id(), pool.name(), pool.kind().code(), pool.established().toString(), pool.personnelMin(), pool.personnelMax(),
                pool.personnelApprox(), pool.capacityGoals().stream().map(Goal::of).toList(), pool.sources(),
                disagreements == null ? List.of() : disagreements.stream().map(Disagreement::id).toList());
    }

    static GapView gap(ForcesService.Gap gap) {
        GapAnalysis analysis = gap.analysis();
        return new GapView(analysis.on(), analysis.hasGoals(), analysis.lines().stream().map(line -> {
            var byReadiness = new LinkedHashMap<String, CountView>();
            for (Readiness readiness : Readiness.values()) {
                byReadiness.put(readiness.code(), CountView.of(line.at(readiness)));
            }
            return new LineView(line.capability().code(), Goal.of(line.goal()), byReadiness, CountView.of(line.total()), CountView.of(line.shortfall()));
        }).toList(), gap.leftOut());
    }

    PledgeView pledge(Pledge pledge) {
        PledgeTerms terms = pledge.terms();
        LocalDate today = ForcesService.day(clock.instant());
        return new PledgeView(pledge.id(), pledge.organization().value(), pledge.state().value(), terms.poolId(), terms.designation(),
                terms.capability().code(), terms.personnel(), terms.equipment(), terms.noticeToMoveHours(), terms.homeBase(), terms.transport().code(),
                terms.caveats(), pledge.readiness().code(), pledge.withdrawn() ? "withdrawn" : "active", terms.expiresOn(), pledge.validOn(today),
                pledge.version(), pledge.history().stream().map(change -> new ChangeView(change.action().code(), change.readiness().code(), change.by(),
                        change.at().truncatedTo(ChronoUnit.SECONDS), change.differences())).toList(), terms.illustrative());
    }
}
