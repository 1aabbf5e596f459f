package org.entente.mission;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;
import org.entente.access.ReleaseMarking;
import org.entente.command.Refusal;
import org.entente.forces.Capability;
import org.entente.forces.Equipment;
import org.entente.forces.GeoPoint;
import org.entente.register.Coded;
import org.entente.register.PartialDate;
import org.entente.register.Period;
import org.entente.register.StateCode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The pieces of a mission in the dataset format's JSON, both ways: a reader for each piece that names the
 * offending field by its path ({@code missions[0].contingents[2].strength.claims[1].value}) in a {@link Refusal},
 * and a writer that gives back what the reader reads. The one mapping between missions and JSON: the dataset
 * format, the stored record ({@link MissionFormat}) and the commands all use it.
 */
final class MissionJson {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private MissionJson() {
    }

    // ---- reading

    /** Reads {@code node} as a value, turning a domain type's refusal of it into an invalid refusal at {@code path}. */
    static <T> T read(String path, java.util.function.Supplier<T> reader) {
        try {
            return reader.get();
        } catch (Refusal refusal) {
            throw refusal;
        } catch (IllegalArgumentException | NullPointerException | java.time.DateTimeException e) {
            throw Refusal.invalid(path, e.getMessage() == null ? "missing" : e.getMessage());
        }
    }

    static JsonNode field(JsonNode node, String path, String name) {
        JsonNode value = node == null ? null : node.get(name);
        if (value == null || value.isNull()) {
            throw Refusal.invalid(path + "." + name, "required");
        }
        return value;
    }

    static String text(JsonNode node, String path, String name) {
        JsonNode value = field(node, path, name);
        if (!value.isString()) {
            throw Refusal.invalid(path + "." + name, "a string");
        }
        return value.asString();
    }

