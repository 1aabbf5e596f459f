package org.entente.mission.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.entente.access.Actor;
import org.entente.access.ReleaseMarking;
import org.entente.access.Role;
import org.entente.assistance.Decisions;
import org.entente.assistance.FiledRequest;
import org.entente.assistance.RecordedRequest;
import org.entente.assistance.RecordedRequests;
import org.entente.audit.AuditedCommands;
import org.entente.audit.AuditedCommands.Changed;
import org.entente.forces.GeoPoint;
import org.entente.command.Refusal;
import org.entente.command.Result;
import org.entente.command.Verdict;
import org.entente.forcegeneration.AcceptedPackages;
import org.entente.mission.Contingent;
import org.entente.mission.ContingentTimeline;
import org.entente.mission.ContingentTimeline.Milestone;
import org.entente.mission.LegalBasis;
import org.entente.mission.Mandate;
import org.entente.mission.Mission;
import org.entente.mission.MissionBasis;
import org.entente.mission.MissionEvent;
import org.entente.mission.MissionFormat;
import org.entente.mission.MissionFormat.Fact;
import org.entente.mission.MissionRecord;
import org.entente.mission.MissionState;
import org.entente.mission.MissionTask;
import org.entente.mission.Moment;
import org.entente.mission.ReportedFigure;
import org.entente.mission.Site;
import org.entente.mission.SiteStatus;
import org.entente.mission.Sitrep;
import org.entente.mission.SitrepPolicies;
import org.entente.mission.Sitreps;
import org.entente.mission.Slip;
import org.entente.mission.Theatre;
import org.entente.provenance.history.RecordedTime;
import org.entente.register.Coded;
import org.entente.register.Organization;
import org.entente.register.OrganizationCode;
import org.entente.register.PartialDate;
import org.entente.register.Period;
import org.entente.register.StateCode;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * The missions' commands and what the missions answer. A mission is created by the secretariat on a request decided
 * to deploy forces, from its accepted force package where force generation was used; the secretariat moves it through
 * its lifecycle, a contingent's liaison (or the secretariat) reports its milestones, the secretariat reports casualty
 * figures. Each command adds facts to the mission's record under its row lock, from the version the actor saw, checks
 * that the facts still make a mission, appends its audit entry and publishes its events ({@link AuditedCommands}).
 */
@Service
class MissionService {

    private final JdbcMissions missions;
    private final Decisions decisions;
    private final RecordedRequests recordedRequests;
    private final AcceptedPackages packages;
    private final AuditedCommands commands;

    MissionService(JdbcMissions missions, Decisions decisions, RecordedRequests recordedRequests, AcceptedPackages packages, AuditedCommands commands) {
        this.missions = missions;
        this.decisions = decisions;
        this.recordedRequests = recordedRequests;
        this.packages = packages;
        this.commands = commands;
    }

    // ---- reading

    /**
     * A mission and its version, as the record stands or as it was known at an instant of the world, as {@code reader}
     * sees it: the sitreps they may read ({@link #mayRead}) and no other. {@code standing} is the mission's sitreps as
     * they stand now, whose markings bind a view of the past too.
     */
    record Found(MissionRecord record, int version, Instant knownAt, Actor reader, Sitreps standing) {

        /**
         * Whether the reader may read sitrep {@code number}, every revision of it: under the marking of its latest
         * revision ({@link org.entente.mission.Sitreps#marking}) as known then and as it stands now, so that a sitrep
         * restricted by a later revision is restricted in every view of the past as well.
         */
        boolean mayRead(int number) {
            return record.sitreps().marking(number).filter(then -> mayReadMarked(then, reader, record.mission())).isPresent()
                    && standing.marking(number).map(now -> mayReadMarked(now, reader, record.mission())).orElse(true);
        }

        /** The sitreps the reader may read, as they stand: the latest revision of each, by number. */
        List<Sitrep> readableSitreps() {
            return record.sitreps().current().stream().filter(sitrep -> mayRead(sitrep.number())).toList();
        }
    }

    /** Whether {@code reader} may read a sitrep of {@code mission} marked {@code marking}: the mission's contributing states its contributors. */
    static boolean mayReadMarked(ReleaseMarking marking, Actor reader, Mission mission) {
        return marking.readableBy(reader, mission.organization(), Set.copyOf(mission.contributors()));
    }

    /** The organization's missions as {@code reader} sees them, as known at {@code knownAt} (as they stand, when null), in the order they were decided. */
    List<Found> missions(Organization organization, Actor reader, Instant knownAt) {
        return missions.all(organization.code(), null).stream()
                .flatMap(stored -> found(stored, reader, knownAt).stream())
                .sorted(Comparator.comparing((Found found) -> found.record().mission().period().decided().from()).thenComparing(found -> found.record().mission().id()))
                .toList();
    }

