package org.entente.dataset.internal;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.entente.dataset.DatasetDocument;
import org.entente.dataset.DatasetDocument.CodingsEntry;
import org.entente.dataset.DatasetDocument.DisagreementEntry;
import org.entente.dataset.DatasetDocument.ForcePoolEntry;
import org.entente.dataset.DatasetDocument.RequestEntry;
import org.entente.dataset.DatasetError;
import org.entente.register.AllianceCodings;
import org.entente.register.ClauseKind;
import org.entente.register.DecisionTerms;
import org.entente.register.Membership;
import org.entente.register.MembershipEvent;
import org.entente.register.MembershipEventType;
import org.entente.register.OrganizationCode;
import org.entente.register.PartialDate;
import org.entente.register.StateCode;
import org.entente.register.States;
import org.entente.web.ControlCharacters;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.databind.JsonNode;
import org.entente.mission.RecordedExerciseFormat;
import org.entente.mission.MissionFormat;
import org.entente.command.Refusal;

/**
 * Everything that can be wrong with a dataset document, each with its JSON path: first its shape
 * against the JSON Schema, then what a schema cannot say (references, state codes, real dates,
 * periods, whether each state's events can happen in their order, a request's dates and votes, and a
 * force pool's strength and goals).
 */
final class DatasetValidator {

    static final String SCHEMA_RESOURCE = "/dataset/entente-dataset.schema.json";

    private final Schema schema;

