package org.entente.mission;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.entente.command.Refusal;
import org.entente.mission.ContingentTimeline.Milestone;
import org.entente.register.Coded;
import org.entente.register.OrganizationCode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A mission as facts, each known from an instant: the mission's header, each step of its lifecycle, each extension
 * of its mandate, each headcount claimed of the force or a contingent and which one is preferred, each contingent,
 * each planned or reported milestone, each casualty figure. A mission is kept as the facts recorded of it, never
 * overwritten (a later fact under the same kind and key supersedes an earlier one; a fact without a body removes one),
 * so that the record can be read as it stood at any instant: as recorded in Entente, or as known in the world
 * ({@link #knownBy}), which for a mission of the past recorded from its sources is what the after-action view shows.
 *
 * <p>The facts' bodies and the mission document the dataset format carries are the same JSON ({@link MissionJson});
 * {@link #facts} splits a document into facts and {@link #document} joins them back, so an export re-imports to the
 * same record.
 */
public final class MissionFormat {

    public static final String MISSION = "mission";
    public static final String COMMANDER = "commander";
    public static final String STEP = "step";
    public static final String EXTENSION = "extension";
    public static final String HEADCOUNT = "headcount";
    public static final String PREFERENCE = "preference";
    public static final String CONTINGENT = "contingent";
    public static final String MILESTONE = "milestone";
    public static final String FIGURE = "figure";
    public static final String SITE = "site";
    public static final String SITE_STATUS = "site-status";
    public static final String SITE_COUNT = "site-count";
    public static final String SITREP = "sitrep";
    public static final String EQUIPMENT_CLAIM = "equipment-claim";

    /** The key of the one {@link #SITE_COUNT} fact: the sources' count of the mission's sites. */
    public static final String SITES = "sites";

    /** The key under which the whole force's headcounts and preference are kept, beside the contingents' state codes. */
    public static final String FORCE = "force";

    private MissionFormat() {
    }

    /** One fact of a mission: its kind, its key among those of its kind, when it became known, and its body (null: removed). */
    public record Fact(String kind, String key, Instant knownFrom, JsonNode body) {
        public Fact {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(knownFrom, "known from");
        }
    }

    /** The facts known by {@code instant}: those known from it or before, each kind and key as it then stood. */
    public static Predicate<Fact> knownBy(Instant instant) {
        return fact -> !fact.knownFrom().isAfter(instant);
    }

    /** Each kind and key's latest fact (the last of {@code facts}, which are in the order recorded), removals left out. */
    public static List<Fact> current(List<Fact> facts) {
        var latest = new LinkedHashMap<String, Fact>();
        for (Fact fact : facts) {
            latest.remove(fact.kind() + "\u0000" + fact.key());
            latest.put(fact.kind() + "\u0000" + fact.key(), fact);
        }
        return latest.values().stream().filter(fact -> fact.body() != null).toList();
    }

    // ---- document to facts

    /**
     * The facts of the mission document {@code node} (at {@code path} in its document), each known from its
     * {@code knownFrom} or, where it gives none, from its own date. Throws a {@link Refusal} naming the first field that
     * does not read, or the mission that the facts do not make (a lifecycle out of order, a preferred claim that is not
     * one of the claims).
     */
    public static List<Fact> facts(JsonNode node, String path, OrganizationCode organization) {
        if (node == null || !node.isObject()) {
            throw Refusal.invalid(path, "a mission object");
        }
        MissionJson.Header header = MissionJson.header(node, path);
        Instant missionKnown = orElse(MissionJson.optionalKnownFrom(node, path), header.decided().from().date());
        var facts = new ArrayList<Fact>();
        facts.add(new Fact(MISSION, header.id(), missionKnown, MissionJson.header(header)));
        JsonNode commander = node.get("commander");
        if (commander != null && !commander.isNull()) {
            String at = path + ".commander";
            Instant known = MissionJson.optionalKnownFrom(commander, at);
            facts.add(commander(MissionJson.commander(commander, at), known == null ? missionKnown : known));
        }
        List<MissionState> steps = MissionJson.list(node, path, "steps", MissionJson::step);
        for (int i = 0; i < steps.size(); i++) {
            String at = path + ".steps[" + i + "]";
            Instant known = orElse(MissionJson.optionalKnownFrom(node.get("steps").get(i), at), steps.get(i).step().on().date());
            facts.add(new Fact(STEP, key(i), known, MissionJson.step(steps.get(i))));
        }
        List<MandatePeriod.Extension> extensions = MissionJson.list(node, path, "extensions", MissionJson::extension);
        for (int i = 0; i < extensions.size(); i++) {
            Instant known = orElse(MissionJson.optionalKnownFrom(node.get("extensions").get(i), path + ".extensions[" + i + "]"), extensions.get(i).decidedOn().date());
            facts.add(new Fact(EXTENSION, key(i), known, MissionJson.extension(extensions.get(i))));
        }
        JsonNode strength = node.get("strength");
        if (strength != null && !strength.isNull()) {
            facts.addAll(strengthFacts(FORCE, strength, path + ".strength", missionKnown));
        }
        List<JsonNode> contingents = MissionJson.list(node, path, "contingents", (item, at) -> item);
        for (int i = 0; i < contingents.size(); i++) {
            facts.addAll(contingentFacts(contingents.get(i), path + ".contingents[" + i + "]", missionKnown));
        }
        List<ReportedFigure> figures = MissionJson.list(node, path, "figures", MissionJson::figure);
        for (ReportedFigure figure : figures) {
            facts.add(new Fact(FIGURE, figure.id(), figure.recordedAt(), MissionJson.figure(figure)));
        }
        List<EquipmentClaim> claimed = MissionJson.list(node, path, "equipmentClaims", MissionJson::equipmentClaim);
        for (int i = 0; i < claimed.size(); i++) {
            Instant known = MissionJson.optionalKnownFrom(node.get("equipmentClaims").get(i), path + ".equipmentClaims[" + i + "]");
            facts.add(new Fact(EQUIPMENT_CLAIM, key(i), known == null ? missionKnown : known, MissionJson.equipmentClaim(claimed.get(i))));
        }
        JsonNode sites = node.get("sites");
        if (sites != null && !sites.isNull()) {
            facts.addAll(siteFacts(sites, path + ".sites", missionKnown));
        }
        facts.addAll(sitrepFacts(header.id(), node, path));
        var keys = new java.util.HashSet<String>();
        for (Fact fact : facts) {
            if (!keys.add(fact.kind() + "/" + fact.key())) {
                throw Refusal.invalid(path, "the mission gives its " + fact.kind() + " " + fact.key() + " twice");
            }
        }
        MissionJson.read(path, () -> fold(organization, facts).orElseThrow());
        return facts;
    }

    private static List<Fact> strengthFacts(String owner, JsonNode node, String path, Instant defaultKnown) {
        List<JsonNode> claims = MissionJson.list(node, path, "claims", (item, at) -> item);
        var facts = new ArrayList<Fact>();
        for (int i = 0; i < claims.size(); i++) {
            String at = path + ".claims[" + i + "]";
            Headcount headcount = MissionJson.headcount(claims.get(i), at);
            Instant known = orElse(MissionJson.optionalKnownFrom(claims.get(i), at), headcount.asOf() == null ? null : headcount.asOf().date());
            facts.add(new Fact(HEADCOUNT, owner + "#" + i, known == null ? defaultKnown : known, MissionJson.headcount(headcount)));
        }
        JsonNode preferred = node.get("preferred");
        if (preferred != null && !preferred.isNull()) {
            long index = MissionJson.number(node, path, "preferred");
            if (index < 0 || index >= claims.size()) {
                throw Refusal.invalid(path + ".preferred", "the index of one of the " + claims.size() + " claims");
            }
            String reason = MissionJson.text(node, path, "reason");
            Instant known = MissionJson.optionalKnownFrom(node, path);
            Instant claimKnown = facts.get((int) index).knownFrom();
            facts.add(new Fact(PREFERENCE, owner, known == null || known.isBefore(claimKnown) ? claimKnown : known,
                    MissionJson.NODES.objectNode().put("claim", index).put("reason", reason)));
        }
        return facts;
    }

    private static List<Fact> contingentFacts(JsonNode node, String path, Instant missionKnown) {
        String state = MissionJson.state(node, path, "state").value();
        Instant known = MissionJson.optionalKnownFrom(node, path);
        Instant contingentKnown = known == null ? missionKnown : known;
        ObjectNode body = MissionJson.NODES.objectNode().put("state", state);
        body.set("units", MissionJson.array(MissionJson.list(node, path, "units", MissionJson::unit), MissionJson::unit));
        body.set("equipment", MissionJson.array(MissionJson.list(node, path, "equipment", MissionJson::equipment), MissionJson::equipment));
        var facts = new ArrayList<Fact>();
        facts.add(new Fact(CONTINGENT, state, contingentKnown, body));
        JsonNode strength = node.get("strength");
        if (strength != null && !strength.isNull()) {
            facts.addAll(strengthFacts(state, strength, path + ".strength", contingentKnown));
        }
        for (String side : List.of("planned", "actual")) {
            JsonNode milestones = node.get(side);
            if (milestones == null || milestones.isNull()) {
                continue;
            }
            for (Milestone milestone : Milestone.values()) {
                JsonNode entry = milestones.get(milestone.code());
                if (entry == null || entry.isNull()) {
                    continue;
                }
                String at = path + "." + side + "." + milestone.code();
                Instant entryKnown = MissionJson.optionalKnownFrom(entry, at);
                if (side.equals("planned")) {
                    Moment moment = MissionJson.moment(entry, at, "at");
                    facts.add(new Fact(MILESTONE, state + "/" + milestone.code() + "/planned", entryKnown == null ? contingentKnown : entryKnown,
                            MissionJson.NODES.objectNode().put("at", MissionJson.moment(moment))));
                } else {
                    ContingentTimeline.Reported reported = MissionJson.reported(entry, at);
                    Instant reportedKnown = entryKnown != null ? entryKnown : MissionJson.startOf(reported.at().earliestDay(java.time.ZoneOffset.UTC));
                    facts.add(new Fact(MILESTONE, state + "/" + milestone.code() + "/actual", reportedKnown, MissionJson.reported(reported)));
                }
            }
        }
        return facts;
    }

    /**
     * The facts of a mission's sites: each site named, known from its {@code knownFrom} or with its first status; each
     * status, known from its own {@code knownFrom} or its day; the sources' count, known from its {@code knownFrom}, its
     * as-of day, or with the mission.
     */
    private static List<Fact> siteFacts(JsonNode node, String path, Instant missionKnown) {
        if (!node.isObject()) {
            throw Refusal.invalid(path, "an object of the sites named and the sources' count");
        }
        var facts = new ArrayList<Fact>();
        List<JsonNode> named = MissionJson.list(node, path, "named", (item, at) -> item);
        for (int i = 0; i < named.size(); i++) {
            String at = path + ".named[" + i + "]";
            JsonNode entry = named.get(i);
            MissionJson.SiteHeader header = MissionJson.siteHeader(entry, at);
            List<SiteStatus> history = MissionJson.list(entry, at, "history", MissionJson::siteStatus);
            MissionJson.read(at, () -> header.with(history));
            var statusFacts = new ArrayList<Fact>();
            for (int j = 0; j < history.size(); j++) {
                Instant known = orElse(MissionJson.optionalKnownFrom(entry.get("history").get(j), at + ".history[" + j + "]"),
                        history.get(j).step().at().earliestDay(java.time.ZoneOffset.UTC));
                statusFacts.add(siteStatus(header.id(), j + 1, history.get(j), known));
            }
            Instant known = MissionJson.optionalKnownFrom(entry, at);
            facts.add(new Fact(SITE, header.id(), known != null ? known : statusFacts.getFirst().knownFrom(), MissionJson.siteHeader(header)));
            facts.addAll(statusFacts);
        }
        JsonNode reported = node.get("reported");
        if (reported != null && !reported.isNull()) {
            String at = path + ".reported";
            Sites.ReportedCount count = MissionJson.siteCount(reported, at);
            Instant known = orElse(MissionJson.optionalKnownFrom(reported, at), count.asOf() == null ? null : count.asOf().date());
            facts.add(siteCount(count, known == null ? missionKnown : known));
        }
        return facts;
    }

    /**
     * The facts of a mission's sitreps, each known from when it was filed; each revision filed after the one it
     * supersedes and each new sitrep after the one before it, so that the record as known at any instant holds a log
     * without a gap.
     */
    private static List<Fact> sitrepFacts(String missionId, JsonNode node, String path) {
        List<Sitrep> sitreps = MissionJson.list(node, path, "sitreps", (item, at) -> MissionJson.sitrep(missionId, item, at));
        var facts = new ArrayList<Fact>();
        for (int i = 0; i < sitreps.size(); i++) {
            Sitrep sitrep = sitreps.get(i);
            String at = path + ".sitreps[" + i + "]";
            for (Sitrep earlier : sitreps) {
                boolean precedes = earlier.number() == sitrep.number() ? earlier.revision() == sitrep.revision() - 1
                        : earlier.revision() == 1 && sitrep.revision() == 1 && earlier.number() == sitrep.number() - 1;
                if (precedes && sitrep.filedAt().isBefore(earlier.filedAt())) {
                    throw Refusal.invalid(at + ".filedAt", "sitrep " + sitrep.number() + " revision " + sitrep.revision() + " is filed after sitrep "
                            + earlier.number() + " revision " + earlier.revision() + " (" + earlier.filedAt() + "), not before it");
                }
            }
            facts.add(sitrep(sitrep));
        }
        return facts;
    }

    /** {@code given}, or the start of {@code day} (UTC) where none is given; null where neither is. */
    private static Instant orElse(Instant given, java.time.LocalDate day) {
        return given != null ? given : day == null ? null : MissionJson.startOf(day);
    }

    private static String key(int index) {
        return String.format("%03d", index + 1);
    }

    // ---- the facts commands add

    /** The fact of a mission's header: all of it but its steps, extensions, strength, contingents and figures. */
    public static Fact mission(String id, String name, org.entente.register.StateCode host, LegalBasis basis, Mandate mandate, String forcePool,
                               org.entente.register.Period decided, Theatre theatre, Instant knownFrom) {
        var header = MissionJson.read("mission", () -> new MissionJson.Header(id, name, host, basis, mandate, forcePool, decided, theatre));
        return new Fact(MISSION, id, knownFrom, MissionJson.header(header));
    }

    /** The fact of who commands the mission. */
    public static Fact commander(Commander commander, Instant knownFrom) {
        return new Fact(COMMANDER, COMMANDER, knownFrom, MissionJson.commander(commander));
    }

    /** The fact of the mission's {@code number}th step (from 1). */
    public static Fact step(int number, MissionState step, Instant knownFrom) {
        return new Fact(STEP, key(number - 1), knownFrom, MissionJson.step(step));
    }

    /** The fact of {@code state}'s contingent: its units and equipment. */
    public static Fact contingent(org.entente.register.StateCode state, List<Contingent.Unit> units, List<org.entente.forces.Equipment> equipment,
                                  Instant knownFrom) {
        ObjectNode body = MissionJson.NODES.objectNode().put("state", state.value());
        body.set("units", MissionJson.array(units, MissionJson::unit));
        body.set("equipment", MissionJson.array(equipment, MissionJson::equipment));
        return new Fact(CONTINGENT, state.value(), knownFrom, body);
    }

    /** The fact of when {@code state}'s contingent is planned to reach {@code milestone}. */
    public static Fact planned(org.entente.register.StateCode state, Milestone milestone, Moment at, Instant knownFrom) {
        return new Fact(MILESTONE, state.value() + "/" + milestone.code() + "/planned", knownFrom, MissionJson.NODES.objectNode().put("at", MissionJson.moment(at)));
    }

    /** The fact of a report that {@code state}'s contingent reached {@code milestone}. */
    public static Fact reported(org.entente.register.StateCode state, Milestone milestone, ContingentTimeline.Reported reported, Instant knownFrom) {
        return new Fact(MILESTONE, state.value() + "/" + milestone.code() + "/actual", knownFrom, MissionJson.reported(reported));
    }

    /** The fact of a casualty or incident figure, known from when it was recorded. */
    public static Fact figure(ReportedFigure figure) {
        return new Fact(FIGURE, figure.id(), figure.recordedAt(), MissionJson.figure(figure));
    }

    /** The facts of a site named: the site, and each step of its status, from its assignment on, all known from {@code knownFrom}. */
    public static List<Fact> site(Site site, Instant knownFrom) {
        var facts = new ArrayList<Fact>();
        facts.add(new Fact(SITE, site.id(), knownFrom, MissionJson.siteHeader(MissionJson.SiteHeader.of(site))));
        for (int i = 0; i < site.history().size(); i++) {
            facts.add(siteStatus(site.id(), i + 1, site.history().get(i), knownFrom));
        }
        return facts;
    }

    /** The fact of the {@code number}th step (from 1) of site {@code siteId}'s status. */
    public static Fact siteStatus(String siteId, int number, SiteStatus status, Instant knownFrom) {
        return new Fact(SITE_STATUS, siteId + "/" + key(number - 1), knownFrom, MissionJson.siteStatus(status));
    }

    /** The fact of the sources' count of the mission's sites. */
    public static Fact siteCount(Sites.ReportedCount count, Instant knownFrom) {
        return new Fact(SITE_COUNT, SITES, knownFrom, MissionJson.siteCount(count));
    }

    /** The fact of one revision of a sitrep, known from when it was filed; a revision is a fact of its own, never in place of the one it supersedes. */
    public static Fact sitrep(Sitrep sitrep) {
        return new Fact(SITREP, key(sitrep.number() - 1) + "/" + key(sitrep.revision() - 1), sitrep.filedAt(), MissionJson.sitrep(sitrep));
    }

    /** A moment as the format writes it: an instant ({@code 2022-01-06T14:00:00Z}) or a date ({@code 2022-01-06}, {@code 2022-01}). */
    public static String text(Moment moment) {
        return MissionJson.moment(moment);
    }

    // ---- facts to a mission

    /** The mission the current of {@code facts} make; empty where they hold no header (nothing of the mission known). */
    public static Optional<MissionRecord> fold(OrganizationCode organization, List<Fact> facts) {
        List<Fact> current = current(facts);
        Optional<Fact> headerFact = current.stream().filter(fact -> fact.kind().equals(MISSION)).findFirst();
        if (headerFact.isEmpty()) {
            return Optional.empty();
        }
        MissionJson.Header header = MissionJson.header(headerFact.get().body(), MISSION);
        List<MissionState> history = inOrderWithoutAGap(of(current, STEP)).stream()
                .map(fact -> MissionJson.step(fact.body(), STEP + " " + fact.key())).toList();
        List<MandatePeriod.Extension> extensions = inOrderWithoutAGap(of(current, EXTENSION)).stream()
                .map(fact -> MissionJson.extension(fact.body(), EXTENSION + " " + fact.key())).toList();
        var contingents = new ArrayList<Contingent>();
        for (Fact contingent : of(current, CONTINGENT)) {
            contingents.add(contingent(contingent, current));
        }
        contingents.sort(Comparator.comparing(contingent -> contingent.state().value()));
        List<ReportedFigure> figures = revisionsOfKnownFigures(of(current, FIGURE).stream()
                .map(fact -> MissionJson.figure(fact.body(), FIGURE + " " + fact.key())).toList());
        Commander commander = of(current, COMMANDER).stream().findFirst().map(fact -> MissionJson.commander(fact.body(), COMMANDER)).orElse(null);
        Mission mission = new Mission(header.id(), organization, header.name(), header.host(), header.basis(), header.mandate(), header.forcePool(),
                commander, new MandatePeriod(header.decided(), extensions), header.theatre(), strength(FORCE, current), history, contingents);
        List<EquipmentClaim> claimed = of(current, EQUIPMENT_CLAIM).stream().sorted(Comparator.comparing(Fact::key))
                .map(fact -> MissionJson.equipmentClaim(fact.body(), EQUIPMENT_CLAIM + " " + fact.key())).toList();
        return Optional.of(new MissionRecord(mission, new CasualtyFigures(figures), sites(current), sitreps(header.id(), current), claimed));
    }

    /**
     * The sites the facts name, by id, each with its status from its assignment on (as far as its steps are known in
     * order: a site whose assignment is not known is not yet one), and the sources' count.
     */
    private static Sites sites(List<Fact> current) {
        var named = new ArrayList<Site>();
        for (Fact site : of(current, SITE).stream().sorted(Comparator.comparing(Fact::key)).toList()) {
            List<SiteStatus> history = new ArrayList<>();
            for (Fact step : siteSteps(site.key(), current)) {
                if (!step.key().equals(site.key() + "/" + key(history.size()))) {
                    break;
                }
                history.add(MissionJson.siteStatus(step.body(), SITE_STATUS + " " + step.key()));
            }
            if (!history.isEmpty()) {
                named.add(MissionJson.read(SITE + " " + site.key(), () -> MissionJson.siteHeader(site.body(), SITE + " " + site.key()).with(history)));
            }
        }
        Sites.ReportedCount count = of(current, SITE_COUNT).stream().findFirst().map(fact -> MissionJson.siteCount(fact.body(), SITE_COUNT)).orElse(null);
        return new Sites(named, count);
    }

    private static List<Fact> siteSteps(String siteId, List<Fact> current) {
        return of(current, SITE_STATUS).stream().filter(fact -> fact.key().startsWith(siteId + "/")).sorted(Comparator.comparing(Fact::key)).toList();
    }

    private static Sitreps sitreps(String missionId, List<Fact> current) {
        return new Sitreps(missionId, of(current, SITREP).stream().map(fact -> MissionJson.sitrep(missionId, fact.body(), SITREP + " " + fact.key())).toList());
    }

    /**
     * Facts kept by their place in a list (steps, extensions), in order up to the first place missing: in a view of the
     * past, a later step may be known before an earlier one (its source published first), and the lifecycle then stands
     * where the record knew it without a gap.
     */
    private static List<Fact> inOrderWithoutAGap(List<Fact> facts) {
        List<Fact> sorted = facts.stream().sorted(Comparator.comparing(Fact::key)).toList();
        var kept = new ArrayList<Fact>();
        for (Fact fact : sorted) {
            if (!fact.key().equals(key(kept.size()))) {
                break;
            }
            kept.add(fact);
        }
        return kept;
    }

    /**
     * The figures with each revision's link to the figure it revises, where that figure is among them: in a view of the
     * past, a figure may revise one that the record then did not yet hold (an early figure known only from a later
     * source), and it then stands as a figure of its own.
     */
    private static List<ReportedFigure> revisionsOfKnownFigures(List<ReportedFigure> figures) {
        var ids = figures.stream().map(ReportedFigure::id).collect(java.util.stream.Collectors.toSet());
        return figures.stream().map(figure -> figure.supersedes() == null || ids.contains(figure.supersedes()) ? figure
                : new ReportedFigure(figure.id(), figure.category(), figure.population(), figure.count(), figure.span(), figure.asOf(), figure.recordedAt(),
                        figure.reportedBy(), figure.basis(), figure.sources(), figure.wording(), figure.status(), null)).toList();
    }

    private static Contingent contingent(Fact fact, List<Fact> current) {
        JsonNode body = fact.body();
        String state = fact.key();
        var planned = new EnumMap<Milestone, Moment>(Milestone.class);
        var actual = new EnumMap<Milestone, ContingentTimeline.Reported>(Milestone.class);
        for (Fact milestone : of(current, MILESTONE)) {
            String[] parts = milestone.key().split("/");
            if (!parts[0].equals(state)) {
                continue;
            }
            Milestone which = Coded.fromCode(Milestone.class, parts[1]);
            if (parts[2].equals("planned")) {
                planned.put(which, MissionJson.moment(milestone.body(), MILESTONE, "at"));
            } else {
                actual.put(which, MissionJson.reported(milestone.body(), MILESTONE));
            }
        }
        return new Contingent(MissionJson.state(body, CONTINGENT, "state"), MissionJson.list(body, CONTINGENT, "units", MissionJson::unit),
                MissionJson.list(body, CONTINGENT, "equipment", MissionJson::equipment), strength(state, current), new ContingentTimeline(planned, actual));
    }

    /** The strength claimed of {@code owner} (the force or a state): the preferred claim where it is known, otherwise by precedence. */
    private static Strength strength(String owner, List<Fact> current) {
        var claims = new LinkedHashMap<Integer, Headcount>();
        of(current, HEADCOUNT).stream().filter(fact -> fact.key().startsWith(owner + "#"))
                .sorted(Comparator.comparing(fact -> Integer.parseInt(fact.key().substring(owner.length() + 1))))
                .forEach(fact -> claims.put(Integer.parseInt(fact.key().substring(owner.length() + 1)), MissionJson.headcount(fact.body(), HEADCOUNT + " " + fact.key())));
        List<Headcount> listed = List.copyOf(claims.values());
        Optional<Fact> preference = of(current, PREFERENCE).stream().filter(fact -> fact.key().equals(owner)).findFirst();
        if (preference.isPresent()) {
            Headcount preferred = claims.get(preference.get().body().get("claim").asInt());
            if (preferred != null) {
                return new Strength(listed, preferred, preference.get().body().get("reason").asString());
            }
        }
        return Strength.byPrecedence(listed).orElse(null);
    }

    private static List<Fact> of(List<Fact> facts, String kind) {
        return facts.stream().filter(fact -> fact.kind().equals(kind)).toList();
    }

    // ---- facts to a document

    /** The mission document of the current of {@code facts}, each piece with when it became known: what {@link #facts} reads back. */
    public static ObjectNode document(List<Fact> facts) {
        List<Fact> current = current(facts);
        Fact header = current.stream().filter(fact -> fact.kind().equals(MISSION)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the facts hold no mission"));
        ObjectNode node = (ObjectNode) header.body().deepCopy();
        node.put("knownFrom", header.knownFrom().toString());
        of(current, COMMANDER).stream().findFirst().ifPresent(commander -> node.set("commander", withKnownFrom(commander)));
        node.set("steps", known(of(current, STEP)));
        node.set("extensions", known(of(current, EXTENSION)));
        strengthNode(FORCE, current).ifPresent(strength -> node.set("strength", strength));
        ArrayNode contingents = node.putArray("contingents");
        of(current, CONTINGENT).stream().sorted(Comparator.comparing(Fact::key)).forEach(contingent -> {
            ObjectNode entry = (ObjectNode) contingent.body().deepCopy();
            entry.put("knownFrom", contingent.knownFrom().toString());
            strengthNode(contingent.key(), current).ifPresent(strength -> entry.set("strength", strength));
            for (Fact milestone : of(current, MILESTONE)) {
                String[] parts = milestone.key().split("/");
                if (parts[0].equals(contingent.key())) {
                    ObjectNode side = entry.has(parts[2]) ? (ObjectNode) entry.get(parts[2]) : entry.putObject(parts[2]);
                    side.set(parts[1], withKnownFrom(milestone));
                }
            }
            contingents.add(entry);
        });
        node.set("figures", MissionJson.array(of(current, FIGURE), Fact::body));
        List<Fact> claimed = of(current, EQUIPMENT_CLAIM);
        if (!claimed.isEmpty()) {
            node.set("equipmentClaims", known(claimed));
        }
        List<Fact> sites = of(current, SITE).stream().sorted(Comparator.comparing(Fact::key)).toList();
        Optional<Fact> count = of(current, SITE_COUNT).stream().findFirst();
        if (!sites.isEmpty() || count.isPresent()) {
            ObjectNode sitesNode = node.putObject("sites");
            ArrayNode named = sitesNode.putArray("named");
            for (Fact site : sites) {
                ObjectNode entry = withKnownFrom(site);
                entry.set("history", known(siteSteps(site.key(), current)));
                named.add(entry);
            }
            count.ifPresent(reported -> sitesNode.set("reported", withKnownFrom(reported)));
        }
        List<Fact> sitreps = of(current, SITREP).stream().sorted(Comparator.comparing(Fact::key)).toList();
        if (!sitreps.isEmpty()) {
            node.set("sitreps", MissionJson.array(sitreps, Fact::body));
        }
        return node;
    }

    private static Optional<ObjectNode> strengthNode(String owner, List<Fact> current) {
        List<Fact> claims = of(current, HEADCOUNT).stream().filter(fact -> fact.key().startsWith(owner + "#"))
                .sorted(Comparator.comparing(fact -> Integer.parseInt(fact.key().substring(owner.length() + 1)))).toList();
        if (claims.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode node = MissionJson.NODES.objectNode();
        node.set("claims", known(claims));
        of(current, PREFERENCE).stream().filter(fact -> fact.key().equals(owner)).findFirst().ifPresent(preference -> {
            int index = preference.body().get("claim").asInt();
            int position = claims.stream().map(Fact::key).toList().indexOf(owner + "#" + index);
            node.put("preferred", position).put("reason", preference.body().get("reason").asString()).put("knownFrom", preference.knownFrom().toString());
        });
        return Optional.of(node);
    }

    private static ArrayNode known(List<Fact> facts) {
        return MissionJson.array(facts.stream().sorted(Comparator.comparing(Fact::key)).toList(), MissionFormat::withKnownFrom);
    }

    private static ObjectNode withKnownFrom(Fact fact) {
        ObjectNode node = (ObjectNode) fact.body().deepCopy();
        node.put("knownFrom", fact.knownFrom().toString());
        return node;
    }

    /**
     * A mission's current facts as text by kind and key ({@code contingent/ARM}), each with when it became known: what two
     * records of a mission are compared by (as text, so that a number read back from storage equals the one written).
     */
    public static Map<String, String> byKindAndKey(List<Fact> facts) {
        var map = new LinkedHashMap<String, String>();
        for (Fact fact : current(facts)) {
            map.put(fact.kind() + "/" + fact.key(), withKnownFrom(fact).toString());
        }
        return map;
    }
}