    static String optionalText(JsonNode node, String path, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw Refusal.invalid(path + "." + name, "a string");
        }
        return value.asString();
    }

    static long number(JsonNode node, String path, String name) {
        JsonNode value = field(node, path, name);
        if (!value.isIntegralNumber()) {
            throw Refusal.invalid(path + "." + name, "a whole number");
        }
        return value.asLong();
    }

    static double decimal(JsonNode node, String path, String name) {
        JsonNode value = field(node, path, name);
        if (!value.isNumber()) {
            throw Refusal.invalid(path + "." + name, "a number");
        }
        return value.asDouble();
    }

    static List<String> texts(JsonNode node, String path, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return List.of();
        }
        return list(node, path, name, (item, at) -> {
            if (!item.isString() || item.asString().isBlank()) {
                throw Refusal.invalid(at, "a non-empty string");
            }
            return item.asString();
        });
    }

    interface ItemReader<T> {
        T read(JsonNode item, String path);
    }

    static <T> List<T> list(JsonNode node, String path, String name, ItemReader<T> reader) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw Refusal.invalid(path + "." + name, "a list");
        }
        var items = new ArrayList<T>();
        for (int i = 0; i < value.size(); i++) {
            items.add(reader.read(value.get(i), path + "." + name + "[" + i + "]"));
        }
        return items;
    }

    static <E extends Enum<E> & Coded> E code(Class<E> type, JsonNode node, String path, String name) {
        String text = text(node, path, name);
        return read(path + "." + name, () -> Coded.fromCode(type, text));
    }

    static PartialDate date(JsonNode node, String path, String name) {
        String text = text(node, path, name);
        return read(path + "." + name, () -> PartialDate.parse(text));
    }

    static PartialDate optionalDate(JsonNode node, String path, String name) {
        String text = optionalText(node, path, name);
        return text == null ? null : read(path + "." + name, () -> PartialDate.parse(text));
    }

    static Instant instant(JsonNode node, String path, String name) {
        String text = text(node, path, name);
        return read(path + "." + name, () -> Instant.parse(text));
    }

    /** An instant, or a date standing for the start of its first day (UTC): when something became known. */
    static Instant optionalKnownFrom(JsonNode node, String path) {
        String text = optionalText(node, path, "knownFrom");
        return text == null ? null : read(path + ".knownFrom", () -> knownFrom(text));
    }

    static Instant knownFrom(String text) {
        return text.length() > 10 ? Instant.parse(text) : startOf(PartialDate.parse(text).date());
    }

    /** The first instant of {@code day}, UTC: when a fact dated to the day became known, where no instant is given. */
    static Instant startOf(java.time.LocalDate day) {
        return day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    }

    static StateCode state(JsonNode node, String path, String name) {
        String text = text(node, path, name);
        return read(path + "." + name, () -> StateCode.of(text));
    }

    static Moment moment(JsonNode node, String path, String name) {
        String text = text(node, path, name);
        return read(path + "." + name, () -> text.length() > 10 ? Moment.at(Instant.parse(text)) : Moment.on(text));
    }

    static Count count(JsonNode node, String path) {
        long value = number(node, path, "value");
        Count.Bound bound = node.has("bound") ? code(Count.Bound.class, node, path, "bound") : Count.Bound.EXACTLY;
        return read(path + ".value", () -> new Count(value, bound));
    }

    static Headcount headcount(JsonNode node, String path) {
        JsonNode value = node.get("value");
        Count count = value == null || value.isNull() ? null : count(node, path);
        Headcount.Basis basis = code(Headcount.Basis.class, node, path, "basis");
        String wording = optionalText(node, path, "wording");
        PartialDate asOf = optionalDate(node, path, "asOf");
        List<String> sources = texts(node, path, "sources");
        return read(path, () -> new Headcount(count, basis, wording, asOf, sources));
    }

    static MissionState step(JsonNode node, String path) {
        MissionState.Status status = code(MissionState.Status.class, node, path, "status");
        String by = text(node, path, "by");
        PartialDate on = date(node, path, "on");
        List<String> sources = texts(node, path, "sources");
        String reason = optionalText(node, path, "reason");
        return read(path, () -> {
            var step = new MissionState.Step(by, on, sources);
            return switch (status) {
                case PLANNED -> new MissionState.Planned(step);
                case DEPLOYING -> new MissionState.Deploying(step);
                case DEPLOYED -> new MissionState.Deployed(step);
                case DRAWING_DOWN -> new MissionState.DrawingDown(step);
                case WITHDRAWN -> new MissionState.Withdrawn(step);
                case TERMINATED -> new MissionState.Terminated(step, reason);
            };
        });
    }

    static MandatePeriod.Extension extension(JsonNode node, String path) {
        PartialDate until = date(node, path, "until");
        PartialDate decidedOn = date(node, path, "decidedOn");
        List<String> sources = texts(node, path, "sources");
        return read(path, () -> new MandatePeriod.Extension(until, decidedOn, sources));
    }

    static Contingent.Unit unit(JsonNode node, String path) {
        String unitId = optionalText(node, path, "unit");
        String designation = text(node, path, "designation");
        if (unitId == null) {
            List<String> sources = texts(node, path, "sources");
            return read(path, () -> new Contingent.Unit.Recorded(designation, sources));
        }
        Capability capability = code(Capability.class, node, path, "capability");
        int personnel = Math.toIntExact(number(node, path, "personnel"));
        int eta = Math.toIntExact(number(node, path, "etaHours"));
        return read(path, () -> new Contingent.Unit.FromPackage(unitId, designation, capability, personnel, eta));
    }

    static EquipmentClaim equipmentClaim(JsonNode node, String path) {
        String name = text(node, path, "name");
        JsonNode given = node.get("count");
        Integer count = given == null || given.isNull() ? null : Math.toIntExact(number(node, path, "count"));
        String wording = optionalText(node, path, "wording");
        List<String> sources = texts(node, path, "sources");
        return read(path, () -> new EquipmentClaim(name, count, wording, sources));
    }

    static ObjectNode equipmentClaim(EquipmentClaim claim) {
        ObjectNode node = NODES.objectNode().put("name", claim.name());
        if (claim.count() != null) {
            node.put("count", claim.count());
        }
        if (claim.wording() != null) {
            node.put("wording", claim.wording());
        }
        strings(node, "sources", claim.sources());
        return node;
    }

    static Equipment equipment(JsonNode node, String path) {
        String name = text(node, path, "name");
        long count = number(node, path, "count");
        return read(path, () -> new Equipment(name, Math.toIntExact(count)));
    }

    static ContingentTimeline.Reported reported(JsonNode node, String path) {
        Moment at = moment(node, path, "at");
        List<String> sources = texts(node, path, "sources");
        String reportedBy = optionalText(node, path, "reportedBy");
        return read(path, () -> new ContingentTimeline.Reported(at, sources, reportedBy));
    }

    static ReportedFigure figure(JsonNode node, String path) {
        String id = text(node, path, "id");
        var category = code(ReportedFigure.Category.class, node, path, "category");
        var population = code(ReportedFigure.Population.class, node, path, "population");
        Count count = count(node, path);
        JsonNode period = node.get("period");
        ReportedFigure.Span span = period == null || period.isNull() ? new ReportedFigure.Span.Cumulative()
                : read(path + ".period", () -> new ReportedFigure.Span.ForPeriod(date(period, path + ".period", "from"), date(period, path + ".period", "until")));
        PartialDate asOf = date(node, path, "asOf");
        Instant recordedAt = instant(node, path, "recordedAt");
        String reportedBy = text(node, path, "reportedBy");
        var basis = code(ReportedFigure.Basis.class, node, path, "basis");
        List<String> sources = texts(node, path, "sources");
        String wording = optionalText(node, path, "wording");
        var status = code(ReportedFigure.Status.class, node, path, "status");
        String supersedes = optionalText(node, path, "supersedes");
        return read(path, () -> new ReportedFigure(id, category, population, count, span, asOf, recordedAt, reportedBy, basis, sources, wording,
                status, supersedes));
    }

    /** The parts of a mission that are not its steps, extensions, strength, contingents or figures. */
    record Header(String id, String name, StateCode host, LegalBasis basis, Mandate mandate, String forcePool, Period decided, Theatre theatre) {
    }

    static Header header(JsonNode node, String path) {
        String id = text(node, path, "id");
        String name = text(node, path, "name");
        StateCode host = state(node, path, "host");
        String request = text(node, path, "request");
        String clause = text(node, path, "clause");
        JsonNode groundsNode = field(node, path, "grounds");
        String groundsPath = path + ".grounds";
        String kind = text(groundsNode, groundsPath, "kind");
        LegalBasis.Grounds grounds = switch (kind) {
            case "recorded" -> {
                List<String> sources = texts(groundsNode, groundsPath, "sources");
                yield read(groundsPath, () -> new LegalBasis.Grounds.RecordedFromDataset(sources));
            }
            case "package" -> new LegalBasis.Grounds.AcceptedPackage(instant(groundsNode, groundsPath, "acceptedAt"), text(groundsNode, groundsPath, "acceptedBy"));
            case "without_force_generation" -> new LegalBasis.Grounds.WithoutForceGeneration();
            default -> throw Refusal.invalid(groundsPath + ".kind", "'" + kind + "' is not a kind of grounds; one of recorded, package, without_force_generation");
        };
        LegalBasis basis = read(path, () -> new LegalBasis(request, clause, grounds));
        JsonNode mandateNode = field(node, path, "mandate");
        String mandatePath = path + ".mandate";
        String text = text(mandateNode, mandatePath, "text");
        var tasks = EnumSet.noneOf(MissionTask.class);
        tasks.addAll(list(mandateNode, mandatePath, "tasks", (item, at) -> read(at, () -> Coded.fromCode(MissionTask.class, item.asString()))));
        List<String> mandateSources = texts(mandateNode, mandatePath, "sources");
        Mandate mandate = read(mandatePath, () -> new Mandate(text, tasks, mandateSources));
        String forcePool = optionalText(node, path, "forcePool");
        JsonNode periodNode = field(node, path, "period");
        PartialDate from = date(periodNode, path + ".period", "from");
        PartialDate until = optionalDate(periodNode, path + ".period", "until");
        Period decided = read(path + ".period", () -> new Period(from, until));
        JsonNode theatreNode = field(node, path, "theatre");
        String theatrePath = path + ".theatre";
        String area = text(theatreNode, theatrePath, "area");
        double lat = decimal(theatreNode, theatrePath, "lat");
        double lon = decimal(theatreNode, theatrePath, "lon");
        String zone = text(theatreNode, theatrePath, "timeZone");
        Theatre theatre = read(theatrePath, () -> new Theatre(area, new GeoPoint(lat, lon), ZoneId.of(zone)));
        return new Header(id, name, host, basis, mandate, forcePool, decided, theatre);
    }

    static Commander commander(JsonNode node, String path) {
        String name = text(node, path, "name");
        String rank = text(node, path, "rank");
        StateCode state = state(node, path, "state");
        List<String> sources = texts(node, path, "sources");
        return read(path, () -> new Commander(name, rank, state, sources));
    }

    // ---- writing

    static ObjectNode header(Header header) {
        ObjectNode node = NODES.objectNode();
        node.put("id", header.id()).put("name", header.name()).put("host", header.host().value())
                .put("request", header.basis().request()).put("clause", header.basis().clause());
        ObjectNode grounds = node.putObject("grounds");
        switch (header.basis().grounds()) {
            case LegalBasis.Grounds.RecordedFromDataset recorded -> {
                grounds.put("kind", "recorded");
                strings(grounds, "sources", recorded.sources());
            }
            case LegalBasis.Grounds.AcceptedPackage accepted -> grounds.put("kind", "package")
                    .put("acceptedAt", accepted.acceptedAt().toString()).put("acceptedBy", accepted.acceptedBy());
            case LegalBasis.Grounds.WithoutForceGeneration without -> grounds.put("kind", "without_force_generation");
        }
        ObjectNode mandate = node.putObject("mandate");
        mandate.put("text", header.mandate().text());
        strings(mandate, "tasks", header.mandate().tasks().stream().map(Coded::code).toList());
        strings(mandate, "sources", header.mandate().sources());
        if (header.forcePool() != null) {
            node.put("forcePool", header.forcePool());
        }
        ObjectNode period = node.putObject("period").put("from", header.decided().from().toString());
        if (header.decided().until() != null) {
            period.put("until", header.decided().until().toString());
        }
        node.putObject("theatre").put("area", header.theatre().area()).put("lat", header.theatre().point().lat())
                .put("lon", header.theatre().point().lon()).put("timeZone", header.theatre().zone().getId());
        return node;
    }

    static ObjectNode commander(Commander commander) {
        ObjectNode node = NODES.objectNode().put("name", commander.name()).put("rank", commander.rank()).put("state", commander.state().value());
        strings(node, "sources", commander.sources());
        return node;
    }

    static ObjectNode step(MissionState state) {
        ObjectNode node = NODES.objectNode().put("status", state.status().code()).put("by", state.step().by()).put("on", state.step().on().toString());
        if (state instanceof MissionState.Terminated terminated) {
            node.put("reason", terminated.reason());
        }
        strings(node, "sources", state.step().sources());
        return node;
    }

    static ObjectNode extension(MandatePeriod.Extension extension) {
        ObjectNode node = NODES.objectNode().put("until", extension.until().toString()).put("decidedOn", extension.decidedOn().toString());
        strings(node, "sources", extension.sources());
        return node;
    }

    static ObjectNode headcount(Headcount headcount) {
        ObjectNode node = NODES.objectNode();
        if (headcount.count() == null) {
            node.putNull("value");
        } else {
            count(node, headcount.count());
        }
        node.put("basis", headcount.basis().code());
        if (headcount.wording() != null) {
            node.put("wording", headcount.wording());
        }
        if (headcount.asOf() != null) {
            node.put("asOf", headcount.asOf().toString());
        }
        strings(node, "sources", headcount.sources());
        return node;
    }

    static ObjectNode unit(Contingent.Unit unit) {
        return switch (unit) {
            case Contingent.Unit.FromPackage fromPackage -> NODES.objectNode().put("unit", fromPackage.unitId()).put("designation", fromPackage.designation())
                    .put("capability", fromPackage.capability().code()).put("personnel", fromPackage.personnel()).put("etaHours", fromPackage.etaHours());
            case Contingent.Unit.Recorded recorded -> {
                ObjectNode node = NODES.objectNode().put("designation", recorded.designation());
                strings(node, "sources", recorded.sources());
                yield node;
            }
        };
    }

    static ObjectNode equipment(Equipment equipment) {
        return NODES.objectNode().put("name", equipment.name()).put("count", equipment.count());
    }

    static String moment(Moment moment) {
        return switch (moment) {
            case Moment.At at -> at.instant().toString();
            case Moment.On on -> on.date().toString();
        };
    }

    static ObjectNode reported(ContingentTimeline.Reported reported) {
        ObjectNode node = NODES.objectNode().put("at", moment(reported.at()));
        strings(node, "sources", reported.sources());
        if (reported.reportedBy() != null) {
            node.put("reportedBy", reported.reportedBy());
        }
        return node;
    }

    static ObjectNode figure(ReportedFigure figure) {
        ObjectNode node = NODES.objectNode().put("id", figure.id()).put("category", figure.category().code()).put("population", figure.population().code());
        count(node, figure.count());
        if (figure.span() instanceof ReportedFigure.Span.ForPeriod(var from, var until)) {
            node.putObject("period").put("from", from.toString()).put("until", until.toString());
        }
        node.put("asOf", figure.asOf().toString()).put("recordedAt", figure.recordedAt().toString()).put("reportedBy", figure.reportedBy())
                .put("basis", figure.basis().code());
        strings(node, "sources", figure.sources());
        if (figure.wording() != null) {
            node.put("wording", figure.wording());
        }
        node.put("status", figure.status().code());
        if (figure.supersedes() != null) {
            node.put("supersedes", figure.supersedes());
        }
        return node;
    }

    private static void count(ObjectNode node, Count count) {
        node.put("value", count.value());
        if (count.bound() != Count.Bound.EXACTLY) {
            node.put("bound", count.bound().code());
        }
    }

    static void strings(ObjectNode node, String name, List<String> values) {
        ArrayNode array = node.putArray(name);
        values.forEach(array::add);
    }

    static <T> ArrayNode array(List<T> items, Function<T, ? extends JsonNode> writer) {
        ArrayNode array = NODES.arrayNode();
        items.forEach(item -> array.add(writer.apply(item)));
        return array;
    }

    // ---- sites and sitreps, both ways

    /** A site but its status over time: what the {@code site} fact holds; its history is kept step by step beside it. */
    record SiteHeader(String id, String name, GeoPoint location, MissionTask task, StateCode holder, List<String> sources) {

        Site with(List<SiteStatus> history) {
            return new Site(id, name, location, task, holder, sources, history);
        }

        static SiteHeader of(Site site) {
            return new SiteHeader(site.id(), site.name(), site.location(), site.task(), site.holder(), site.sources());
        }
    }

    static SiteHeader siteHeader(JsonNode node, String path) {
        String id = text(node, path, "id");
        String name = text(node, path, "name");
        JsonNode location = node.get("location");
        GeoPoint point = null;
        if (location != null && !location.isNull()) {
            double lat = decimal(location, path + ".location", "lat");
            double lon = decimal(location, path + ".location", "lon");
            point = read(path + ".location", () -> new GeoPoint(lat, lon));
        }
        MissionTask task = code(MissionTask.class, node, path, "task");
        String holder = optionalText(node, path, "holder");
        StateCode holderState = holder == null ? null : read(path + ".holder", () -> StateCode.of(holder));
        return new SiteHeader(id, name, point, task, holderState, texts(node, path, "sources"));
    }

    static SiteStatus siteStatus(JsonNode node, String path) {
        SiteStatus.Status status = code(SiteStatus.Status.class, node, path, "status");
        Moment at = moment(node, path, "at");
        List<String> sources = texts(node, path, "sources");
        var step = new SiteStatus.Step(at, sources);
        return switch (status) {
            case ASSIGNED -> new SiteStatus.Assigned(step);
            case SECURED -> new SiteStatus.Secured(step);
            case HANDED_OVER -> {
                String to = text(node, path, "to");
                yield read(path + ".to", () -> new SiteStatus.HandedOver(step, to));
            }
            case RELINQUISHED -> {
                String reason = text(node, path, "reason");
                yield read(path + ".reason", () -> new SiteStatus.Relinquished(step, reason));
            }
        };
    }

    static Sites.ReportedCount siteCount(JsonNode node, String path) {
        Count count = count(node, path);
        String wording = text(node, path, "wording");
        PartialDate asOf = optionalDate(node, path, "asOf");
        List<String> sources = texts(node, path, "sources");
        return read(path, () -> new Sites.ReportedCount(count, wording, asOf, sources));
    }

    static Sitrep sitrep(String missionId, JsonNode node, String path) {
        int number = Math.toIntExact(number(node, path, "number"));
        int revision = Math.toIntExact(number(node, path, "revision"));
        Sitrep.Scope scope = scope(field(node, path, "scope"), path + ".scope");
        Instant from = instant(node, path, "from");
        Instant until = instant(node, path, "until");
        Instant asOf = instant(node, path, "asOf");
        String preparedBy = text(node, path, "preparedBy");
        String summary = text(node, path, "summary");
        List<Sitrep.Change> changes = list(node, path, "changes", MissionJson::change);
        List<String> incidents = texts(node, path, "incidents");
        List<String> needs = texts(node, path, "needs");
        Instant nextDue = optionalText(node, path, "nextDue") == null ? null : instant(node, path, "nextDue");
        Instant filedAt = instant(node, path, "filedAt");
        List<String> sources = texts(node, path, "sources");
        ReleaseMarking marking = optionalText(node, path, "marking") == null ? ReleaseMarking.PUBLIC : code(ReleaseMarking.class, node, path, "marking");
        return read(path, () -> new Sitrep(missionId, number, revision, scope, from, until, asOf, preparedBy, summary, changes, incidents, needs, nextDue,
                filedAt, sources, marking));
    }

    static Sitrep.Scope scope(JsonNode node, String path) {
        String kind = text(node, path, "kind");
        return switch (kind) {
            case "mission" -> Sitrep.Scope.mission();
            case "contingent" -> Sitrep.Scope.contingent(state(node, path, "state"));
            default -> throw Refusal.invalid(path + ".kind", "'" + kind + "' is not a scope; one of mission, contingent");
        };
    }

    static Sitrep.Change change(JsonNode node, String path) {
        String kind = text(node, path, "kind");
        return switch (kind) {
            case "site" -> {
                String site = text(node, path, "site");
                SiteStatus status = siteStatus(node, path);
                yield read(path, () -> new Sitrep.Change.SiteStatusChange(site, status));
            }
            case "milestone" -> new Sitrep.Change.MilestoneReport(state(node, path, "state"),
                    code(ContingentTimeline.Milestone.class, node, path, "milestone"), moment(node, path, "at"));
            default -> throw Refusal.invalid(path + ".kind", "'" + kind + "' is not a kind of change; one of site, milestone");
        };
    }

    static ObjectNode siteHeader(SiteHeader site) {
        ObjectNode node = NODES.objectNode().put("id", site.id()).put("name", site.name());
        if (site.location() != null) {
            node.putObject("location").put("lat", site.location().lat()).put("lon", site.location().lon());
        }
        node.put("task", site.task().code());
        if (site.holder() != null) {
            node.put("holder", site.holder().value());
        }
        strings(node, "sources", site.sources());
        return node;
    }

    static ObjectNode siteStatus(SiteStatus status) {
        ObjectNode node = NODES.objectNode();
        siteStatus(node, status);
        return node;
    }

    private static void siteStatus(ObjectNode node, SiteStatus status) {
        node.put("status", status.status().code()).put("at", moment(status.step().at()));
        switch (status) {
            case SiteStatus.HandedOver handedOver -> node.put("to", handedOver.to());
            case SiteStatus.Relinquished relinquished -> node.put("reason", relinquished.reason());
            default -> {
            }
        }
        strings(node, "sources", status.step().sources());
    }

    static ObjectNode siteCount(Sites.ReportedCount reported) {
        ObjectNode node = NODES.objectNode();
        count(node, reported.count());
        node.put("wording", reported.wording());
        if (reported.asOf() != null) {
            node.put("asOf", reported.asOf().toString());
        }
        strings(node, "sources", reported.sources());
        return node;
    }

    static ObjectNode sitrep(Sitrep sitrep) {
        ObjectNode node = NODES.objectNode().put("number", sitrep.number()).put("revision", sitrep.revision());
        node.set("scope", scope(sitrep.scope()));
        node.put("from", sitrep.from().toString()).put("until", sitrep.until().toString()).put("asOf", sitrep.asOf().toString())
                .put("preparedBy", sitrep.preparedBy()).put("summary", sitrep.summary());
        node.set("changes", array(sitrep.changes(), MissionJson::change));
        strings(node, "incidents", sitrep.incidents());
        strings(node, "needs", sitrep.needs());
        if (sitrep.nextDue() != null) {
            node.put("nextDue", sitrep.nextDue().toString());
        }
        node.put("filedAt", sitrep.filedAt().toString());
        strings(node, "sources", sitrep.sources());
        if (sitrep.marking() != ReleaseMarking.PUBLIC) {
            node.put("marking", sitrep.marking().code());
        }
        return node;
    }

    static ObjectNode scope(Sitrep.Scope scope) {
        return switch (scope) {
            case Sitrep.Scope.WholeMission whole -> NODES.objectNode().put("kind", "mission");
            case Sitrep.Scope.OneContingent contingent -> NODES.objectNode().put("kind", "contingent").put("state", contingent.state().value());
        };
    }

    static ObjectNode change(Sitrep.Change change) {
        return switch (change) {
            case Sitrep.Change.SiteStatusChange site -> {
                ObjectNode node = NODES.objectNode().put("kind", "site").put("site", site.siteId());
                siteStatus(node, site.status());
                yield node;
            }
            case Sitrep.Change.MilestoneReport report -> NODES.objectNode().put("kind", "milestone").put("state", report.state().value())
                    .put("milestone", report.milestone().code()).put("at", moment(report.at()));
        };
    }
}