    /** Mission {@code id} as {@code reader} sees it, as known at {@code knownAt} (as it stands, when null). */
    Found mission(Organization organization, Actor reader, String id, Instant knownAt) {
        return missions.find(organization.code(), id, null).flatMap(stored -> found(stored, reader, knownAt))
                .orElseThrow(() -> knownAt == null ? notFound(organization.code(), id)
                        : Refusal.notFound("at", "nothing of mission " + id + " of " + organization.code() + " was known at " + knownAt));
    }

    private static Optional<Found> found(JdbcMissions.Stored stored, Actor reader, Instant knownAt) {
        return fold(stored, knownAt).map(record -> new Found(record, stored.version(), knownAt, reader,
                knownAt == null || record.sitreps().filed().isEmpty() ? record.sitreps() : valid(stored).sitreps()));
    }

    private static Optional<MissionRecord> fold(JdbcMissions.Stored stored, Instant knownAt) {
        if (knownAt == null) {
            return MissionFormat.fold(stored.organization(), stored.facts());
        }
        List<Fact> facts = stored.facts().stream().filter(MissionFormat.knownBy(knownAt)).toList();
        try {
            return MissionFormat.fold(stored.organization(), facts);
        } catch (IllegalArgumentException | Refusal unreadable) {
            // What the sources had published by then may not make a whole mission (a later fact's source came out first).
            throw Refusal.conflict("what was known of mission " + stored.id() + " at " + knownAt + " does not make a mission: " + unreadable.getMessage(),
                    List.of(new Refusal.FieldError("at", unreadable.getMessage())));
        }
    }

    // ---- commands

    /** What the secretariat gives to create a mission on a decided request. */
    record Creation(String requestId, String name, Mandate mandate, String forcePool, Theatre theatre, PartialDate until, List<String> sources) {
    }

    Found create(Organization organization, Actor actor, Creation creation) {
        OrganizationCode code = organization.code();
        requireSecretariat(actor, code, "create a mission");
        String id = "MIS-" + creation.requestId();
        commands.create(author(actor, code), "mission.create", storedRecords(organization), now -> {
            Decided decided = decided(code, creation.requestId(), now);
            if (!missions.insert(code, id, now, JdbcMissions.Origin.ENTENTE)) {
                throw Refusal.conflict("request " + creation.requestId() + " already has its mission, " + id,
                        List.of(new Refusal.FieldError("request", "already has mission " + id)));
            }
            var accepted = packages.of(code, creation.requestId());
            LegalBasis.Grounds grounds = accepted.<LegalBasis.Grounds>map(p -> new LegalBasis.Grounds.AcceptedPackage(p.acceptedAt(), p.acceptedBy()))
                    .orElseGet(LegalBasis.Grounds.WithoutForceGeneration::new);
            PartialDate planned = decided.on();
            var contingents = new TreeMap<StateCode, List<Contingent.Unit>>(Comparator.comparing(StateCode::value));
            accepted.ifPresent(p -> p.units().forEach(unit -> contingents.computeIfAbsent(unit.state(), state -> new ArrayList<>())
                    .add(new Contingent.Unit.FromPackage(unit.unitId(), unit.designation() == null ? unit.unitId() : unit.designation(), unit.capability(),
                            unit.personnel(), unit.etaHours()))));
            var facts = new ArrayList<Fact>();
            facts.add(domain(() -> MissionFormat.mission(id, creation.name(), decided.host(), new LegalBasis(decided.request(), decided.clause(), grounds),
                    creation.mandate(), creation.forcePool(), new Period(planned, creation.until()), creation.theatre(), now)));
            facts.add(MissionFormat.step(1, new MissionState.Planned(new MissionState.Step(actor.name(), planned, creation.sources())), now));
            contingents.forEach((state, units) -> facts.add(MissionFormat.contingent(state, units, List.of(), now)));
            JdbcMissions.Stored none = JdbcMissions.Stored.none(code, id);
            JdbcMissions.Stored stored = none.with(facts, now, actor.name());
            valid(stored);
            missions.save(none, stored);
            List<String> contributors = contingents.keySet().stream().map(StateCode::value).toList();
            return Changed.of(stored, AuditedCommands.details("request", decided.request(), "host", decided.host().value(), "contributors", contributors),
                    new MissionEvent.MissionCreated(code.value(), id, decided.request(), decided.host().value(), contributors, actor.name(), now));
        });
        return mission(organization, actor, id, null);
    }

    /** A request decided to deploy forces: its id, the state that asked (the mission's host), the clause the decision cites, the day it was taken. */
    private record Decided(String request, StateCode host, String clause, PartialDate on) {
    }

