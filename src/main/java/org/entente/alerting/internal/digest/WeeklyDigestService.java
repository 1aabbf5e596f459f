package org.entente.alerting.internal.digest;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.entente.access.Actor;
import org.entente.alerting.internal.digest.WeeklyDigest.Cited;
import org.entente.alerting.internal.digest.WeeklyDigest.Item;
import org.entente.alerting.internal.digest.WeeklyDigest.Section;
import org.entente.alerting.internal.digest.WeeklyDigest.Term;
import org.entente.alerting.internal.digest.WeeklyDigest.When;
import org.entente.assistance.FiledRequest;
import org.entente.assistance.FiledRequests;
import org.entente.assistance.RecordedRequest;
import org.entente.assistance.RecordedRequests;
import org.entente.command.Refusal;
import org.entente.mission.Contingent;
import org.entente.mission.ContingentTimeline;
import org.entente.mission.Mission;
import org.entente.mission.MissionState;
import org.entente.mission.Missions;
import org.entente.mission.Moment;
import org.entente.mission.ReportedFigure;
import org.entente.mission.Sitrep;
import org.entente.provenance.Provenance;
import org.entente.provenance.Source;
import org.entente.register.Correction;
import org.entente.register.Organization;
import org.entente.register.OrganizationCode;
import org.entente.register.Register;
import org.springframework.stereotype.Service;
import org.springframework.web.util.UriUtils;

/**
 * The weekly digest of an organization, for one reader: only what that reader may read (decided requests filed in Entente are
 * everyone's, open ones the organization's role holders'; a sitrep under its release marking; the recorded history, the missions,
 * their figures and the register are the public record). Everything is read through the other modules' public questions.
 */
@Service
public class WeeklyDigestService {

    /** How many complete weeks the digest feed holds. */
    public static final int FEED_WEEKS = 8;

    private final Register register;
    private final RecordedRequests recorded;
    private final FiledRequests filed;
    private final Missions missions;
    private final Provenance provenance;
    private final Clock clock;

    WeeklyDigestService(Register register, RecordedRequests recorded, FiledRequests filed, Missions missions, Provenance provenance, Clock clock) {
        this.register = register;
        this.recorded = recorded;
        this.filed = filed;
        this.missions = missions;
        this.provenance = provenance;
        this.clock = clock;
    }

    /** The digest of the organization's week that {@code anyDayOfTheWeek} falls in, as {@code reader} may read it; a 404 refusal for an unknown organization. */
    public WeeklyDigest digest(OrganizationCode organization, LocalDate anyDayOfTheWeek, Actor reader) {
        return digests(organization, List.of(IsoWeek.containing(anyDayOfTheWeek)), reader).getFirst();
    }

    /** The digests of the organization's {@code weeks}, in the order given, as {@code reader} may read them (the record is read once). */
    public List<WeeklyDigest> digests(OrganizationCode organization, List<IsoWeek> weeks, Actor reader) {
        Instant now = clock.instant();
        Organization org = register.organization(organization, now)
                .orElseThrow(() -> Refusal.notFound("organization", "no organization '" + organization.value() + "' in the register at " + now));
        if (weeks.isEmpty()) {
            return List.of();
        }
        IsoWeek first = weeks.stream().min(Comparator.naturalOrder()).orElseThrow();
        IsoWeek last = weeks.stream().max(Comparator.naturalOrder()).orElseThrow();
        List<Item> items = new Gathering(org, reader, now).items(first.start(), last.end());
        return weeks.stream().map(week -> WeeklyDigest.of(org, week, items.stream().filter(item -> item.when().in(week)).toList())).toList();
    }

    /** The organization of code {@code code} as an address names it in its parameter {@code field}: a refusal naming it where none. */
    public OrganizationCode organization(String field, String code) {
        return register.organizationNamed(field, code, clock.instant()).code();
    }

