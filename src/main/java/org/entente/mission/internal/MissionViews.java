package org.entente.mission.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.entente.mission.Contingent;
import org.entente.mission.ContingentTimeline;
import org.entente.mission.ContingentTimeline.Milestone;
import org.entente.mission.Count;
import org.entente.mission.Headcount;
import org.entente.mission.Headline;
import org.entente.mission.MandateClock;
import org.entente.mission.Mission;
import org.entente.mission.MissionFormat;
import org.entente.mission.MissionRecord;
import org.entente.mission.MissionState;
import org.entente.mission.ReportedFigure;
import org.entente.mission.Site;
import org.entente.mission.SiteStatus;
import org.entente.mission.Sites;
import org.entente.mission.Sitrep;
import org.entente.mission.SitrepChange;
import org.entente.mission.Sitreps;
import org.entente.mission.Strength;
import org.entente.register.Coded;
import org.entente.register.Organization;
import org.entente.register.Register;
import org.entente.register.StateCode;
import org.springframework.stereotype.Component;

/** Missions as the API answers them and the pages show them: the same views for both. */
@Component
class MissionViews {

    private final Register register;
    private final Clock clock;

    MissionViews(Register register, Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    /** The organization the address names, as currently registered. */
    Organization organization(String code) {
        return register.organizationNamed("organization", code, clock.instant());
    }

    record PeriodView(String from, String until) {
    }

    /** A headcount: its count (null where the sources say it was not published), as words, on what basis, in whose words, on which sources. */
    record HeadcountView(Long value, String bound, String words, String basis, String wording, String asOf, List<String> sources) {
        static HeadcountView of(Headcount headcount) {
            Count count = headcount.count();
            return new HeadcountView(count == null ? null : count.value(), count == null ? null : count.bound().code(),
                    count == null ? "not published" : count.words(), headcount.basis().code(), headcount.wording(),
                    headcount.asOf() == null ? null : headcount.asOf().toString(), headcount.sources());
        }
    }

    /** A strength: the preferred headcount and why, the others beside it, and the range of the published counts. */
    record StrengthView(HeadcountView preferred, String reason, List<HeadcountView> others, Integer least, Integer most) {
        static StrengthView of(Strength strength) {
            if (strength == null) {
                return null;
            }
            var range = strength.range();
            return new StrengthView(HeadcountView.of(strength.preferred()), strength.reason(), strength.others().stream().map(HeadcountView::of).toList(),
                    range.map(Strength.Range::least).orElse(null), range.map(Strength.Range::most).orElse(null));
        }
    }

    record StepView(String status, String by, String on, String reason, List<String> sources) {
        static StepView of(MissionState state) {
            return new StepView(state.status().code(), state.step().by(), state.step().on().toString(),
                    state instanceof MissionState.Terminated terminated ? terminated.reason() : null, state.step().sources());
        }
    }

    record UnitView(String designation, String unit, String capability, Integer personnel, Integer etaHours, List<String> sources) {
        static UnitView of(Contingent.Unit unit) {
            return switch (unit) {
                case Contingent.Unit.FromPackage p -> new UnitView(p.designation(), p.unitId(), p.capability().code(), p.personnel(), p.etaHours(), List.of());
                case Contingent.Unit.Recorded r -> new UnitView(r.designation(), null, null, null, null, r.sources());
            };
        }
    }

    record EquipmentView(String name, int count) {
    }

    /** A milestone: when planned, when reported reached (on which sources), and how late against the plan. */
    record MilestoneView(String milestone, String planned, String actual, List<String> sources, String reportedBy, Long slipHours, Boolean slipToTheDay) {
    }

    record ContingentView(String state, List<UnitView> units, List<EquipmentView> equipment, StrengthView strength, List<MilestoneView> timeline,
                          boolean late) {
        static ContingentView of(Contingent contingent, java.time.ZoneId zone) {
            ContingentTimeline timeline = contingent.timeline();
            var milestones = new ArrayList<MilestoneView>();
            for (Milestone milestone : Milestone.values()) {
                var planned = timeline.planned().get(milestone);
                var actual = timeline.actual().get(milestone);
                if (planned == null && actual == null) {
                    continue;
                }
                var slip = timeline.slip(milestone, zone);
                milestones.add(new MilestoneView(milestone.code(), planned == null ? null : MissionFormat.text(planned),
                        actual == null ? null : MissionFormat.text(actual.at()), actual == null ? List.of() : actual.sources(),
                        actual == null ? null : actual.reportedBy(),
                        slip.map(s -> s.size().toHours()).orElse(null), slip.map(s -> s.toTheDay()).orElse(null)));
            }
            return new ContingentView(contingent.state().value(), contingent.units().stream().map(UnitView::of).toList(),
                    contingent.equipment().stream().map(item -> new EquipmentView(item.name(), item.count())).toList(), StrengthView.of(contingent.strength()),
                    milestones, timeline.arrivalSlip(zone).isPresent());
        }
    }

    record ClockView(LocalDate on, Long daysDeployed, Long daysToEnd, boolean pastEnd) {
        static ClockView of(MandateClock clock) {
            return new ClockView(clock.on(), clock.daysDeployed(), clock.daysToEnd(), clock.pastEnd());
        }
    }

    record GroundsView(String kind, Instant acceptedAt, String acceptedBy, List<String> sources) {
    }

    record LegalBasisView(String request, String clause, String article, String instrument, GroundsView grounds) {
    }

    record MandateView(String text, List<String> tasks, List<String> sources) {
    }

    record CommanderView(String name, String rank, String state, List<String> sources) {
    }

    record TheatreView(String area, double lat, double lon, String timeZone) {
    }

    /** A mission in a list: enough to pick it out and answer the common questions (status, contributors, size, how long). */
    record MissionSummary(String id, String name, String host, String status, String request, String clause, String forcePool, PeriodView mandate,
                          PeriodView deployed, Long daysDeployed, List<String> contributors, HeadcountView strength, String commander) {
    }

    /**
     * One mission whole, as the record stands or as it was known at {@code knownAt}: its sites named, each with its status
     * over time, and the sources' own count of the sites beside ({@code sitesReported}, null where they give none).
     */
    record MissionView(String id, String organization, String name, String host, String status, LegalBasisView legalBasis, MandateView mandate,
                       String forcePool, CommanderView commander, PeriodView mandatePeriod, List<PeriodView> extensions, TheatreView theatre,
                       ClockView clock, PeriodView deployed, List<StepView> history, StrengthView strength, List<String> contributors,
                       List<String> membersNotContributing, List<ContingentView> contingents, List<HeadlineView> casualties,
                       List<HeadlineView> missionLosses, List<EquipmentClaimView> equipmentClaims, List<SiteView> sites,
                       SiteCountView sitesReported, Instant knownAt, int version) {
    }

    /** Equipment the sources say the mission took, by name (and count where given); {@code singleSource}: nothing else confirms it. */
    record EquipmentClaimView(String name, Integer count, String wording, List<String> sources, boolean singleSource) {
        static EquipmentClaimView of(org.entente.mission.EquipmentClaim claim) {
            return new EquipmentClaimView(claim.name(), claim.count(), claim.wording(), claim.sources(), claim.singleSource());
        }
    }

    record FigureView(String id, String category, String population, long value, String bound, String words, String period, String asOf,
                      Instant recordedAt, String reportedBy, String basis, List<String> sources, String wording, String status, String supersedes) {
        static FigureView of(ReportedFigure figure) {
            return new FigureView(figure.id(), figure.category().code(), figure.population().code(), figure.count().value(), figure.count().bound().code(),
                    figure.count().words(), figure.span() instanceof ReportedFigure.Span.ForPeriod(var from, var until) ? from + "/" + until : "cumulative",
                    figure.asOf().toString(), figure.recordedAt(), figure.reportedBy(), figure.basis().code(), figure.sources(), figure.wording(),
                    figure.status().code(), figure.supersedes());
        }
    }

    /**
     * The headline of a category and population: the preferred series' latest figure, the other series' latest beside it,
     * the range between them (never a sum), every source behind them, and the preferred series' revisions in order.
     */
    record HeadlineView(String category, String population, FigureView figure, List<FigureView> others, FigureView low, FigureView high,
                        List<String> sources, List<FigureView> revisions) {
        static HeadlineView of(Headline headline) {
            var range = headline.range();
            return new HeadlineView(headline.category().code(), headline.population().code(), FigureView.of(headline.figure()),
                    headline.currentFigures().stream().filter(figure -> figure != headline.figure()).map(FigureView::of).toList(),
                    FigureView.of(range.low()), FigureView.of(range.high()), headline.sources(), headline.history().stream().map(FigureView::of).toList());
        }
    }

    /** The mission's figures: the headlines of the crisis and the mission's own losses, apart, and every figure reported. */
    record FiguresView(String mission, Instant knownAt, List<HeadlineView> casualties, List<HeadlineView> missionLosses, List<FigureView> figures) {
    }

    static PeriodView deployed(Mission mission) {
        String from = mission.history().stream().filter(state -> state.status() == MissionState.Status.DEPLOYING).findFirst()
                .map(state -> state.step().on().toString()).orElse(null);
        String until = mission.history().stream().filter(state -> state.status().isFinal()).findFirst()
                .map(state -> state.step().on().toString()).orElse(null);
        return new PeriodView(from, until);
    }

    private static PeriodView period(org.entente.register.Period period) {
        return new PeriodView(period.from().toString(), period.until() == null ? null : period.until().toString());
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /**
     * The day the mandate clock reads: today in the theatre, or for a view of the past the day it is known at, as the
     * {@code at} it was asked with names it (UTC).
     */
    LocalDate clockDay(Instant knownAt, Mission mission) {
        return knownAt == null ? LocalDate.ofInstant(clock.instant(), mission.theatre().zone()) : LocalDate.ofInstant(knownAt, ZoneOffset.UTC);
    }

    MissionSummary summary(MissionService.Found found) {
        Mission mission = found.record().mission();
        return new MissionSummary(mission.id(), mission.name(), mission.host().value(), mission.status().code(), mission.basis().request(),
                mission.basis().clause(), mission.forcePool(), period(mission.period().current()), deployed(mission),
                mission.clock(clockDay(found.knownAt(), mission)).daysDeployed(), mission.contributors().stream().map(StateCode::value).toList(),
                mission.strength() == null ? null : HeadcountView.of(mission.strength().preferred()),
                mission.commander() == null ? null : mission.commander().name());
    }

    MissionView mission(Organization organization, MissionService.Found found) {
        MissionRecord record = found.record();
        Mission mission = record.mission();
        var content = register.content(organization.code(), clock.instant());
        var clause = content.flatMap(c -> c.clauses().stream().filter(each -> each.id().equals(mission.basis().clause())).findFirst());
        var grounds = switch (mission.basis().grounds()) {
            case org.entente.mission.LegalBasis.Grounds.AcceptedPackage p -> new GroundsView("package", p.acceptedAt(), p.acceptedBy(), List.of());
            case org.entente.mission.LegalBasis.Grounds.WithoutForceGeneration w -> new GroundsView("without_force_generation", null, null, List.of());
            case org.entente.mission.LegalBasis.Grounds.RecordedFromDataset r -> new GroundsView("recorded", null, null, r.sources());
        };
        LocalDate decided = mission.period().decided().from().date();
        List<String> contributors = mission.contributors().stream().map(StateCode::value).toList();
        List<String> notContributing = register.membership(organization.code(), clock.instant()).inGoodStandingOn(decided).stream()
                .map(StateCode::value).filter(state -> !contributors.contains(state) && !state.equals(mission.host().value())).sorted().toList();
        return new MissionView(mission.id(), organization.code().value(), mission.name(), mission.host().value(), mission.status().code(),
                new LegalBasisView(mission.basis().request(), mission.basis().clause(), clause.map(c -> c.article()).orElse(null),
                        clause.map(c -> c.instrument()).orElse(null), grounds),
                new MandateView(mission.mandate().text(), mission.mandate().tasks().stream().map(Coded::code).toList(), mission.mandate().sources()),
                mission.forcePool(),
                mission.commander() == null ? null : new CommanderView(mission.commander().name(), mission.commander().rank(),
                        mission.commander().state().value(), mission.commander().sources()),
                period(mission.period().current()),
                mission.period().extensions().stream().map(e -> new PeriodView(e.decidedOn().toString(), e.until().toString())).toList(),
                new TheatreView(mission.theatre().area(), mission.theatre().point().lat(), mission.theatre().point().lon(), mission.theatre().zone().getId()),
                ClockView.of(mission.clock(clockDay(found.knownAt(), mission))), deployed(mission),
                mission.history().stream().map(StepView::of).toList(), StrengthView.of(mission.strength()), contributors, notContributing,
                mission.contingents().stream().map(contingent -> ContingentView.of(contingent, mission.theatre().zone())).toList(),
                record.figures().crisisHeadlines().stream().map(HeadlineView::of).toList(),
                record.figures().missionLosses().stream().map(HeadlineView::of).toList(),
                record.equipmentClaims().stream().map(EquipmentClaimView::of).toList(), record.sites().named().stream().map(SiteView::of).toList(),
                SiteCountView.of(record.sites().reported()), found.knownAt(), found.version());
    }

    static FiguresView figures(MissionService.Found found) {
        MissionRecord record = found.record();
        return new FiguresView(record.mission().id(), found.knownAt(), record.figures().crisisHeadlines().stream().map(HeadlineView::of).toList(),
                record.figures().missionLosses().stream().map(HeadlineView::of).toList(),
                record.figures().figures().stream().map(FigureView::of).toList());
    }

    static Optional<ContingentView> contingent(MissionService.Found found, StateCode state) {
        Mission mission = found.record().mission();
        return mission.contingent(state).map(contingent -> ContingentView.of(contingent, mission.theatre().zone()));
    }

    // ---- sites and sitreps

    /** A step of a site's status: where it then stood, when (an instant or a day), to whom it was handed over or why relinquished, on which sources. */
    record SiteStatusView(String status, String at, String to, String reason, List<String> sources) {
        static SiteStatusView of(SiteStatus status) {
            return new SiteStatusView(status.status().code(), MissionFormat.text(status.step().at()),
                    status instanceof SiteStatus.HandedOver handedOver ? handedOver.to() : null,
                    status instanceof SiteStatus.Relinquished relinquished ? relinquished.reason() : null, status.step().sources());
        }
    }

    /** A site: its id and name, where it is (null where the sources do not place it), its task, its holder (null where none is named), its status and history. */
    record SiteView(String id, String name, Double lat, Double lon, String task, String holder, String status, List<String> sources,
                    List<SiteStatusView> history) {
        static SiteView of(Site site) {
            return new SiteView(site.id(), site.name(), site.location() == null ? null : site.location().lat(),
                    site.location() == null ? null : site.location().lon(), site.task().code(), site.holder() == null ? null : site.holder().value(),
                    site.status().code(), site.sources(), site.history().stream().map(SiteStatusView::of).toList());
        }
    }

    /** The sources' count of the sites, in their words: never the number of sites named, nor checked against it. */
    record SiteCountView(long value, String bound, String words, String wording, String asOf, List<String> sources) {
        static SiteCountView of(Sites.ReportedCount reported) {
            return reported == null ? null : new SiteCountView(reported.count().value(), reported.count().bound().code(), reported.count().words(),
                    reported.wording(), reported.asOf() == null ? null : reported.asOf().toString(), reported.sources());
        }
    }

    /** A mission's sites: those named, and the sources' count of them beside (null where they give none). */
    record SitesView(String mission, Instant knownAt, List<SiteView> named, SiteCountView reported, int version) {
    }

    static SitesView sites(MissionService.Found found) {
        Sites sites = found.record().sites();
        return new SitesView(found.record().mission().id(), found.knownAt(), sites.named().stream().map(SiteView::of).toList(),
                SiteCountView.of(sites.reported()), found.version());
    }

    /** A change a sitrep reports: a site's new status ({@code kind} site) or a contingent's milestone reached ({@code kind} milestone). */
    record ChangeView(String kind, String site, SiteStatusView status, String state, String milestone, String at) {
        static ChangeView of(Sitrep.Change change) {
            return switch (change) {
                case Sitrep.Change.SiteStatusChange site -> new ChangeView("site", site.siteId(), SiteStatusView.of(site.status()), null, null,
                        MissionFormat.text(site.status().step().at()));
                case Sitrep.Change.MilestoneReport report -> new ChangeView("milestone", null, null, report.state().value(), report.milestone().code(),
                        MissionFormat.text(report.at()));
            };
        }

        /** The change in words, as a revision's difference lists it. */
        static String words(Sitrep.Change change) {
            return switch (change) {
                case Sitrep.Change.SiteStatusChange site -> "site " + site.siteId() + " " + site.status().status().code().replace('_', ' ') + " at "
                        + MissionFormat.text(site.status().step().at());
                case Sitrep.Change.MilestoneReport report -> report.state().value() + " " + report.milestone().code().replace('_', ' ') + " at "
                        + MissionFormat.text(report.at());
            };
        }
    }

    /**
     * One revision of a sitrep, as filed. {@code scope}: {@code mission} or the state code of the contingent it reports on;
     * {@code marking}: who may read it, as this revision marked it (the sitrep is read under its latest revision's).
     */
    record SitrepView(int number, int revision, String scope, Instant from, Instant until, Instant asOf, String preparedBy, String summary,
                      List<ChangeView> changes, List<String> incidents, List<String> needs, Instant nextDue, Instant filedAt, List<String> sources,
                      String marking) {
        static SitrepView of(Sitrep sitrep) {
            return new SitrepView(sitrep.number(), sitrep.revision(), MissionService.scope(sitrep.scope()), sitrep.from(), sitrep.until(), sitrep.asOf(),
                    sitrep.preparedBy(), sitrep.summary(), sitrep.changes().stream().map(ChangeView::of).toList(), sitrep.incidents(), sitrep.needs(),
                    sitrep.nextDue(), sitrep.filedAt(), sitrep.sources(), sitrep.marking().code());
        }
    }

    /** A sitrep as it stands: its latest revision, and how many revisions it has. */
    record CurrentSitrepView(int revisions, SitrepView sitrep) {
    }

    /**
     * A mission's sitreps as they stand, those the reader may read, by number, and the number the next new one takes (a
     * sitrep the reader may not read leaves a gap in the numbers).
     */
    record SitrepsView(String mission, Instant knownAt, int nextNumber, List<CurrentSitrepView> sitreps, int version) {
    }

    static SitrepsView sitreps(MissionService.Found found) {
        Sitreps log = found.record().sitreps();
        return new SitrepsView(found.record().mission().id(), found.knownAt(), log.nextNumber(),
                found.readableSitreps().stream().map(sitrep -> new CurrentSitrepView(log.revisions(sitrep.number()).size(), SitrepView.of(sitrep))).toList(),
                found.version());
    }

    /**
     * How one field changed in a revision: a field given anew with its value {@code before} and {@code after} (null where
     * it had or has none), or a list with the items {@code removed} and {@code added}.
     */
    record DifferenceView(String field, String before, String after, List<String> removed, List<String> added) {
        static DifferenceView of(SitrepChange.Difference difference) {
            return switch (difference) {
                case SitrepChange.Difference.Replaced<?> replaced -> new DifferenceView(replaced.field().code(), text(replaced.before()),
                        text(replaced.after()), List.of(), List.of());
                case SitrepChange.Difference.Listed<?> listed -> new DifferenceView(listed.field().code(), null, null,
                        listed.removed().stream().map(MissionViews::text).toList(), listed.added().stream().map(MissionViews::text).toList());
            };
        }
    }

    private static String text(Object value) {
        return switch (value) {
            case null -> null;
            case Sitrep.Change change -> ChangeView.words(change);
            case org.entente.register.Coded coded -> coded.code();
            default -> value.toString();
        };
    }

    /** A revision of a sitrep, with what it changed against the one it supersedes (nothing for the first). */
    record RevisionView(SitrepView sitrep, Integer supersedes, List<DifferenceView> changed) {
    }

    /** Every revision of one sitrep, the first first; {@code current} is the one that stands. */
    record SitrepHistoryView(String mission, int number, Instant knownAt, int current, List<RevisionView> revisions, int version) {
    }

    /** Every revision of sitrep {@code number}; empty where it was not filed, or the reader may not read it. */
    static Optional<SitrepHistoryView> sitrep(MissionService.Found found, int number) {
        Sitreps log = found.record().sitreps();
        List<Sitrep> revisions = log.revisions(number);
        if (revisions.isEmpty() || !found.mayRead(number)) {
            return Optional.empty();
        }
        return Optional.of(new SitrepHistoryView(found.record().mission().id(), number, found.knownAt(), revisions.getLast().revision(),
                revisions.stream().map(revision -> new RevisionView(SitrepView.of(revision), revision.supersedes().orElse(null),
                        log.change(number, revision.revision()).map(change -> change.differences().stream().map(DifferenceView::of).toList())
                                .orElse(List.of()))).toList(), found.version()));
    }
}