    /**
     * The request {@code id} of the organization, filed in Entente or recorded from its sources, if it was decided to deploy
     * forces ({@link MissionBasis#decisionToDeploy}); a refusal otherwise.
     */
    private Decided decided(OrganizationCode organization, String id, Instant now) {
        Optional<FiledRequest> filed = decisions.request(organization, id);
        if (filed.isPresent()) {
            check(MissionBasis.decisionToDeploy(filed.get()));
            var decision = filed.get().decision().orElseThrow();
            return new Decided(id, filed.get().state(), decision.clause(), PartialDate.ofDay(LocalDate.ofInstant(decision.step().at(), ZoneOffset.UTC)));
        }
        RecordedRequest recorded = recordedRequests.all(organization, now).stream().filter(request -> request.id().equals(id)).findFirst()
                .orElseThrow(() -> Refusal.notFound("request", "no request '" + id + "' of " + organization));
        check(MissionBasis.decisionToDeploy(recorded));
        return new Decided(id, recorded.state(), recorded.decision().clause() != null ? recorded.decision().clause() : recorded.clause(),
                recorded.decision().date());
    }

    /** What the secretariat gives to add a contingent recorded without force generation: its units as the sources name them, its equipment, its plan. */
    record ContingentAddition(StateCode state, List<Contingent.Unit> units, List<org.entente.forces.Equipment> equipment, Map<Milestone, Moment> planned) {
    }

    /** Adds {@code state}'s contingent to the mission, with its units, equipment and planned milestones: a force sent without force generation. */
    Found addContingent(Organization organization, Actor actor, String id, Integer version, ContingentAddition addition) {
        requireSecretariat(actor, organization.code(), "add a contingent");
        return change(organization, actor, id, version, "mission.contingent", (before, mission, now) -> {
            if (mission.contingent(addition.state()).isPresent()) {
                throw Refusal.conflict(addition.state() + " already has its contingent in mission " + id,
                        List.of(new Refusal.FieldError("state", "already has its contingent")));
            }
            var facts = new ArrayList<Fact>();
            facts.add(MissionFormat.contingent(addition.state(), addition.units(), addition.equipment(), now));
            addition.planned().forEach((milestone, at) -> facts.add(MissionFormat.planned(addition.state(), milestone, at, now)));
            return new Step(facts, AuditedCommands.details("state", addition.state().value(), "units", addition.units().size()),
                    List.of(new MissionEvent.ContingentAdded(organization.code().value(), id, addition.state().value(), actor.name(), now)));
        });
    }

    /**
     * Moves the mission to {@code to} (deploying on the order to move, deployed, drawing down, withdrawn, terminated) at
     * {@code at} (when it happened, now where null; never ahead), on the sources given. The order to move sets each
     * contingent's planned arrival: the order plus its units' longest ETA.
     */
    Found move(Organization organization, Actor actor, String id, Integer version, MissionState.Status to, Instant at, List<String> sources, String reason) {
        requireSecretariat(actor, organization.code(), "move a mission through its lifecycle");
        return change(organization, actor, id, version, "mission." + to.code(), (before, mission, now) -> {
            Instant when = at == null ? now : at;
            if (when.isAfter(now)) {
                throw Refusal.outOfBounds("at", "a step is recorded once taken, not ahead: " + when + " is in the future");
            }
            var step = new MissionState.Step(actor.name(), PartialDate.ofDay(LocalDate.ofInstant(when, mission.theatre().zone())), sources);
            MissionState current = mission.current();
            Result<MissionState> moved = switch (to) {
                case DEPLOYING -> current.deploy(step);
                case DEPLOYED -> current.declareDeployed(step);
                case DRAWING_DOWN -> current.drawDown(step);
                case WITHDRAWN -> current.withdraw(step);
                case TERMINATED -> current.terminate(step, reason == null ? "" : reason);
                case PLANNED -> new Result.Refused<>("a mission is planned only when it is created");
            };
            MissionState next = switch (moved) {
                case Result.Done<MissionState> done -> done.value();
                case Result.Refused<MissionState> refused -> throw Refusal.conflict(refused.reason(), List.of(new Refusal.FieldError("status", refused.reason())));
            };
            var facts = new ArrayList<Fact>();
            facts.add(MissionFormat.step(mission.history().size() + 1, next, now));
            if (to == MissionState.Status.DEPLOYING) {
                for (Contingent contingent : mission.contingents()) {
                    facts.add(MissionFormat.planned(contingent.state(), Milestone.ORDER_TO_MOVE, Moment.at(when), now));
                    contingent.dueAt(when).ifPresent(due -> facts.add(MissionFormat.planned(contingent.state(), Milestone.ARRIVAL, Moment.at(due), now)));
                }
            }
            Object event = switch (to) {
                case DEPLOYED -> new MissionEvent.MissionDeployed(organization.code().value(), id, actor.name(), now);
                case WITHDRAWN -> new MissionEvent.MissionWithdrawn(organization.code().value(), id, actor.name(), now);
                default -> new MissionEvent.MissionStatusChanged(organization.code().value(), id, current.status().code(), to.code(), actor.name(), now);
            };
            return new Step(facts, AuditedCommands.details("from", current.status().code(), "to", to.code(), "at", when.toString()), List.of(event));
        });
    }