    /** The last complete week before today, by the application's clock. */
    public IsoWeek lastCompleteWeek() {
        return IsoWeek.lastCompleteBefore(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    /** The {@value #FEED_WEEKS} complete weeks before today, the latest first. */
    public List<IsoWeek> feedWeeks() {
        var weeks = new ArrayList<IsoWeek>();
        for (IsoWeek week = lastCompleteWeek(); weeks.size() < FEED_WEEKS; week = week.previous()) {
            weeks.add(week);
        }
        return List.copyOf(weeks);
    }

    /** One reading of the organization's record for one reader. */
    private final class Gathering {

        private final Organization organization;
        private final Actor reader;
        private final Instant now;
        private final Map<String, Source> sources;
        private final String base;

        Gathering(Organization organization, Actor reader, Instant now) {
            this.organization = organization;
            this.reader = reader;
            this.now = now;
            this.sources = provenance.content(organization.code().value(), now).sources().stream()
                    .collect(Collectors.toMap(Source::id, Function.identity(), (a, b) -> a));
            this.base = "/organizations/" + segment(organization.code().value());
        }

        /** Every item of the record that may fall in {@code [from, until)}; each is placed in its week by its {@link When}. */
        List<Item> items(Instant from, Instant until) {
            var items = new ArrayList<Item>();
            recordedRequests(items);
            filedRequests(items);
            missions(items);
            corrections(items, from, until);
            return items;
        }

        private void recordedRequests(List<Item> items) {
            for (RecordedRequest request : recorded.all(organization.code(), now)) {
                if (!request.isFormal()) {
                    continue;
                }
                String path = base + "/requests/" + segment(request.id());
                List<Cited> cited = cited(request.sources());
                items.add(new Item(Section.REQUESTS, "request_filed", When.on(request.received()),
                        List.of(new Term.StateTerm(request.state()), Term.Word.of("threat", request.threat())), request.id(), path, cited));
                if (request.decision() != null) {
                    items.add(new Item(Section.DECISIONS, "request_decided", When.on(request.decision().date()),
                            List.of(new Term.StateTerm(request.state()), Term.Word.of("decision", request.decision().kind())), request.id(), path, cited));
                }
            }
        }

        private void filedRequests(List<Item> items) {
            for (FiledRequest request : filed.readableBy(organization.code(), reader)) {
                String path = base + "/requests/" + segment(request.id());
                List<Cited> cited = cited(request.sources());
                items.add(new Item(Section.REQUESTS, "request_filed", When.at(request.receivedAt()),
                        List.of(new Term.StateTerm(request.state()), Term.Word.of("threat", request.threat())), request.id(), path, cited));
                request.decision().ifPresent(decided -> items.add(new Item(Section.DECISIONS, "request_decided", When.at(decided.step().at()),
                        List.of(new Term.StateTerm(request.state()), Term.Word.of("decision", decided.decision())), request.id(), path, cited)));
            }
        }

        private void missions(List<Item> items) {
            for (Missions.Readable readable : missions.readableBy(organization.code(), reader)) {
                Mission mission = readable.mission();
                String path = base + "/missions/" + segment(mission.id());
                for (MissionState state : mission.history()) {
                    items.add(new Item(Section.MISSIONS, "mission_" + state.status().code(), When.on(state.step().on()),
                            List.of(new Term.StateTerm(mission.host())), mission.name(), path, cited(state.step().sources())));
                }
                for (Contingent contingent : mission.contingents()) {
                    ContingentTimeline.Reported arrival = contingent.timeline().actual().get(ContingentTimeline.Milestone.ARRIVAL);
                    if (arrival != null) {
                        items.add(new Item(Section.MISSIONS, "contingent_arrived", when(arrival.at()),
                                List.of(new Term.StateTerm(contingent.state())), mission.name(), path + "#contingents", cited(arrival.sources())));
                    }
                }
                for (Sitrep sitrep : readable.sitreps()) {
                    items.add(new Item(Section.MISSIONS, "sitrep_filed", When.at(sitrep.filedAt()),
                            List.of(new Term.Number(sitrep.number()), new Term.Number(sitrep.revision())), mission.name(),
                            path + "/sitreps/" + sitrep.number(), cited(sitrep.sources())));
                }
                for (ReportedFigure figure : readable.figures().figures()) {
                    items.add(new Item(Section.FIGURES, figure.supersedes() == null ? "figure_reported" : "figure_revised", When.at(figure.recordedAt()),
                            List.of(Term.Word.of("mission.category", figure.category()), Term.Word.of("mission.population", figure.population()),
                                    new Term.CountTerm(figure.count())),
                            figure.reportedBy(), path + "#casualties", cited(figure.sources())));
                }
            }
        }

        private void corrections(List<Item> items, Instant from, Instant until) {
            for (Correction correction : register.corrections(organization.code(), from, until)) {
                String path = switch (correction.recordKind()) {
                    case "membershipEvent" -> correction.state() == null ? base : base + "/states/" + segment(correction.state().value());
                    case "clause", "instrument" -> base + "/clauses#" + correction.recordKind() + "-" + segment(correction.recordId());
                    default -> base;
                };
                items.add(new Item(Section.CORRECTIONS, "record_" + correction.kind().code(), When.at(correction.recordedAt()),
                        List.of(new Term.Word("digest.record", correction.recordKind())), correction.recordId(), path, cited(correction.sources())));
            }
        }

        /**
         * The sources {@code named}: a source of the organization's record by its id, with its title, publisher, date and the
         * address of the original; anything else (a request filed in Entente names its sources in its own words) as its own
         * title, and as the original's address where it is a web address.
         */
        private List<Cited> cited(List<String> named) {
            return named.stream().map(name -> Optional.ofNullable(sources.get(name))
                            .map(source -> new Cited(source.title(), source.publisher(), source.published(), webAddress(source.url())))
                            .orElseGet(() -> new Cited(name, null, null, webAddress(name))))
                    .toList();
        }
    }

    /** {@code text} where it is a web address (http or https) a reader can open; null otherwise. */
    private static String webAddress(String text) {
        return text != null && text.matches("(?i)https?://\\S+") ? text : null;
    }

    private static When when(Moment moment) {
        return switch (moment) {
            case Moment.At at -> When.at(at.instant());
            case Moment.On on -> When.on(on.date());
        };
    }

    private static String segment(String text) {
        return UriUtils.encodePathSegment(text, StandardCharsets.UTF_8);
    }
}