    DatasetValidator() {
        var registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().pathType(PathType.JSON_PATH).build()));
        try (InputStream in = DatasetValidator.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            this.schema = registry.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the dataset schema", e);
        }
    }

    List<DatasetError> shapeErrors(JsonNode document) {
        var errors = new ArrayList<DatasetError>();
        ControlCharacters.inJson(document.traverse(ObjectReadContext.empty()), Integer.MAX_VALUE)
                .forEach(text -> errors.add(new DatasetError(text.path(), text.problem())));
        numbers(document, "$", errors);
        if (errors.stream().noneMatch(error -> error.message().startsWith(OUT_OF_RANGE))) {
            // The schema validator fails on a number beyond a 64-bit integer where the schema wants a bounded one.
            errors.addAll(0, schema.validate(document).stream()
                    .map(error -> new DatasetError(error.getInstanceLocation().toString(), error.getMessage() + offending(error.getInstanceNode())))
                    .distinct()
                    .toList());
        }
        return List.copyOf(errors);
    }

    private static final String OUT_OF_RANGE = "a number beyond any the format takes";
    /** No number of the format comes near: years, personnel and coordinates are far smaller. */
    private static final double LARGEST_NUMBER = 1e15;

    /** Every number of the document too large for any field (its texts are {@link ControlCharacters}'s to walk). */
    private static void numbers(JsonNode node, String path, List<DatasetError> errors) {
        if (node.isNumber() && !(Math.abs(node.asDouble()) <= LARGEST_NUMBER)) {
            errors.add(new DatasetError(path, OUT_OF_RANGE + " (at most " + (long) LARGEST_NUMBER + " either way)"));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                numbers(node.get(i), path + "[" + i + "]", errors);
            }
        } else if (node.isObject()) {
            for (var property : node.properties()) {
                numbers(property.getValue(), path + "." + property.getKey(), errors);
            }
        }
    }

    /** The offending value, where it is short enough to repeat in a message. */
    private static String offending(JsonNode value) {
        if (value == null || !value.isValueNode()) {
            return "";
        }
        String text = value.toString();
        return text.length() > 60 ? "" : " (found " + text + ")";
    }

    /**
     * What the schema cannot check. Runs on documents of any shape, so that one answer lists every
     * error: values the schema already rejected (missing, malformed) are left to its errors.
     */
    List<DatasetError> meaningErrors(DatasetDocument document) {
        var errors = new ArrayList<DatasetError>();
        Set<String> sources = ids(document.sources(), DatasetDocument.SourceEntry::id, "$.sources", errors);
        Set<String> instruments = ids(document.instruments(), DatasetDocument.InstrumentEntry::id, "$.instruments", errors);
        Set<String> clauses = ids(document.clauses(), DatasetDocument.ClauseEntry::id, "$.clauses", errors);
        Set<String> events = ids(document.membershipEvents(), DatasetDocument.MembershipEventEntry::id, "$.membershipEvents", errors);
        ids(document.disagreements(), DisagreementEntry::id, "$.disagreements", errors);
        Set<String> requests = ids(document.requests(), RequestEntry::id, "$.requests", errors);
        Set<String> pools = ids(document.forcePools(), ForcePoolEntry::id, "$.forcePools", errors);

        for (int i = 0; i < document.sources().size(); i++) {
            date(document.sources().get(i).published(), "$.sources[" + i + "].published", errors);
        }
        if (document.organization() != null) {
            citations(document.organization().sources(), "$.organization.sources", sources, errors);
        }
        Map<String, String> clauseInstruments = new HashMap<>();
        document.clauses().forEach(clause -> clauseInstruments.putIfAbsent(clause.id(), clause.instrument()));
        for (int i = 0; i < document.instruments().size(); i++) {
            var instrument = document.instruments().get(i);
            String path = "$.instruments[" + i + "]";
            date(instrument.signed(), path + ".signed", errors);
            date(instrument.entryIntoForce(), path + ".entryIntoForce", errors);
            citations(instrument.sources(), path + ".sources", sources, errors);
            if (instrument.codings() != null) {
                codings(instrument.id(), instrument.codings(), path + ".codings", clauseInstruments, sources, errors);
            }
        }
        for (int i = 0; i < document.clauses().size(); i++) {
            var clause = document.clauses().get(i);
            String path = "$.clauses[" + i + "]";
            reference(clause.instrument(), path + ".instrument", instruments, "instrument", errors);
            PartialDate from = date(clause.inForceFrom(), path + ".inForceFrom", errors);
            PartialDate until = date(clause.inForceUntil(), path + ".inForceUntil", errors);
            if (from != null && until != null && !until.date().isAfter(from.date())) {
                errors.add(new DatasetError(path + ".inForceUntil", "the clause's period in force must end after it starts (" + from + ")"));
            }
            if (clause.decisionRule() != null) {
                decisionRule(clause, path + ".decisionRule", errors);
            }
            citations(clause.sources(), path + ".sources", sources, errors);
        }
        var validEvents = new ArrayList<MembershipEvent>();
        Map<String, Integer> eventIndex = new HashMap<>();
        for (int i = 0; i < document.membershipEvents().size(); i++) {
            var event = document.membershipEvents().get(i);
            String path = "$.membershipEvents[" + i + "]";
            boolean known = state(event.state(), path + ".state", errors);
            PartialDate date = date(event.date(), path + ".date", errors);
            if (event.instrument() != null) {
                reference(event.instrument(), path + ".instrument", instruments, "instrument", errors);
            }
            citations(event.sources(), path + ".sources", sources, errors);
            if (known && date != null && event.id() != null && isEventType(event.type())) {
                validEvents.add(DatasetMapping.event(event));
                eventIndex.putIfAbsent(event.id(), i);
            }
        }
        Membership.derive(OrganizationCode.of("CHECK"), validEvents).violations().forEach(violation ->
                errors.add(new DatasetError("$.membershipEvents[" + eventIndex.get(violation.event()) + "].type",
                        "a " + violation.type().code() + " event of " + violation.state() + " on " + violation.date()
                                + " cannot happen there: " + violation.reason())));

        for (int i = 0; i < document.requests().size(); i++) {
            request(document.requests().get(i), "$.requests[" + i + "]", clauses, sources, errors);
        }

        for (int i = 0; i < document.forcePools().size(); i++) {
            forcePool(document.forcePools().get(i), "$.forcePools[" + i + "]", sources, errors);
        }

        Set<String> missions = new HashSet<>();
        for (int i = 0; i < document.missions().size(); i++) {
            mission(document, document.missions().get(i), "$.missions[" + i + "]", sources, requests, clauses, pools, missions, errors);
        }

        Set<String> exercises = new HashSet<>();
        for (int i = 0; i < document.exercises().size(); i++) {
            exercise(document.exercises().get(i), "$.exercises[" + i + "]", sources, exercises, errors);
        }

        Map<String, Set<String>> subjects = new HashMap<>(Map.of(
                "organization", document.organization() == null || document.organization().code() == null
                        ? Set.of() : Set.of(document.organization().code()),
                "instrument", instruments,
                "clause", clauses,
                "membershipEvent", events));
        if (!document.requests().isEmpty()) {
            // A document that records requests names one of them; one that records none may still speak of a request.
            subjects.put("request", requests);
        }
        if (!document.forcePools().isEmpty()) {
            // Likewise for force pools: a document that records them names one; one that records none may speak of a pool.
            subjects.put("forcePool", pools);
        }
        if (!document.missions().isEmpty()) {
            subjects.put("mission", missions);
        }
        // An exercise is a record of the document wherever one is spoken of: a disagreement about one names one the document gives.
        subjects.put("exercise", exercises);
        for (int i = 0; i < document.disagreements().size(); i++) {
            var disagreement = document.disagreements().get(i);
            String path = "$.disagreements[" + i + "]";
            String[] subject = disagreement.subject() == null ? new String[] {""} : disagreement.subject().split(":", 2);
            Set<String> known = subjects.get(subject[0]);
            if (known != null && subject.length == 2 && !known.contains(subject[1])) {
                errors.add(new DatasetError(path + ".subject", "no " + subject[0] + " '" + subject[1] + "' in this document"));
            }
            long preferred = disagreement.claims().stream().filter(claim -> Boolean.TRUE.equals(claim.preferred())).count();
            if (preferred != 1) {
                errors.add(new DatasetError(path + ".claims", "exactly one claim must be preferred, not " + preferred));
            } else {
                recordedValue(document, subject, disagreement.attribute()).ifPresent(recorded -> {
                    String value = disagreement.claims().stream().filter(claim -> Boolean.TRUE.equals(claim.preferred())).findFirst().orElseThrow().value();
                    if (!recorded.equals(value)) {
                        errors.add(new DatasetError(path + ".claims", "the preferred claim '" + value + "' is not what the record says: "
                                + disagreement.subject() + " has " + disagreement.attribute() + " '" + recorded + "'"));
                    }
                });
            }
            for (int c = 0; c < disagreement.claims().size(); c++) {
                citations(disagreement.claims().get(c).sources(), path + ".claims[" + c + "].sources", sources, errors);
            }
        }
        return errors;
    }

    /**
     * An instrument's codings: the Correlates of War dates and states; each ATOP obligation once, a present one naming a
     * clause of this instrument and an absent or unverified one none; and each coding's sources.
     */
    private static void codings(String instrument, CodingsEntry codings, String path, Map<String, String> clauseInstruments, Set<String> sources,
                                List<DatasetError> errors) {
        var cow = codings.correlatesOfWar();
        if (cow != null) {
            date(cow.signed(), path + ".correlatesOfWar.signed", errors);
            for (int e = 0; e < cow.exits().size(); e++) {
                state(cow.exits().get(e).state(), path + ".correlatesOfWar.exits[" + e + "].state", errors);
                date(cow.exits().get(e).date(), path + ".correlatesOfWar.exits[" + e + "].date", errors);
            }
            citations(cow.sources(), path + ".correlatesOfWar.sources", sources, errors);
        }
        var atop = codings.atop();
        if (atop != null) {
            var seen = new HashSet<String>();
            for (int o = 0; o < atop.obligations().size(); o++) {
                var mapping = atop.obligations().get(o);
                String at = path + ".atop.obligations[" + o + "]";
                if (mapping.obligation() != null && !seen.add(mapping.obligation())) {
                    errors.add(new DatasetError(at + ".obligation", "the " + mapping.obligation() + " obligation is mapped twice; each once"));
                }
                boolean present = AllianceCodings.Finding.PRESENT.code().equals(mapping.finding());
                if (present && mapping.clause() == null) {
                    errors.add(new DatasetError(at + ".clause", "a present obligation names the clause of " + instrument + " it maps to"));
                } else if (!present && mapping.finding() != null && mapping.clause() != null) {
                    errors.add(new DatasetError(at + ".clause", "an obligation found " + mapping.finding() + " maps to no clause"));
                } else if (mapping.clause() != null && !instrument.equals(clauseInstruments.get(mapping.clause()))) {
                    errors.add(new DatasetError(at + ".clause", clauseInstruments.containsKey(mapping.clause())
                            ? "clause '" + mapping.clause() + "' is of " + clauseInstruments.get(mapping.clause()) + ", not of " + instrument
                            : "no clause with the id '" + mapping.clause() + "' in this document"));
                }
            }
            List<String> missing = Stream.of(AllianceCodings.AtopObligation.values()).map(AllianceCodings.AtopObligation::code)
                    .filter(obligation -> !seen.contains(obligation)).toList();
            if (!missing.isEmpty()) {
                errors.add(new DatasetError(path + ".atop.obligations", "each of ATOP's five obligations is mapped once; missing "
                        + String.join(", ", missing)));
            }
            citations(atop.sources(), path + ".atop.sources", sources, errors);
        }
    }

    /** A clause's decision rule: only on a decision-rule clause, and a threshold only for a qualified majority. */
    private static void decisionRule(DatasetDocument.ClauseEntry clause, String path, List<DatasetError> errors) {
        if (!clause.kinds().contains(ClauseKind.DECISION_RULE.code())) {
            errors.add(new DatasetError(path, "only a clause of kind " + ClauseKind.DECISION_RULE.code()
                    + " states a decision rule; this one is of kind " + String.join(", ", clause.kinds())));
        }
        String kind = clause.decisionRule().kind();
        if (clause.decisionRule().threshold() != null && !DecisionTerms.Kind.QUALIFIED_MAJORITY.code().equals(kind)) {
            errors.add(new DatasetError(path + ".threshold", "only a qualified majority has a threshold; this rule is " + kind));
        }
    }

    /** A historical request: its state, dates, clauses, votes and sources. */
    private static void request(RequestEntry request, String path, Set<String> clauses, Set<String> sources, List<DatasetError> errors) {
        state(request.state(), path + ".state", errors);
        PartialDate received = date(request.received(), path + ".received", errors);
        reference(request.clause(), path + ".clause", clauses, "clause", errors);
        for (int r = 0; r < request.responses().size(); r++) {
            date(request.responses().get(r).date(), path + ".responses[" + r + "].date", errors);
        }
        var decision = request.decision();
        if (decision != null) {
            PartialDate decided = date(decision.date(), path + ".decision.date", errors);
            if (received != null && decided != null && decided.lastDay().isBefore(received.date())) {
                errors.add(new DatasetError(path + ".decision.date", "the decision (" + decided
                        + ") cannot come before the request was received (" + received + ")"));
            }
            reference(decision.clause(), path + ".decision.clause", clauses, "clause", errors);
            Set<String> voters = new HashSet<>();
            for (int v = 0; v < decision.votes().size(); v++) {
                String voter = decision.votes().get(v).state();
                String votePath = path + ".decision.votes[" + v + "].state";
                if (state(voter, votePath, errors) && !voters.add(voter)) {
                    errors.add(new DatasetError(votePath, "the vote of " + voter + " is listed twice"));
                }
            }
        }
        citations(request.sources(), path + ".sources", sources, errors);
    }

    /** A force pool: its date, a range that does not run backwards, one goal per capability, and its sources. */
    private static void forcePool(ForcePoolEntry pool, String path, Set<String> sources, List<DatasetError> errors) {
        date(pool.established(), path + ".established", errors);
        if (pool.personnelMin() != null && pool.personnelMax() != null && pool.personnelMin() > pool.personnelMax()) {
            errors.add(new DatasetError(path + ".personnelMax", "the most personnel (" + pool.personnelMax()
                    + ") is less than the least (personnelMin " + pool.personnelMin() + ")"));
        }
        Set<String> capabilities = new HashSet<>();
        for (int g = 0; g < pool.capacityGoals().size(); g++) {
            String capability = pool.capacityGoals().get(g).capability();
            if (capability != null && !capabilities.add(capability)) {
                errors.add(new DatasetError(path + ".capacityGoals[" + g + "].capability", "the pool has a goal for " + capability
                        + " already; one goal per capability"));
            }
        }
        citations(pool.sources(), path + ".sources", sources, errors);
    }

    /** Whether the state code names an existing state; a well-formed code of no state is an error (a malformed one is the schema's). */
    private static boolean state(String code, String path, List<DatasetError> errors) {
        boolean known = States.exists(code);
        if (!known && StateCode.isValid(code)) {
            errors.add(new DatasetError(path, "'" + code + "' is not an ISO 3166-1 alpha-3 state code"));
        }
        return known;
    }

    /**
     * The value a record of the document holds for an attribute a disagreement is about, where the
     * attribute is one of the record's fields: the preferred claim must say the same.
     */
    private static Optional<String> recordedValue(DatasetDocument document, String[] subject, String attribute) {
        if (subject.length != 2 || attribute == null) {
            return Optional.empty();
        }
        String id = subject[1];
        return switch (subject[0]) {
            case "membershipEvent" -> document.membershipEvents().stream().filter(e -> id.equals(e.id())).findFirst()
                    .map(e -> switch (attribute) {
                        case "date" -> e.date();
                        case "state" -> e.state();
                        case "type" -> e.type();
                        default -> null;
                    });
            case "instrument" -> document.instruments().stream().filter(i -> id.equals(i.id())).findFirst()
                    .map(i -> switch (attribute) {
                        case "signed" -> i.signed();
                        case "signedPlace" -> i.signedPlace();
                        case "entryIntoForce" -> i.entryIntoForce();
                        default -> null;
                    });
            case "clause" -> document.clauses().stream().filter(c -> id.equals(c.id())).findFirst()
                    .map(c -> switch (attribute) {
                        case "article" -> c.article();
                        case "inForceFrom" -> c.inForceFrom();
                        case "inForceUntil" -> c.inForceUntil();
                        default -> null;
                    });
            case "request" -> document.requests().stream().filter(r -> id.equals(r.id())).findFirst()
                    .map(r -> "date".equals(attribute) ? r.received() : null);
            case "forcePool" -> document.forcePools().stream().filter(p -> id.equals(p.id())).findFirst()
                    .map(p -> "established".equals(attribute) ? p.established() : null);
            case "exercise" -> document.exercises().stream().filter(x -> id.equals(x.path("id").asString(null))).findFirst()
                    .map(x -> "host".equals(attribute) ? x.path("host").asString(null) : null);
            default -> Optional.empty();
        };
    }

    /**
     * A mission: what it cites and refers to is in the document, its id is its own, and it reads as a mission
     * ({@link MissionFormat#facts}: every field, and the lifecycle, strengths and figures it makes).
     */
    private static void mission(DatasetDocument document, JsonNode mission, String path, Set<String> sources, Set<String> requests,
                                Set<String> clauses, Set<String> pools, Set<String> missions, List<DatasetError> errors) {
        if (!mission.isObject()) {
            return; // the schema says so
        }
        String id = mission.path("id").asString(null);
        if (id != null && !missions.add(id)) {
            errors.add(new DatasetError(path + ".id", "the id '" + id + "' is used twice"));
        }
        DatasetMapping.sourcesIn(mission, path, (at, source) -> reference(source, at, sources, "source", errors));
        state(mission.path("host").asString(null), path + ".host", errors);
        state(mission.path("commander").path("state").asString(null), path + ".commander.state", errors);
        for (int i = 0; i < mission.path("contingents").size(); i++) {
            state(mission.path("contingents").path(i).path("state").asString(null), path + ".contingents[" + i + "].state", errors);
        }
        reference(mission.path("request").asString(null), path + ".request", requests, "request", errors);
        reference(mission.path("clause").asString(null), path + ".clause", clauses, "clause", errors);
        reference(mission.path("forcePool").asString(null), path + ".forcePool", pools, "force pool", errors);
        String organization = document.organization() == null || !OrganizationCode.isValid(document.organization().code())
                ? "CHECK" : document.organization().code();
        try {
            MissionFormat.facts(mission, path, OrganizationCode.of(organization));
        } catch (Refusal refusal) {
            errors.addAll(errors(refusal, path));
        }
    }

    /**
     * An exercise: its id is its own, what it cites is in the document, its host and participants are states, and it reads as
     * an exercise ({@link RecordedExerciseFormat#read}: a period that does not end before it starts, a preferred claim that is one of them).
     */
    private static void exercise(JsonNode exercise, String path, Set<String> sources, Set<String> exercises, List<DatasetError> errors) {
        if (!exercise.isObject()) {
            return; // the schema says so
        }
        String id = exercise.path("id").asString(null);
        if (id != null && !exercises.add(id)) {
            errors.add(new DatasetError(path + ".id", "the id '" + id + "' is used twice"));
        }
        DatasetMapping.sourcesIn(exercise, path, (at, source) -> reference(source, at, sources, "source", errors));
        state(exercise.path("host").asString(null), path + ".host", errors);
        JsonNode states = exercise.path("participants").path("states");
        for (int i = 0; i < states.size(); i++) {
            state(states.path(i).asString(null), path + ".participants.states[" + i + "]", errors);
        }
        try {
            RecordedExerciseFormat.read(exercise, path);
        } catch (Refusal refusal) {
            errors.addAll(errors(refusal, path));
        }
    }

    /** A record's refusal to be read as errors of the document: each field it names, or the record itself where it names none. */
    private static List<DatasetError> errors(Refusal refusal, String path) {
        return refusal.errors().isEmpty() ? List.of(new DatasetError(path, refusal.getMessage()))
                : refusal.errors().stream().map(error -> new DatasetError(error.field(), error.message())).toList();
    }

    private static <T> Set<String> ids(List<T> entries, Function<T, String> id, String path, List<DatasetError> errors) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            if (!seen.add(id.apply(entries.get(i)))) {
                errors.add(new DatasetError(path + "[" + i + "].id", "the id '" + id.apply(entries.get(i)) + "' is used twice"));
            }
        }
        return seen;
    }

    private static void citations(List<String> cited, String path, Set<String> sources, List<DatasetError> errors) {
        for (int i = 0; i < cited.size(); i++) {
            reference(cited.get(i), path + "[" + i + "]", sources, "source", errors);
        }
    }

    private static boolean isEventType(String code) {
        try {
            MembershipEventType.fromCode(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void reference(String id, String path, Set<String> known, String what, List<DatasetError> errors) {
        if (id != null && !known.contains(id)) {
            errors.add(new DatasetError(path, "no " + what + " with the id '" + id + "' in this document"));
        }
    }

    private static PartialDate date(String text, String path, List<DatasetError> errors) {
        if (text == null || !text.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            return null; // missing or malformed: the schema says so
        }
        try {
            return PartialDate.parse(text);
        } catch (IllegalArgumentException e) {
            errors.add(new DatasetError(path, e.getMessage()));
            return null;
        }
    }
}