    /** Reports that {@code state}'s contingent reached {@code milestone} at {@code at}, on the sources given: its liaison's or the secretariat's word. */
    Found report(Organization organization, Actor actor, String id, Integer version, StateCode state, Milestone milestone, Moment at, List<String> sources) {
        OrganizationCode code = organization.code();
        if (!actor.holds(Role.LIAISON, code, state) && !actor.holds(Role.SECRETARIAT, code, null)) {
            throw Refusal.forbidden("a liaison reports for their own state's contingent, and the secretariat for any; you are neither for " + state,
                    List.of(new Refusal.FieldError("state", "not your state's contingent")));
        }
        return change(organization, actor, id, version, "mission.report", (before, mission, now) -> {
            Contingent contingent = mission.contingent(state).orElseThrow(() -> Refusal.invalid("state", state + " has no contingent in mission " + id));
            notAhead("at", at, now);
            var reported = domain(() -> new ContingentTimeline.Reported(at, sources, actor.name()));
            Fact fact = MissionFormat.reported(state, milestone, reported, now);
            return new Step(List.of(fact), AuditedCommands.details("state", state.value(), "milestone", milestone.code(),
                    "at", MissionFormat.text(at)), List.of(milestoneEvent(code, mission, contingent, milestone, reported, actor.name(), now)));
        });
    }

    /** The event of a contingent's milestone reported: its arrival with how late it came against its ETA, or another milestone. */
    private static Object milestoneEvent(OrganizationCode code, Mission mission, Contingent contingent, Milestone milestone, ContingentTimeline.Reported reported,
                                         String by, Instant now) {
        String state = contingent.state().value();
        if (milestone == Milestone.ARRIVAL) {
            Optional<Slip> slip = contingent.timeline().reported(milestone, reported).arrivalSlip(mission.theatre().zone());
            return new MissionEvent.ContingentArrived(code.value(), mission.id(), state, MissionFormat.text(reported.at()),
                    slip.map(Slip::size).map(Duration::toHours).orElse(0L), by, now);
        }
        return new MissionEvent.ContingentMilestoneReported(code.value(), mission.id(), state, milestone.code(), MissionFormat.text(reported.at()), by, now);
    }

    /** What the secretariat gives to report a casualty or incident figure (the figure's id and recorded time are the command's). */
    record FigureReport(ReportedFigure.Category category, ReportedFigure.Population population, org.entente.mission.Count count,
                        ReportedFigure.Span span, PartialDate asOf, String reportedBy, ReportedFigure.Basis basis, List<String> sources, String wording,
                        ReportedFigure.Status status, String supersedes) {
    }

    Found reportFigure(Organization organization, Actor actor, String id, Integer version, FigureReport report) {
        requireSecretariat(actor, organization.code(), "report a casualty figure");
        return change(organization, actor, id, version, "mission.figure", (before, mission, now) -> {
            String figureId = nextFigureId(before.facts());
            ReportedFigure figure = domain(() -> new ReportedFigure(figureId, report.category(), report.population(),
                    report.count(), report.span(), report.asOf(), now, report.reportedBy(), report.basis(), report.sources(), report.wording(),
                    report.status(), report.supersedes()));
            return new Step(List.of(MissionFormat.figure(figure)), AuditedCommands.details("figure", figureId,
                    "category", figure.category().code(), "population", figure.population().code(), "value", figure.count().words(),
                    "supersedes", figure.supersedes()), List.of(new MissionEvent.CasualtyFigureReported(organization.code().value(), id, figureId,
                    figure.category().code(), figure.population().code(), figure.count().words(), figure.reportedBy(), figure.supersedes(), actor.name(), now)));
        });
    }

    // ---- sites and sitreps

    /** What the secretariat gives to add a site: its id, name, place (null where unknown), task, holder (null where none is named), sources, and when it was assigned (now where null). */
    record SiteAddition(String id, String name, GeoPoint location, MissionTask task, StateCode holder, List<String> sources, Moment at) {
    }

    /** Adds a site to the mission, assigned at the moment given (not ahead), to the contingent of its holder where one is named. */
    Found addSite(Organization organization, Actor actor, String id, Integer version, SiteAddition addition) {
        OrganizationCode code = organization.code();
        requireSecretariat(actor, code, "add a site");
        return changeRecord(organization, actor, id, version, "mission.site", (before, record, now) -> {
            if (record.sites().site(addition.id()).isPresent()) {
                throw Refusal.conflict("mission " + id + " already has site " + addition.id(), List.of(new Refusal.FieldError("id", "already a site of the mission")));
            }
            if (addition.holder() != null && record.mission().contingent(addition.holder()).isEmpty()) {
                throw Refusal.of(Refusal.Reason.UNPROCESSABLE, "Refused by the mission's rules", addition.holder() + " has no contingent in mission " + id,
                        List.of(new Refusal.FieldError("holder", "has no contingent in the mission")));
            }
            Moment at = addition.at() == null ? Moment.at(now) : notAhead("at", addition.at(), now);
            Site site = domain(() -> new Site(addition.id(), addition.name(), addition.location(), addition.task(), addition.holder(), addition.sources(),
                    List.of(new SiteStatus.Assigned(new SiteStatus.Step(at, addition.sources())))));
            return new Step(MissionFormat.site(site, now), AuditedCommands.details("site", site.id(), "holder", site.holder() == null ? null : site.holder().value()),
                    List.of(new MissionEvent.SiteStatusChanged(code.value(), id, site.id(), null, SiteStatus.Status.ASSIGNED.code(), actor.name(), now)));
        });
    }

