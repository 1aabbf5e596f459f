package org.entente.exercise.scenario.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.entente.assistance.RecordedRequest;
import org.entente.exercise.scenario.Expectation;
import org.entente.exercise.scenario.Inject;
import org.entente.exercise.scenario.InjectPayload;
import org.entente.exercise.scenario.InjectPayload.Milestone.Step;
import org.entente.exercise.scenario.Scenario;
import org.entente.exercise.scenario.ScenarioFigure;
import org.entente.exercise.scenario.ScenarioSource;
import org.entente.mission.Contingent;
import org.entente.mission.ContingentTimeline;
import org.entente.mission.Headcount;
import org.entente.mission.Mission;
import org.entente.mission.MissionState;
import org.entente.mission.Moment;
import org.entente.mission.ReportedFigure;
import org.entente.mission.Strength;
import org.entente.provenance.Claim;
import org.entente.provenance.Disagreement;
import org.entente.provenance.Source;
import org.entente.register.DatePrecision;
import org.entente.register.OrganizationCode;
import org.entente.register.PartialDate;
import org.entente.register.StateCode;
import org.entente.register.States;

/**
 * Replay (docs/replay.md): a past crisis of the record becomes a scenario. A pure function from the record of a crisis (a recorded
 * request, its recorded mission if it has one, the mission's reported figures, the sources and the disagreements of the record) to
 * a {@link Scenario} whose injects arrive at their historical offsets from the start of the crisis: the request, the milestones of
 * history (decision, first arrival, full strength, withdrawal), each contingent's arrival, a sitrep for each day the record first
 * reports figures, and a revision for each figure that a later one supersedes. Every inject cites the record's sources it comes from;
 * where sources disagree, the inject gives the record's preferred claim and says that sources differ.
 */
final class CrisisReplay {

    /** A day in ten minutes. */
    static final int DEFAULT_SPEED = 144;
    /** Within how long the participants are expected to file the request after it arrives, and a sitrep after a report. */
    static final Duration REQUEST_WITHIN = Duration.ofHours(4);
    static final Duration SITREP_WITHIN = Duration.ofHours(12);

    private static final int MAX_TEXT = 4000;
    private static final int MAX_SOURCE_REFS = 50;

    private CrisisReplay() {
    }

    /**
     * The record of one past crisis, as the replay reads it: the recorded request, the mission that answered it (null where the
     * record holds none) with its reported figures (none without a mission), and the organization's sources and disagreements.
     */
    record Crisis(OrganizationCode organization, RecordedRequest request, Mission mission, List<ReportedFigure> figures, List<Source> sources,
                  List<Disagreement> disagreements) {
        Crisis {
            Objects.requireNonNull(organization, "organization");
            Objects.requireNonNull(request, "request");
            figures = List.copyOf(figures);
            sources = List.copyOf(sources);
            disagreements = List.copyOf(disagreements);
        }

        Optional<Mission> recordedMission() {
            return Optional.ofNullable(mission);
        }
    }

