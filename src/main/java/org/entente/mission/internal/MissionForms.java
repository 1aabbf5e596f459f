package org.entente.mission.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Predicate;
import org.entente.access.ReleaseMarking;
import org.entente.command.Refusal;
import org.entente.forces.GeoPoint;
import org.entente.mission.ContingentTimeline.Milestone;
import org.entente.mission.Count;
import org.entente.mission.Mandate;
import org.entente.mission.Mission;
import org.entente.mission.MissionState;
import org.entente.mission.MissionTask;
import org.entente.mission.Moment;
import org.entente.mission.ReportedFigure;
import org.entente.mission.SiteStatus;
import org.entente.mission.Sitrep;
import org.entente.mission.Theatre;
import org.entente.register.Coded;
import org.entente.register.PartialDate;
import org.entente.register.StateCode;

/** The one reader of what the API and the pages submit about missions: each field to its domain value, or a refusal naming it. */
final class MissionForms {

    private MissionForms() {
    }

    /**
     * The instant a view of the past is known at: an instant ({@code 2022-01-08T12:00:00Z}) or a day
     * ({@code 2022-01-08}, read as the end of that day, UTC: everything known on it); null for the record as it stands.
     */
    static Instant knownAt(String at) {
        if (at == null || at.isBlank()) {
            return null;
        }
        try {
            return at.length() > 10 ? Instant.parse(at) : PartialDate.parse(at).lastDay().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1000);
        } catch (RuntimeException e) {
            throw Refusal.invalid("at", "'" + at + "' is neither an instant (2022-01-08T12:00:00Z) nor a date (2022-01-08)");
        }
    }

    /** Which missions a list answers: by status, host, contributing state, and whether troops were ever deployed. */
    static Predicate<Mission> filter(String status, String host, String contributor, Boolean everDeployed) {
        MissionState.Status wanted = status == null ? null : Coded.parse(MissionState.Status.class, "status", status);
        StateCode hostState = host == null ? null : StateCode.parse("host", host);
        StateCode contributing = contributor == null ? null : StateCode.parse("contributor", contributor);
        return mission -> (wanted == null || mission.status() == wanted)
                && (hostState == null || mission.host().equals(hostState))
                && (contributing == null || mission.contributors().contains(contributing))
                && (everDeployed == null || everDeployed == mission.history().stream().anyMatch(state -> state.status() == MissionState.Status.DEPLOYING));
    }

    record Creation(String request, String name, String mandate, List<String> tasks, String forcePool, String theatreArea, Double lat, Double lon,
                    String timeZone, String until, List<String> sources) {
    }

    static MissionService.Creation creation(Creation form) {
        String request = required("request", form.request());
        String name = required("name", form.name());
        if (name.length() > Mission.MAX_NAME) {
            throw Refusal.outOfBounds("name", "a mission's name is 1 to " + Mission.MAX_NAME + " characters");
        }
        String text = required("mandate.text", form.mandate());
        var tasks = EnumSet.noneOf(MissionTask.class);
        List<String> given = form.tasks() == null ? List.of() : form.tasks();
        for (int i = 0; i < given.size(); i++) {
            tasks.add(Coded.parse(MissionTask.class, "mandate.tasks[" + i + "]", given.get(i)));
        }
        Mandate mandate = domain("mandate", () -> new Mandate(text, tasks, sources(form.sources())));
        Theatre theatre = theatre(form.theatreArea(), form.lat(), form.lon(), form.timeZone());
        PartialDate until = form.until() == null || form.until().isBlank() ? null : date("until", form.until());
        return new MissionService.Creation(request, name, mandate, blankToNull(form.forcePool()), theatre, until, sources(form.sources()));
    }

    static Theatre theatre(String area, Double lat, Double lon, String timeZone) {
        String named = required("theatre.area", area);
        if (lat == null || lon == null) {
            throw Refusal.invalid(lat == null ? "theatre.lat" : "theatre.lon", "required");
        }
        GeoPoint point = domain("theatre", () -> new GeoPoint(lat, lon));
        ZoneId zone;
        try {
            zone = ZoneId.of(required("theatre.timeZone", timeZone));
        } catch (java.time.DateTimeException e) {
            throw Refusal.invalid("theatre.timeZone", "'" + timeZone + "' is not a time zone (e.g. Asia/Almaty)");
        }
        return domain("theatre", () -> new Theatre(named, point, zone));
    }

    static MissionState.Status status(String status) {
        return Coded.parse(MissionState.Status.class, "status", status);
    }

    static Milestone milestone(String milestone) {
        return Coded.parse(Milestone.class, "milestone", milestone);
    }

    static StateCode state(String state) {
        return StateCode.parse("state", state);
    }

    /** A moment reported: an instant ({@code 2026-12-04T10:00:00Z}) or a date ({@code 2026-12-04}). */
    static Moment moment(String field, String text) {
        String given = required(field, text);
        try {
            return given.length() > 10 ? Moment.at(Instant.parse(given)) : Moment.on(given);
        } catch (RuntimeException e) {
            throw Refusal.invalid(field, "'" + given + "' is neither an instant (2026-12-04T10:00:00Z) nor a date (2026-12-04)");
        }
    }

    static Instant instant(String field, String text) {
        try {
            return Instant.parse(required(field, text));
        } catch (java.time.format.DateTimeParseException e) {
            throw Refusal.invalid(field, "'" + text + "' is not an instant (2026-12-04T10:00:00Z)");
        }
    }

    record Unit(String designation, List<String> sources) {
    }

    record Item(String name, Integer count) {
    }

    /** A contingent added without force generation: its state, its units as sources name them, its equipment, its planned milestones. */
    static MissionService.ContingentAddition contingent(String state, List<Unit> units, List<Item> equipment, java.util.Map<String, String> planned) {
        StateCode code = state(state);
        var recorded = new java.util.ArrayList<org.entente.mission.Contingent.Unit>();
        List<Unit> given = units == null ? List.of() : units;
        for (int i = 0; i < given.size(); i++) {
            String field = "units[" + i + "]";
            Unit unit = given.get(i);
            if (unit == null) {
                throw Refusal.invalid(field, "required");
            }
            String designation = required(field + ".designation", unit.designation());
            List<String> sources = sources(unit.sources());
            recorded.add(domain(field, () -> new org.entente.mission.Contingent.Unit.Recorded(designation, sources)));
        }
        var items = new java.util.ArrayList<org.entente.forces.Equipment>();
        List<Item> listed = equipment == null ? List.of() : equipment;
        for (int i = 0; i < listed.size(); i++) {
            String field = "equipment[" + i + "]";
            Item item = listed.get(i);
            if (item == null || item.count() == null) {
                throw Refusal.invalid(item == null ? field : field + ".count", "required");
            }
            String name = required(field + ".name", item.name());
            items.add(domain(field, () -> new org.entente.forces.Equipment(name, item.count())));
        }
        var plan = new java.util.EnumMap<Milestone, Moment>(Milestone.class);
        if (planned != null) {
            planned.forEach((milestone, at) -> plan.put(Coded.parse(Milestone.class, "planned", milestone), moment("planned." + milestone, at)));
        }
        return new MissionService.ContingentAddition(code, recorded, items, plan);
    }

    record Figure(String category, String population, Long value, String bound, String from, String until, String asOf, String reportedBy,
                  String basis, List<String> sources, String wording, String status, String supersedes) {
    }

    static MissionService.FigureReport figure(Figure form) {
        var category = Coded.parse(ReportedFigure.Category.class, "category", form.category());
        var population = Coded.parse(ReportedFigure.Population.class, "population", form.population());
        if (form.value() == null) {
            throw Refusal.invalid("value", "required");
        }
        var bound = form.bound() == null ? Count.Bound.EXACTLY : Coded.parse(Count.Bound.class, "bound", form.bound());
        Count count = domain("value", () -> new Count(form.value(), bound));
        ReportedFigure.Span span = form.from() == null && form.until() == null ? new ReportedFigure.Span.Cumulative()
                : domain("until", () -> new ReportedFigure.Span.ForPeriod(date("from", form.from()), date("until", form.until())));
        var basis = Coded.parse(ReportedFigure.Basis.class, "basis", form.basis());
        var status = form.status() == null ? ReportedFigure.Status.PROVISIONAL : Coded.parse(ReportedFigure.Status.class, "status", form.status());
        List<String> sources = sources(form.sources());
        if (sources.isEmpty()) {
            throw Refusal.invalid("sources", "a reported figure cites at least one source");
        }
        return new MissionService.FigureReport(category, population, count, span, date("asOf", form.asOf()), required("reportedBy", form.reportedBy()),
                basis, sources, blankToNull(form.wording()), status, blankToNull(form.supersedes()));
    }

    static List<String> sources(List<String> sources) {
        if (sources == null) {
            return List.of();
        }
        for (int i = 0; i < sources.size(); i++) {
            required("sources[" + i + "]", sources.get(i));
        }
        return List.copyOf(sources);
    }

    private static PartialDate date(String field, String text) {
        String given = required(field, text);
        try {
            return PartialDate.parse(given);
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid(field, e.getMessage());
        }
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw Refusal.invalid(field, "required");
        }
        return value;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static <T> T domain(String field, java.util.function.Supplier<T> value) {
        try {
            return value.get();
        } catch (IllegalArgumentException e) {
            throw Refusal.outOfBounds(field, e.getMessage());
        }
    }

    // ---- sites and sitreps

    /** A site to add: its id, name, place (both coordinates or neither), task, holder (optional), sources, and when it was assigned (optional). */
    static MissionService.SiteAddition site(String id, String name, Double lat, Double lon, String task, String holder, List<String> sources, String at) {
        String siteId = required("id", id);
        String siteName = required("name", name);
        if ((lat == null) != (lon == null)) {
            throw Refusal.invalid(lat == null ? "lat" : "lon", "required with the other coordinate");
        }
        GeoPoint location = lat == null ? null : domain("lat", () -> new GeoPoint(lat, lon));
        MissionTask siteTask = Coded.parse(MissionTask.class, "task", task);
        StateCode holderState = holder == null || holder.isBlank() ? null : StateCode.parse("holder", holder);
        return new MissionService.SiteAddition(siteId, siteName, location, siteTask, holderState, sources(sources),
                at == null || at.isBlank() ? null : moment("at", at));
    }

    /** A site's move: to secured, handed_over (to whom) or relinquished (why), when (optional: now), on which sources. */
    static MissionService.SiteMove siteMove(String status, String at, List<String> sources, String to, String reason) {
        var next = Coded.parse(SiteStatus.Status.class, "status", status);
        if (next == SiteStatus.Status.HANDED_OVER) {
            required("to", to);
        }
        if (next == SiteStatus.Status.RELINQUISHED) {
            required("reason", reason);
        }
        return new MissionService.SiteMove(next, at == null || at.isBlank() ? null : moment("at", at), sources(sources), blankToNull(to), blankToNull(reason));
    }

    /** What a sitrep covers: {@code kind} mission, or contingent with the {@code state}. */
    record Scope(String kind, String state) {
    }

    /** A change a sitrep reports: {@code kind} site (site, status, at, sources, to, reason) or milestone (state, milestone, at). */
    record Change(String kind, String site, String status, String at, List<String> sources, String to, String reason, String state, String milestone) {
    }

    record SitrepForm(Integer number, Integer revision, Scope scope, String from, String until, String asOf, String summary, List<Change> changes,
                      List<String> incidents, List<String> needs, String nextDue, List<String> sources, String marking) {
    }

    /**
     * A sitrep to file, or (for {@code revision}) a revision, whose parts not given are those of the revision it
     * supersedes; a new sitrep gives its scope, period and summary.
     */
    static MissionService.SitrepFiling sitrep(SitrepForm form, boolean revision) {
        Sitrep.Scope scope = form.scope() == null ? null : scope(form.scope());
        if (!revision) {
            if (scope == null) {
                throw Refusal.invalid("scope", "required");
            }
            required("from", form.from());
            required("until", form.until());
            required("summary", form.summary());
        }
        List<Sitrep.Change> changes = null;
        if (form.changes() != null) {
            changes = new java.util.ArrayList<>();
            for (int i = 0; i < form.changes().size(); i++) {
                changes.add(change("changes[" + i + "]", form.changes().get(i)));
            }
        }
        return new MissionService.SitrepFiling(form.number(), form.revision(), scope, optionalInstant("from", form.from()),
                optionalInstant("until", form.until()), optionalInstant("asOf", form.asOf()), blankToNull(form.summary()),
                changes == null && !revision ? List.of() : changes, texts("incidents", form.incidents(), revision), texts("needs", form.needs(), revision),
                optionalInstant("nextDue", form.nextDue()), form.sources() == null && revision ? null : sources(form.sources()),
                blankToNull(form.marking()) == null ? null : Coded.parse(ReleaseMarking.class, "marking", form.marking()));
    }

    private static Sitrep.Scope scope(Scope scope) {
        String kind = required("scope.kind", scope.kind());
        return switch (kind) {
            case "mission" -> Sitrep.Scope.mission();
            case "contingent" -> Sitrep.Scope.contingent(StateCode.parse("scope.state", scope.state()));
            default -> throw Refusal.invalid("scope.kind", "'" + kind + "' is not a scope; one of mission, contingent");
        };
    }

    private static Sitrep.Change change(String field, Change change) {
        if (change == null) {
            throw Refusal.invalid(field, "required");
        }
        String kind = required(field + ".kind", change.kind());
        return switch (kind) {
            case "site" -> {
                String site = required(field + ".site", change.site());
                var move = siteMove(change.status(), required(field + ".at", change.at()), change.sources(), change.to(), change.reason());
                var step = new SiteStatus.Step(move.at(), move.sources());
                SiteStatus status = domain(field, () -> switch (move.to()) {
                    case ASSIGNED -> new SiteStatus.Assigned(step);
                    case SECURED -> new SiteStatus.Secured(step);
                    case HANDED_OVER -> new SiteStatus.HandedOver(step, move.handedOverTo());
                    case RELINQUISHED -> new SiteStatus.Relinquished(step, move.reason());
                });
                yield new Sitrep.Change.SiteStatusChange(site, status);
            }
            case "milestone" -> new Sitrep.Change.MilestoneReport(StateCode.parse(field + ".state", change.state()),
                    Coded.parse(Milestone.class, field + ".milestone", change.milestone()), moment(field + ".at", change.at()));
            default -> throw Refusal.invalid(field + ".kind", "'" + kind + "' is not a kind of change; one of site, milestone");
        };
    }

    private static Instant optionalInstant(String field, String text) {
        return text == null || text.isBlank() ? null : instant(field, text);
    }

    private static List<String> texts(String field, List<String> texts, boolean revision) {
        if (texts == null) {
            return revision ? null : List.of();
        }
        for (int i = 0; i < texts.size(); i++) {
            required(field + "[" + i + "]", texts.get(i));
        }
        return List.copyOf(texts);
    }

    /** A sitrep's number in an address: a whole number from 1. */
    static int number(String number) {
        try {
            int value = Integer.parseInt(number);
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw Refusal.invalid("number", "'" + number + "' is not a sitrep's number (1, 2, ...)");
    }

    // ---- the pages' forms: what a browser sends, read into what the API's bodies give

    /** A text area's lines, one item each, blank lines left out. */
    static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /**
     * A time from a page's {@code datetime-local} input ({@code 2026-12-04T10:00}), read as UTC, in the form the
     * API's parsers take ({@code 2026-12-04T10:00:00Z}); a date, an instant or a blank as given.
     */
    static String pageTime(String text) {
        if (text == null) {
            return null;
        }
        String given = text.strip();
        if (given.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}")) {
            return given + ":00Z";
        }
        if (given.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?")) {
            return given + "Z";
        }
        return given;
    }

    /** A number typed into a page's field: null where blank, a refusal naming {@code field} where it is no number. */
    static Double decimal(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw Refusal.invalid(field, "'" + text + "' is not a number");
        }
    }

    /** A whole number typed into a page's field: null where blank, a refusal naming {@code field} where it is none. */
    static Long whole(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw Refusal.invalid(field, "'" + text + "' is not a whole number");
        }
    }

    /** Equipment typed one item a line, its count first ({@code 12 BTR-82A}): by name and count only. */
    static List<Item> equipmentLines(String text) {
        List<String> given = lines(text);
        var items = new java.util.ArrayList<Item>();
        for (int i = 0; i < given.size(); i++) {
            String[] parts = given.get(i).split("\\s+", 2);
            Long count = parts.length < 2 ? null : whole("equipment[" + i + "].count", parts[0]);
            if (count == null || count > Integer.MAX_VALUE) {
                throw Refusal.invalid("equipment[" + i + "]", "'" + given.get(i) + "' is not a count and a name (12 BTR-82A)");
            }
            items.add(new Item(parts[1], count.intValue()));
        }
        return items;
    }

    /** The version of the mission a page showed, which its form sends back (a hidden field). */
    static Integer version(String version) {
        if (version == null || version.isBlank()) {
            throw Refusal.invalid("version", "required: the version of the mission the page showed");
        }
        try {
            return Integer.valueOf(version.strip());
        } catch (NumberFormatException e) {
            throw Refusal.invalid("version", "'" + version + "' is not a version");
        }
    }
}