    /** How a site moves on: to secured, handed over (to whom) or relinquished (why), at a moment (now where null), on the sources given. */
    record SiteMove(SiteStatus.Status to, Moment at, List<String> sources, String handedOverTo, String reason) {
    }

    /** Moves site {@code siteId} on, as its lifecycle allows (409 where it does not). */
    Found moveSite(Organization organization, Actor actor, String id, Integer version, String siteId, SiteMove move) {
        OrganizationCode code = organization.code();
        requireSecretariat(actor, code, "move a site's status");
        return changeRecord(organization, actor, id, version, "mission.site." + move.to().code(), (before, record, now) -> {
            Site site = record.sites().site(siteId).orElseThrow(() -> Refusal.notFound("site", "mission " + id + " has no site '" + siteId + "'"));
            Moment at = move.at() == null ? Moment.at(now) : notAhead("at", move.at(), now);
            SiteStatus next = moved(site, domain(() -> switch (move.to()) {
                case ASSIGNED -> new SiteStatus.Assigned(new SiteStatus.Step(at, move.sources()));
                case SECURED -> new SiteStatus.Secured(new SiteStatus.Step(at, move.sources()));
                case HANDED_OVER -> new SiteStatus.HandedOver(new SiteStatus.Step(at, move.sources()), move.handedOverTo() == null ? "" : move.handedOverTo());
                case RELINQUISHED -> new SiteStatus.Relinquished(new SiteStatus.Step(at, move.sources()), move.reason() == null ? "" : move.reason());
            }), "status", Refusal.Reason.CONFLICT);
            return new Step(List.of(MissionFormat.siteStatus(siteId, site.history().size() + 1, next, now)),
                    AuditedCommands.details("site", siteId, "from", site.status().code(), "to", next.status().code()),
                    List.of(new MissionEvent.SiteStatusChanged(code.value(), id, siteId, site.status().code(), next.status().code(), actor.name(), now)));
        });
    }

    /**
     * What a filer gives for a sitrep or a revision of one; for a revision, each part not given (null) is the revision
     * it supersedes. The number (of a new sitrep) and the revision (of a revision) are the next ones where not given.
     */
    record SitrepFiling(Integer number, Integer revision, Sitrep.Scope scope, Instant from, Instant until, Instant asOf, String summary,
                        List<Sitrep.Change> changes, List<String> incidents, List<String> needs, Instant nextDue, List<String> sources,
                        ReleaseMarking marking) {
    }

    /** Who may read a sitrep filed without a marking: those contributing to the mission. */
    static final ReleaseMarking FILED_SITREP_MARKING = ReleaseMarking.CONTRIBUTORS;

    /**
     * Files a new sitrep on the mission (the secretariat) or on one contingent (its state's liaison), once it passes every
     * filing policy ({@link SitrepPolicies#forFiling}; 403 where it is not the filer's to file, 422 with every reason
     * otherwise); its site status changes and milestone reports become the record's, known from now.
     */
    FiledSitrep fileSitrep(Organization organization, Actor actor, String id, Integer version, SitrepFiling filing) {
        requireFiler(actor, organization.code());
        var filedAs = new java.util.concurrent.atomic.AtomicInteger();
        Found found = changeRecord(organization, actor, id, version, "mission.sitrep", (before, record, now) -> {
            int number = filing.number() == null ? record.sitreps().nextNumber() : filing.number();
            filedAs.set(number);
            Sitrep sitrep = domain(() -> new Sitrep(id, number, filing.revision() == null ? 1 : filing.revision(), filing.scope(), filing.from(),
                    filing.until(), filing.asOf() == null ? filing.until() : filing.asOf(), actor.name(), filing.summary(), filing.changes(),
                    filing.incidents(), filing.needs(), filing.nextDue(), now, filing.sources(), or(filing.marking(), FILED_SITREP_MARKING)));
            return filed(organization.code(), actor, record, sitrep, Optional.empty(), now);
        });
        return new FiledSitrep(found, filedAs.get());
    }

    /** A sitrep filed: the mission as its filer sees it, and the number the sitrep took. */
    record FiledSitrep(Found found, int number) {
    }