    /** The name a replay of the recorded request {@code requestId} takes in the library ({@code REPLAY-KAZ-2022}). */
    static String nameOf(String requestId) {
        String code = requestId.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9-]", "-");
        String name = "REPLAY-" + code;
        return name.length() > 40 ? name.substring(0, 40) : name;
    }

    /** The scenario replaying {@code crisis} at {@code speed} world seconds a second. */
    static Scenario scenario(Crisis crisis, int speed) {
        return new Builder(crisis).build(speed);
    }

    /** An inject before its offset is known: when it happened, and its rank among injects of the same instant. */
    private record Draft(Instant when, int rank, String id, String title, String text, List<String> sources, Expectation expects,
                         InjectPayload payload) {
    }

    /** A figure as a sitrep inject gives it, and that sitrep's id: what a revision names. */
    private record Given(String sitrep, ScenarioFigure figure, Instant arrives) {
    }

    private static final class Builder {

        private final Crisis crisis;
        private final RecordedRequest request;
        private final List<Draft> drafts = new ArrayList<>();
        private final Map<String, Source> sources;

        Builder(Crisis crisis) {
            this.crisis = crisis;
            this.request = crisis.request();
            this.sources = crisis.sources().stream().collect(Collectors.toMap(Source::id, Function.identity(), (a, b) -> a));
        }

        Scenario build(int speed) {
            String requestInject = "request-" + localId(request.id());
            drafts.add(new Draft(dayStart(request.received()), 0, requestInject, "Request for assistance from " + stateName(request.state()),
                    requestText(), cite(request.sources(), disagreementSources(requestDisagreements())),
                    new Expectation(Expectation.Action.REQUEST_FILED, REQUEST_WITHIN),
                    new InjectPayload.RequestArrives(request.state(), request.threat(),
                            request.clause() == null ? List.of() : List.of(request.clause()), truncate(request.description()))));
            decision();
            crisis.recordedMission().ifPresent(mission -> {
                contingentsAndMilestones(mission);
                figures(requestInject);
            });
            Instant world = world();
            List<Inject> injects = drafts.stream()
                    .sorted(Comparator.comparing(Draft::when).thenComparingInt(Draft::rank))
                    .map(draft -> new Inject(draft.id(), Duration.between(world, draft.when()), draft.title(), truncate(draft.text()),
                            draft.sources(), draft.expects(), draft.payload()))
                    .toList();
            List<String> cited = injects.stream().flatMap(inject -> inject.sources().stream()).distinct().sorted().toList();
            return new Scenario(nameOf(request.id()), truncateTitle("Replay: " + request.id() + ", " + stateName(request.state()) + " "
                    + request.received().date().getYear()), summary(), crisis.organization(), world, speed, request.id(),
                    cited.stream().map(this::source).toList(), injects);
        }

        /**
         * Where the clock starts: 00:00Z of the day of the request's receipt; where the record dates it less precisely than to the
         * day, the earlier of the request's inject (at the first day of the month or year given) and 00:00Z of the day before the
         * first other event; and never after an event the replay carries, so that no offset is negative.
         */
        private Instant world() {
            Instant first = drafts.stream().map(Draft::when).min(Comparator.naturalOrder()).orElseThrow();
            Instant start = request.received().precision() == DatePrecision.DAY ? dayStart(request.received())
                    : drafts.stream().filter(draft -> draft.rank() != 0).map(Draft::when).min(Comparator.naturalOrder())
                            .map(instant -> instant.minus(Duration.ofDays(1))).orElse(first);
            Instant world = start.isBefore(first) ? start : first;
            return world.atZone(ZoneOffset.UTC).toLocalDate().atStartOfDay(ZoneOffset.UTC).toInstant();
        }

        private String summary() {
            var summary = new StringBuilder("A replay of the record, generated from it: " + request.description() + " Every inject arrives at its "
                    + "historical offset from the start of the crisis, from the record of request " + request.id());
            crisis.recordedMission().ifPresent(mission -> summary.append(" and of mission ").append(mission.id()));
            summary.append(", citing the record's sources; where they disagree, the record's preferred claim is given and the inject says "
                    + "that sources differ. The milestones are history's steps, the after-action report's yardstick.");
            if (crisis.recordedMission().isPresent()) {
                summary.append(" The record holds no force package for this mission: the replay has no package milestone.");
            } else {
                summary.append(" The record holds no mission answering this request: the replay has the request and the decision only.");
            }
            return truncate(summary.toString());
        }

        private String requestText() {
            var text = new StringBuilder(stateName(request.state()) + " asks " + Optional.ofNullable(request.addressedTo()).orElse("the organization")
                    + " for assistance, received " + request.received() + ". " + sentence(request.description()));
            if (request.clause() != null) {
                text.append(" It invokes ").append(request.clause()).append('.');
            }
            if (request.note() != null) {
                text.append(' ').append(sentence(request.note()));
            }
            requestDisagreements().forEach(disagreement -> text.append(' ').append(differ(disagreement)));
            return text.toString();
        }

        private void decision() {
            RecordedRequest.Decision decision = request.decision();
            if (decision == null) {
                return;
            }
            List<Disagreement> differ = subjectDisagreements("request:" + request.id()).filter(CrisisReplay::aboutTheDecision).toList();
            var text = new StringBuilder("History: " + Optional.ofNullable(decision.body()).orElse("the organization") + " decided ("
                    + decision.kind().code() + ") on " + decision.date() + ".");
            if (decision.summary() != null) {
                text.append(' ').append(sentence(decision.summary()));
            }
            differ.forEach(disagreement -> text.append(' ').append(differ(disagreement)));
            milestone(dayStart(decision.date()), Step.DECISION, "History: the council decides", text.toString(),
                    cite(request.sources(), disagreementSources(differ)));
        }

        private void contingentsAndMilestones(Mission mission) {
            List<Arrival> arrivals = mission.contingents().stream()
                    .flatMap(contingent -> Optional.ofNullable(contingent.timeline().actual().get(ContingentTimeline.Milestone.ARRIVAL))
                            .map(reported -> new Arrival(contingent, instant(reported.at()), reported.sources())).stream())
                    .sorted(Comparator.comparing(Arrival::at))
                    .toList();
            Optional<Arrival> first = arrivals.stream().findFirst();
            first.ifPresent(arrival -> milestone(arrival.at(), Step.FIRST_ARRIVAL, "History: the first contingent arrives",
                    "History: the contingent of " + stateName(arrival.contingent().state()) + " arrives first, on "
                            + day(arrival.contingent().timeline().actual().get(ContingentTimeline.Milestone.ARRIVAL).at()) + ".",
                    cite(arrival.sources())));
            fullStrength(mission, arrivals);
            step(mission, MissionState.Status.DRAWING_DOWN, ContingentTimeline.Milestone.WITHDRAWAL_START)
                    .ifPresent(dated -> milestone(dated.at(), Step.WITHDRAWAL_START, "History: the withdrawal starts",
                            "History: the withdrawal starts on " + dated.day() + ".", cite(dated.sources())));
            step(mission, MissionState.Status.WITHDRAWN, ContingentTimeline.Milestone.WITHDRAWAL_COMPLETE)
                    .ifPresent(dated -> milestone(dated.at(), Step.WITHDRAWAL_END, "History: the withdrawal is complete",
                            "History: the last contingent is home on " + dated.day() + ".", cite(dated.sources())));
            Instant unrecorded = first.map(Arrival::at).orElse(null);
            for (Contingent contingent : mission.contingents().stream().sorted(Comparator.comparing(Contingent::state)).toList()) {
                Optional<Arrival> arrival = arrivals.stream().filter(candidate -> candidate.contingent() == contingent).findFirst();
                String units = contingent.units().stream().map(Contingent.Unit::designation).collect(Collectors.joining("; "));
                String strength = contingent.strength() == null ? "its strength is not in the record" : strength(contingent.strength());
                List<String> cited = cite(arrival.map(Arrival::sources).orElse(List.of()), unitSources(contingent),
                        contingent.strength() == null ? List.of() : strengthSources(contingent.strength()));
                String who = "The contingent of " + stateName(contingent.state());
                if (arrival.isPresent()) {
                    drafts.add(new Draft(arrival.get().at(), 2, "arrival-" + contingent.state(), truncateTitle(who + " arrives"),
                            who + " arrives (" + strength + ")." + (units.isEmpty() ? "" : " Units: " + units + "."), cited, null,
                            new InjectPayload.Message()));
                } else if (unrecorded != null && !cited.isEmpty()) {
                    drafts.add(new Draft(unrecorded, 2, "arrival-" + contingent.state(), truncateTitle(who + " is on its way"),
                            who + " deploys (" + strength + "); the record gives no date of its arrival, so this message comes with the first "
                                    + "contingent's." + (units.isEmpty() ? "" : " Units: " + units + "."), cited, null, new InjectPayload.Message()));
                }
            }
        }

        private record Arrival(Contingent contingent, Instant at, List<String> sources) {
        }

        private record Dated(Instant at, String day, List<String> sources) {
        }

        /**
         * Full strength: the day the record dates the force deployed, where it dates it to the day; otherwise the last recorded
         * arrival of a contingent, saying how many contingents' arrivals the record dates.
         */
        private void fullStrength(Mission mission, List<Arrival> arrivals) {
            Optional<MissionState.Step> deployed = mission.history().stream().filter(state -> state.status() == MissionState.Status.DEPLOYED)
                    .map(MissionState::step).findFirst();
            String strength = mission.strength() == null ? "" : " The force's strength: " + strength(mission.strength()) + ".";
            List<String> strengthSources = mission.strength() == null ? List.of() : strengthSources(mission.strength());
            if (deployed.isPresent() && deployed.get().on().precision() == DatePrecision.DAY) {
                milestone(dayStart(deployed.get().on()), Step.FULL_STRENGTH, "History: the force is at full strength",
                        "History: the force is deployed on " + deployed.get().on() + "." + strength, cite(deployed.get().sources(), strengthSources));
            } else if (!arrivals.isEmpty()) {
                Arrival last = arrivals.getLast();
                String deployedOn = deployed.map(step -> " The record dates the force deployed only to " + step.on() + ".").orElse("");
                milestone(last.at(), Step.FULL_STRENGTH, "History: the last recorded contingent arrives",
                        "History: the last contingent whose arrival the record dates (" + arrivals.size() + " of " + mission.contingents().size()
                                + " contingents) arrives: the contingent of " + stateName(last.contingent().state()) + "." + deployedOn + strength,
                        cite(last.sources(), deployed.map(MissionState.Step::sources).orElse(List.of()), strengthSources));
            }
        }

        /** When the mission reached {@code status} by its history, or else when the first (or last) contingent reached {@code milestone}. */
        private Optional<Dated> step(Mission mission, MissionState.Status status, ContingentTimeline.Milestone milestone) {
            Optional<MissionState.Step> step = mission.history().stream().filter(state -> state.status() == status).map(MissionState::step).findFirst();
            if (step.isPresent()) {
                return Optional.of(new Dated(dayStart(step.get().on()), step.get().on().toString(), step.get().sources()));
            }
            Stream<ContingentTimeline.Reported> reported = mission.contingents().stream()
                    .flatMap(contingent -> Optional.ofNullable(contingent.timeline().actual().get(milestone)).stream());
            Comparator<ContingentTimeline.Reported> order = Comparator.comparing(entry -> instant(entry.at()));
            Optional<ContingentTimeline.Reported> chosen = milestone == ContingentTimeline.Milestone.WITHDRAWAL_START
                    ? reported.min(order) : reported.max(order);
            return chosen.map(entry -> new Dated(instant(entry.at()), day(entry.at()), entry.sources()));
        }

        /**
         * A sitrep for each day the record first reports figures (a figure that revises none), arriving when the last of that day's
         * was recorded; then a revision for each figure that supersedes another, at the day it was recorded, or with the sitrep
         * giving the figure it revises where the record dates the revision earlier (a revision never comes before what it revises).
         */
        private void figures(String requestInject) {
            Map<String, ReportedFigure> byId = crisis.figures().stream().collect(Collectors.toMap(ReportedFigure::id, Function.identity(), (a, b) -> a));
            Function<ReportedFigure, Optional<ReportedFigure>> revised = figure -> Optional.ofNullable(figure.supersedes()).map(byId::get);
            List<Disagreement> differ = crisis.disagreements().stream()
                    .filter(disagreement -> disagreement.subject().startsWith("topic:" + request.id())).toList();
            Map<java.time.LocalDate, List<ReportedFigure>> firstReported = new TreeMap<>(crisis.figures().stream()
                    .filter(figure -> revised.apply(figure).isEmpty())
                    .collect(Collectors.groupingBy(figure -> figure.recordedAt().atZone(ZoneOffset.UTC).toLocalDate())));
            Map<String, Given> given = new HashMap<>();
            firstReported.forEach((day, figures) -> {
                Instant arrives = figures.stream().map(ReportedFigure::recordedAt).max(Comparator.naturalOrder()).orElseThrow();
                String id = "sitrep-" + day;
                List<ScenarioFigure> reported = new ArrayList<>();
                var text = new StringBuilder("Figures as first reported on " + day + ":");
                for (ReportedFigure figure : figures.stream().sorted(Comparator.comparing(ReportedFigure::id)).toList()) {
                    ScenarioFigure scenarioFigure = new ScenarioFigure(kind(figure.category()), figure.population(), figure.count().value(),
                            asOf(figure.asOf(), arrives));
                    reported.add(scenarioFigure);
                    given.put(figure.id(), new Given(id, scenarioFigure, arrives));
                    text.append(' ').append(describe(figure)).append(';');
                }
                text.setLength(text.length() - 1);
                text.append('.');
                differ.forEach(disagreement -> text.append(' ').append(differ(disagreement)));
                drafts.add(new Draft(arrives, 3, id, "Report: figures of " + day, text.toString(),
                        cite(figures.stream().flatMap(figure -> figure.sources().stream()).toList(), disagreementSources(differ)),
                        new Expectation(Expectation.Action.SITREP_FILED, SITREP_WITHIN), new InjectPayload.Sitrep(requestInject, reported)));
            });
            crisis.figures().stream().filter(figure -> revised.apply(figure).isPresent())
                    .sorted(Comparator.comparing(ReportedFigure::recordedAt).thenComparingInt(figure -> depth(figure, byId)))
                    .forEach(figure -> {
                        ReportedFigure root = root(figure, byId);
                        Given original = given.get(root.id());
                        if (original == null) {
                            return; // a circle of revisions in the record: no figure of it was first reported
                        }
                        Instant recorded = figure.recordedAt();
                        boolean moved = recorded.isBefore(original.arrives());
                        Instant arrives = moved ? original.arrives() : recorded;
                        ReportedFigure previous = revised.apply(figure).orElseThrow();
                        String source = figure.sources().getFirst();
                        String text = describe(figure) + ", revising " + previous.count().words() + " (" + previous.id() + ")"
                                + ". Source: " + sourceTitle(source) + "."
                                + (moved ? " The record dates this figure " + recorded.atZone(ZoneOffset.UTC).toLocalDate() + ", before the report it "
                                        + "revises (" + original.arrives().atZone(ZoneOffset.UTC).toLocalDate() + "): it arrives with that report." : "");
                        drafts.add(new Draft(arrives, 4, "revises-" + localId(figure.id()),
                                truncateTitle("A source revises the " + figure.category().code() + " (" + figure.population().code().replace('_', ' ')
                                        + ") figure"),
                                text, cite(figure.sources()), null,
                                new InjectPayload.SourceRevises(original.sitrep(), original.figure().kind(), original.figure().population(),
                                        original.figure().asOf(), figure.count().value(), source)));
                    });
        }

        private static ReportedFigure root(ReportedFigure figure, Map<String, ReportedFigure> byId) {
            ReportedFigure current = figure;
            var seen = new LinkedHashSet<String>();
            while (current.supersedes() != null && byId.containsKey(current.supersedes()) && seen.add(current.id())) {
                current = byId.get(current.supersedes());
            }
            return current;
        }

        private static int depth(ReportedFigure figure, Map<String, ReportedFigure> byId) {
            int depth = 0;
            ReportedFigure current = figure;
            while (current.supersedes() != null && byId.containsKey(current.supersedes()) && depth < byId.size()) {
                current = byId.get(current.supersedes());
                depth++;
            }
            return depth;
        }

        private void milestone(Instant at, Step step, String title, String text, List<String> sources) {
            drafts.add(new Draft(at, 1, "milestone-" + step.code(), title, text, sources, null, new InjectPayload.Milestone(step)));
        }

        private List<Disagreement> requestDisagreements() {
            return subjectDisagreements("request:" + request.id()).filter(disagreement -> !aboutTheDecision(disagreement)).toList();
        }

        private Stream<Disagreement> subjectDisagreements(String subject) {
            return crisis.disagreements().stream().filter(disagreement -> disagreement.subject().equals(subject));
        }

        private String describe(ReportedFigure figure) {
            return figure.reportedBy() + " (" + figure.basis().code() + ", " + figure.status().code() + "): " + figure.count().words() + " "
                    + figure.category().code() + " (" + figure.population().code().replace('_', ' ') + ") as of " + figure.asOf()
                    + (figure.wording() == null ? "" : ", '" + figure.wording() + "'");
        }

        private ScenarioSource source(String id) {
            Source source = sources.get(id);
            if (source == null) {
                return new ScenarioSource(id, "Source " + id + " of the record", null, null);
            }
            String url = source.url() != null && source.url().matches("https?://\\S+") && source.url().length() <= 2000 ? source.url() : null;
            String excerpt = source.excerpt() == null || source.excerpt().isBlank() ? null : truncate(source.excerpt());
            return new ScenarioSource(id, truncateTitle(Optional.ofNullable(source.title()).filter(title -> !title.isBlank()).orElse(id)), url, excerpt);
        }

        private String sourceTitle(String id) {
            return Optional.ofNullable(sources.get(id)).map(Source::title).filter(title -> !title.isBlank()).orElse(id);
        }
    }

    private static boolean aboutTheDecision(Disagreement disagreement) {
        return disagreement.attribute().toLowerCase(Locale.ROOT).startsWith("decision");
    }

    /** A disagreement as an inject says it: the question, the record's preferred claim and why, the other claims. */
    static String differ(Disagreement disagreement) {
        String preferred = disagreement.claims().stream().filter(Claim::preferred).map(Claim::value).findFirst().orElse("");
        String others = disagreement.claims().stream().filter(claim -> !claim.preferred()).map(Claim::value).collect(Collectors.joining("; "));
        return "Sources differ (" + disagreement.id() + "): " + Optional.ofNullable(disagreement.question()).orElse(disagreement.attribute())
                + " The record prefers " + preferred + (disagreement.reason() == null ? "" : " (" + disagreement.reason() + ")") + "; other sources: "
                + others + ".";
    }

    /** A strength as a message says it: the preferred headcount, and where several sources speak, that they differ and how. */
    static String strength(Strength strength) {
        String preferred = words(strength.preferred());
        if (strength.others().isEmpty()) {
            return preferred;
        }
        return preferred + "; sources differ: " + strength.others().stream().map(CrisisReplay::words).collect(Collectors.joining(", "))
                + "; the record prefers " + preferred + ": " + strength.reason();
    }

    private static String words(Headcount headcount) {
        return (headcount.notPublished() ? "strength not published" : headcount.count().words() + " personnel") + " (" + headcount.basis().code() + ")";
    }

    private static List<String> strengthSources(Strength strength) {
        return strength.claims().stream().flatMap(claim -> claim.sources().stream()).toList();
    }

    private static List<String> unitSources(Contingent contingent) {
        return contingent.units().stream().flatMap(unit -> unit instanceof Contingent.Unit.Recorded recorded ? recorded.sources().stream() : Stream.empty())
                .toList();
    }

    private static List<String> disagreementSources(List<Disagreement> disagreements) {
        return disagreements.stream().flatMap(disagreement -> disagreement.claims().stream()).flatMap(claim -> claim.sources().stream()).toList();
    }

    @SafeVarargs
    private static List<String> cite(List<String>... lists) {
        return Stream.of(lists).flatMap(List::stream).distinct().limit(MAX_SOURCE_REFS).toList();
    }

    private static ScenarioFigure.Kind kind(ReportedFigure.Category category) {
        return switch (category) {
            case KILLED -> ScenarioFigure.Kind.KILLED;
            case INJURED -> ScenarioFigure.Kind.INJURED;
            case MISSING -> ScenarioFigure.Kind.MISSING;
            case DETAINED -> ScenarioFigure.Kind.DETAINED;
        };
    }

    /**
     * The instant a figure holds as of, in a sitrep arriving at {@code arrives}: the start of its day where the record dates it to
     * the day (never after the report), and the report's arrival where it dates it less precisely (to the month, say).
     */
    static Instant asOf(PartialDate asOf, Instant arrives) {
        if (asOf.precision() != DatePrecision.DAY) {
            return arrives;
        }
        Instant day = dayStart(asOf);
        return day.isAfter(arrives) ? arrives : day;
    }

    private static Instant dayStart(PartialDate date) {
        return date.date().atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static Instant instant(Moment moment) {
        return switch (moment) {
            case Moment.At at -> at.instant();
            case Moment.On on -> dayStart(on.date());
        };
    }

    private static String day(Moment moment) {
        return switch (moment) {
            case Moment.At at -> at.instant().toString();
            case Moment.On on -> on.date().toString();
        };
    }

    private static String stateName(StateCode state) {
        return States.find(state).map(found -> found.name("en")).orElse(state.value());
    }

    private static String localId(String id) {
        String local = id.replaceAll("[^A-Za-z0-9_.-]", "-");
        return local.length() > 60 ? local.substring(0, 60) : local;
    }

    /** A text as a sentence: ending with a full stop where it ends with no punctuation. */
    private static String sentence(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() || ".!?".indexOf(stripped.charAt(stripped.length() - 1)) >= 0 ? stripped : stripped + ".";
    }

    private static String truncate(String text) {
        String oneSpaced = text.replaceAll("[\\p{Cntrl}&&[^\\t\\n\\r]]", " ");
        return oneSpaced.length() <= MAX_TEXT ? oneSpaced : oneSpaced.substring(0, MAX_TEXT - 1) + "…";
    }

    private static String truncateTitle(String title) {
        String oneLine = title.replaceAll("[\\r\\n\\p{Cntrl}]+", " ").strip();
        return oneLine.length() <= 200 ? oneLine : oneLine.substring(0, 199) + "…";
    }
}