    /** Revises sitrep {@code number}: a new revision beside the ones before, never in their place, under the same policies as a filing. */
    Found reviseSitrep(Organization organization, Actor actor, String id, Integer version, int number, SitrepFiling filing) {
        requireFiler(actor, organization.code());
        return changeRecord(organization, actor, id, version, "mission.sitrep.revision", (before, record, now) -> {
            // A sitrep the reviser may not read is, to them, not there: a revision copies what it does not give.
            Sitrep standing = record.sitreps().latest(number).filter(latest -> mayReadMarked(latest.marking(), actor, record.mission()))
                    .orElseThrow(() -> Refusal.notFound("number", "mission " + id + " has no sitrep " + number));
            Sitrep revision = domain(() -> new Sitrep(id, number, filing.revision() == null ? standing.revision() + 1 : filing.revision(),
                    or(filing.scope(), standing.scope()), or(filing.from(), standing.from()), or(filing.until(), standing.until()),
                    or(filing.asOf(), standing.asOf()), actor.name(), or(filing.summary(), standing.summary()), or(filing.changes(), standing.changes()),
                    or(filing.incidents(), standing.incidents()), or(filing.needs(), standing.needs()), or(filing.nextDue(), standing.nextDue()), now,
                    or(filing.sources(), standing.sources()), or(filing.marking(), standing.marking())));
            return filed(organization.code(), actor, record, revision, Optional.of(standing), now);
        });
    }

    /**
     * The facts and events of filing {@code sitrep} into the record: the sitrep itself, and each change it reports that the
     * revision it supersedes did not (all, for a first revision) applied to the record. A site's change already on the
     * record is not applied twice; one that corrects the site's latest step, which the superseded revision reported,
     * replaces that step.
     */
    private Step filed(OrganizationCode code, Actor actor, MissionRecord record, Sitrep sitrep, Optional<Sitrep> supersedes, Instant now) {
        Mission mission = record.mission();
        List<Verdict> verdicts = SitrepPolicies.forFiling(sitrep, record.sitreps(), mission, record.sites(), actor.holds(Role.SECRETARIAT, code, null),
                java.util.Set.copyOf(actor.statesFor(Role.LIAISON, code)), mayReadMarked(sitrep.marking(), actor, mission), now);
        List<Verdict.Refused> refusals = verdicts.stream().filter(Verdict.Refused.class::isInstance).map(Verdict.Refused.class::cast).toList();
        if (!refusals.isEmpty()) {
            boolean forbidden = refusals.stream().anyMatch(refused -> refused.policy().equals(SitrepPolicies.WITHIN_THE_FILERS_SCOPE));
            throw Refusal.of(forbidden ? Refusal.Reason.FORBIDDEN : Refusal.Reason.UNPROCESSABLE, forbidden ? "Forbidden" : "Refused by the sitrep policies",
                    String.join("; ", refusals.stream().map(Verdict.Refused::reason).toList()),
                    refusals.stream().map(refused -> new Refusal.FieldError(SITREP_FIELDS.get(refused.policy()), refused.reason())).toList());
        }
        List<Sitrep.Change> withdrawn = supersedes.map(before -> without(before.changes(), sitrep.changes())).orElse(List.of());
        List<Sitrep.Change> added = supersedes.map(before -> without(sitrep.changes(), before.changes())).orElse(sitrep.changes());
        var facts = new ArrayList<Fact>();
        facts.add(MissionFormat.sitrep(sitrep));
        var events = new ArrayList<Object>();
        events.add(new MissionEvent.SitrepFiled(code.value(), mission.id(), sitrep.number(), sitrep.revision(), scope(sitrep.scope()),
                sitrep.marking().code(), actor.name(), now));
        var sites = record.sites();
        var timelines = new java.util.HashMap<StateCode, Contingent>();
        for (Sitrep.Change change : added) {
            String field = "changes[" + sitrep.changes().indexOf(change) + "]";
            switch (change) {
                case Sitrep.Change.SiteStatusChange siteChange -> {
                    Site site = sites.site(siteChange.siteId()).orElseThrow();
                    SiteStatus current = site.current();
                    if (current.equals(siteChange.status())) {
                        continue;
                    }
                    Site changed;
                    if (current.status() == siteChange.status().status() && withdrawn.contains(new Sitrep.Change.SiteStatusChange(site.id(), current))) {
                        var history = new ArrayList<>(site.history());
                        history.set(history.size() - 1, siteChange.status());
                        changed = unprocessable(field, () -> new Site(site.id(), site.name(), site.location(), site.task(), site.holder(), site.sources(), history));
                    } else {
                        changed = site.moved(moved(site, siteChange.status(), field, Refusal.Reason.UNPROCESSABLE));
                    }
                    facts.add(MissionFormat.siteStatus(site.id(), changed.history().size(), changed.current(), now));
                    events.add(new MissionEvent.SiteStatusChanged(code.value(), mission.id(), site.id(), current.status().code(), changed.status().code(),
                            actor.name(), now));
                    sites = sites.with(changed);
                }
                case Sitrep.Change.MilestoneReport report -> {
                    notAhead(field + ".at", report.at(), now);
                    Contingent contingent = timelines.getOrDefault(report.state(), mission.contingent(report.state()).orElseThrow());
                    var reported = unprocessable(field, () -> new ContingentTimeline.Reported(report.at(), sitrep.sources(), actor.name()));
                    facts.add(MissionFormat.reported(report.state(), report.milestone(), reported, now));
                    events.add(milestoneEvent(code, mission, contingent, report.milestone(), reported, actor.name(), now));
                    timelines.put(report.state(), new Contingent(contingent.state(), contingent.units(), contingent.equipment(), contingent.strength(),
                            unprocessable(field, () -> contingent.timeline().reported(report.milestone(), reported))));
                }
            }
        }
        return new Step(facts, AuditedCommands.details("number", sitrep.number(), "revision", sitrep.revision(), "scope", scope(sitrep.scope()),
                "changes", added.size()), events);
    }

    /** The field of a filing each sitrep policy judges, for the refusal's errors. */
    private static final Map<String, String> SITREP_FIELDS = Map.of(SitrepPolicies.NUMBERED_IN_ORDER, "number",
            SitrepPolicies.REVISES_THE_LATEST_SITREP, "revision", SitrepPolicies.WITHIN_THE_FILERS_SCOPE, "scope",
            SitrepPolicies.REPORTS_ITS_OWN_CONTINGENT, "changes", SitrepPolicies.AS_OF_NOT_IN_THE_FUTURE, "asOf",
            SitrepPolicies.CHANGES_NAME_THE_MISSIONS_OWN, "changes", SitrepPolicies.READABLE_BY_ITS_FILER, "marking");

    /** The status {@code site} moves on to, as its current status allows; a refusal for {@code reason} naming {@code field} where it does not. */
    private static SiteStatus moved(Site site, SiteStatus next, String field, Refusal.Reason reason) {
        SiteStatus current = site.current();
        Result<SiteStatus> moved = switch (next) {
            case SiteStatus.Assigned assigned -> new Result.Refused<>("site " + site.id() + " was assigned when it was added; a site is assigned once");
            case SiteStatus.Secured secured -> current.secure(secured.step());
            case SiteStatus.HandedOver handedOver -> current.handOver(handedOver.step(), handedOver.to());
            case SiteStatus.Relinquished relinquished -> current.relinquish(relinquished.step(), relinquished.reason());
        };
        return switch (moved) {
            case Result.Done<SiteStatus> done -> done.value();
            case Result.Refused<SiteStatus> refused -> throw Refusal.of(reason, reason == Refusal.Reason.CONFLICT ? "Conflict" : "Refused by the mission's rules",
                    "site " + site.id() + ": " + refused.reason(), List.of(new Refusal.FieldError(field, refused.reason())));
        };
    }

    /** {@code at}, where it is not ahead of {@code now}; a refusal (422) naming {@code field} where it is. */
    private static Moment notAhead(String field, Moment at, Instant now) {
        if (at instanceof Moment.At(Instant instant) && instant.isAfter(now)) {
            throw Refusal.outOfBounds(field, "reported once it happened, not ahead: " + instant + " is in the future");
        }
        if (at instanceof Moment.On(PartialDate day) && day.date().isAfter(LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1))) {
            throw Refusal.outOfBounds(field, "reported once it happened, not ahead: " + day + " is in the future");
        }
        return at;
    }

    /** The items of {@code items} that {@code other} does not hold, each as often as it is not matched there. */
    private static <T> List<T> without(List<T> items, List<T> other) {
        var unmatched = new ArrayList<>(other);
        return items.stream().filter(item -> !unmatched.remove(item)).toList();
    }

    private static <T> T or(T given, T standing) {
        return given != null ? given : standing;
    }

    /** A sitrep's scope as the API and events name it: {@code mission}, or the state code of the contingent. */
    static String scope(Sitrep.Scope scope) {
        return switch (scope) {
            case Sitrep.Scope.WholeMission whole -> "mission";
            case Sitrep.Scope.OneContingent contingent -> contingent.state().value();
        };
    }

    private static void requireFiler(Actor actor, OrganizationCode organization) {
        if (!actor.holds(Role.SECRETARIAT, organization, null) && !actor.holds(Role.LIAISON, organization, null)) {
            throw Refusal.forbidden("sitreps are filed by the secretariat of " + organization + " on the mission and by a liaison on their own state's contingent",
                    List.of());
        }
    }

    private static <T> T unprocessable(String field, java.util.function.Supplier<T> value) {
        try {
            return value.get();
        } catch (IllegalArgumentException e) {
            throw Refusal.of(Refusal.Reason.UNPROCESSABLE, "Refused by the mission's rules", e.getMessage(), List.of(new Refusal.FieldError(field, e.getMessage())));
        }
    }

    // ---- the skeleton's parts

    /** The facts a command adds to a mission, its audit entry's details and its events. */
    private record Step(List<Fact> facts, Map<String, ?> details, List<Object> events) {
    }

    @FunctionalInterface
    private interface MissionChange {
        Step apply(JdbcMissions.Stored before, Mission mission, Instant now);
    }

    /** A change that reads the whole record (its sites and sitreps), not the mission alone. */
    @FunctionalInterface
    private interface RecordChange {
        Step apply(JdbcMissions.Stored before, MissionRecord record, Instant now);
    }

    private Found change(Organization organization, Actor actor, String id, Integer version, String action, MissionChange change) {
        return changeRecord(organization, actor, id, version, action, (before, record, now) -> change.apply(before, record.mission(), now));
    }

    private Found changeRecord(Organization organization, Actor actor, String id, Integer version, String action, RecordChange change) {
        commands.change(author(actor, organization.code()), action, storedRecords(organization), id, version, (before, now) -> {
            if (missions.origin(organization.code(), id).orElseThrow() == JdbcMissions.Origin.DATASET) {
                throw Refusal.conflict("mission " + id + " is recorded from the dataset: its record changes by importing a corrected dataset, "
                        + "not by commands, which an import would undo", List.of(new Refusal.FieldError("mission", "recorded from the dataset")));
            }
            MissionRecord record = valid(before);
            Step step = change.apply(before, record, now);
            JdbcMissions.Stored after = before.with(step.facts(), now, actor.name());
            valid(after);
            return new Changed<>(after, step.details(), step.events());
        });
        return mission(organization, actor, id, null);
    }

    /** The mission {@code stored}'s facts make; a refusal (422) naming what is wrong where they make none. */
    private static MissionRecord valid(JdbcMissions.Stored stored) {
        try {
            return fold(stored, null).orElseThrow(() -> new IllegalArgumentException("the facts hold no mission"));
        } catch (Refusal refusal) {
            throw Refusal.of(Refusal.Reason.UNPROCESSABLE, "Refused by the mission's rules", refusal.getMessage(), refusal.errors());
        } catch (IllegalArgumentException e) {
            throw Refusal.of(Refusal.Reason.UNPROCESSABLE, "Refused by the mission's rules", e.getMessage(), List.of());
        }
    }

    /** The organization's missions as the commands change them: locked, versioned and saved as their facts, digested as their document. */
    private AuditedCommands.Records<String, JdbcMissions.Stored> storedRecords(Organization organization) {
        return new AuditedCommands.Records<>() {
            @Override
            public String kind() {
                return "mission";
            }

            @Override
            public Refusal missing(String id) {
                return notFound(organization.code(), id);
            }

            @Override
            public Optional<JdbcMissions.Stored> lock(String id) {
                return missions.lock(organization.code(), id);
            }

            @Override
            public int version(JdbcMissions.Stored stored) {
                return stored.version();
            }

            @Override
            public boolean save(JdbcMissions.Stored before, JdbcMissions.Stored after) {
                return missions.save(before, after);
            }

            @Override
            public Object id(JdbcMissions.Stored stored) {
                return stored.id();
            }

            @Override
            public Object digested(JdbcMissions.Stored stored) {
                return stored.facts().isEmpty() ? null : MissionFormat.document(stored.facts());
            }
        };
    }

    /** The next figure id, {@code F<n>}: one after the highest of that form ever recorded (removed ones included), so it is never one taken. */
    private static String nextFigureId(List<Fact> facts) {
        int highest = facts.stream().filter(fact -> fact.kind().equals(MissionFormat.FIGURE)).map(Fact::key)
                .filter(key -> key.matches("F[0-9]{1,9}")).mapToInt(key -> Integer.parseInt(key.substring(1))).max().orElse(0);
        return "F" + (highest + 1);
    }

    /** A domain value the command builds; a refusal (422) saying why where the domain refuses it. */
    private static <T> T domain(java.util.function.Supplier<T> value) {
        try {
            return value.get();
        } catch (IllegalArgumentException e) {
            throw Refusal.of(Refusal.Reason.UNPROCESSABLE, "Refused by the mission's rules", e.getMessage(), List.of());
        }
    }

    private static Refusal notFound(OrganizationCode organization, String id) {
        return Refusal.notFound("mission", "no mission '" + id + "' of " + organization);
    }

    private static void requireSecretariat(Actor actor, OrganizationCode organization, String what) {
        if (!actor.holds(Role.SECRETARIAT, organization, null)) {
            throw Refusal.forbidden("only the secretariat of " + organization + " may " + what, List.of());
        }
    }

    private static void check(Verdict verdict) {
        if (verdict instanceof Verdict.Refused refused) {
            throw Refusal.conflict(refused.reason(), List.of(new Refusal.FieldError("request", refused.reason())));
        }
    }

    private static AuditedCommands.Author author(Actor actor, OrganizationCode organization) {
        return new AuditedCommands.Author(actor.name(), actor.rolesIn(organization), organization.value());
    }
}
