package org.entente.exercise.scenario.internal;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.command.Refusal.FieldError;
import org.entente.exercise.scenario.Inject;
import org.entente.exercise.scenario.Scenario;
import org.entente.register.States;
import org.entente.web.ControlCharacters;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.databind.JsonNode;

/**
 * Everything that can be wrong with a scenario document, each with its JSON path: first its shape against the JSON Schema
 * ({@value #SCHEMA_RESOURCE}), then what a schema cannot say: ids used once, offsets in order, instants and durations that are
 * real, states that exist, sources and clauses cited that are there, and the injects a sitrep or a revision names (earlier,
 * of the right kind, giving the figure revised). Both passes run on any document, so one answer lists every error.
 */
final class ScenarioValidator {

    static final String SCHEMA_RESOURCE = "/scenario/entente-scenario.schema.json";

    /** No number of the format comes near: speeds, persons and figures are far smaller. */
    private static final double LARGEST_NUMBER = 1e15;

    private final Schema schema;

    ScenarioValidator() {
        var registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().pathType(PathType.JSON_PATH).build()));
        try (InputStream in = ScenarioValidator.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            this.schema = registry.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the scenario schema", e);
        }
    }

    /**
     * Every error of the document. {@code clauses} are the ids of the clauses in the record of the organization the scenario is
     * imported into, which a request may invoke.
     */
    List<FieldError> errors(JsonNode document, Set<String> clauses) {
        var errors = new ArrayList<FieldError>();
        ControlCharacters.inJson(document.traverse(ObjectReadContext.empty()), Integer.MAX_VALUE)
                .forEach(text -> errors.add(new FieldError(text.path(), text.problem())));
        boolean hugeNumber = hugeNumber(document);
        if (hugeNumber) {
            // The schema validator fails on a number beyond a 64-bit integer where the schema wants a bounded one.
            errors.add(new FieldError("$", "a number beyond any the format takes (at most " + (long) LARGEST_NUMBER + " either way)"));
        } else {
            schema.validate(document).stream()
                    .map(error -> new FieldError(error.getInstanceLocation().toString(), error.getMessage()))
                    .distinct()
                    .forEach(errors::add);
        }
        if (document.isObject()) {
            meaning(document, clauses, errors);
        }
        return errors.stream().distinct().toList();
    }

    private static boolean hugeNumber(JsonNode node) {
        if (node.isNumber()) {
            return !(Math.abs(node.asDouble()) <= LARGEST_NUMBER);
        }
        return node.isContainer() && node.valueStream().anyMatch(ScenarioValidator::hugeNumber);
    }

    private static void meaning(JsonNode document, Set<String> clauses, List<FieldError> errors) {
        Instant world = instant(document.path("world"), "$.world", errors);
        Set<String> sources = new HashSet<>();
        JsonNode sourceList = document.path("sources");
        for (int i = 0; i < sourceList.size(); i++) {
            String id = ScenarioFormat.text(sourceList.path(i), "id");
            if (id != null && !sources.add(id)) {
                errors.add(new FieldError("$.sources[" + i + "].id", "the id '" + id + "' is used twice"));
            }
        }
        Map<String, Inject> earlier = new HashMap<>();
        Set<String> ids = new HashSet<>();
        Set<String> unreadable = new HashSet<>();
        Duration last = Duration.ZERO;
        JsonNode injects = document.path("injects");
        for (int i = 0; i < injects.size(); i++) {
            JsonNode inject = injects.path(i);
            String path = "$.injects[" + i + "]";
            String id = ScenarioFormat.text(inject, "id");
            if (id != null && !ids.add(id)) {
                errors.add(new FieldError(path + ".id", "the id '" + id + "' is used twice"));
            }
            Duration at = duration(inject.path("at"));
            if (at != null && at.compareTo(last) < 0) {
                errors.add(new FieldError(path + ".at", "arrives at " + at + ", before the inject ahead of it (" + last + "): injects come in order"));
            }
            last = at != null && at.compareTo(last) > 0 ? at : last;
            JsonNode cited = inject.path("sources");
            for (int s = 0; s < cited.size(); s++) {
                reference(cited.path(s), path + ".sources[" + s + "]", sources, "source with the", errors);
            }
            JsonNode payload = inject.path("payload");
            state(payload.path("state"), path + ".payload.state", errors);
            JsonNode invoked = payload.path("clauses");
            for (int c = 0; c < invoked.size(); c++) {
                reference(invoked.path(c), path + ".payload.clauses[" + c + "]", clauses, "clause in the organization's record with the", errors);
            }
            JsonNode figures = payload.path("figures");
            for (int f = 0; f < figures.size(); f++) {
                Instant asOf = instant(figures.path(f).path("asOf"), path + ".payload.figures[" + f + "].asOf", errors);
                if (asOf != null && world != null && at != null && asOf.isAfter(world.plus(at))) {
                    errors.add(new FieldError(path + ".payload.figures[" + f + "].asOf", "as of " + asOf + ", after the sitrep arrives ("
                            + world.plus(at) + "): a report gives no figure of the future"));
                }
            }
            instant(payload.path("figure").path("asOf"), path + ".payload.figure.asOf", errors);
            Duration within = duration(inject.path("expects").path("within"));
            if (within != null && within.isZero()) {
                errors.add(new FieldError(path + ".expects.within", "an answer is expected within some time, not " + within));
            }
            try {
                Inject read = ScenarioFormat.inject(inject);
                if (read.refersTo().filter(unreadable::contains).isEmpty()) {
                    // An inject that names one its own errors already make unreadable is not wrong for that.
                    Scenario.whyNotAReference(read, earlier, sources).ifPresent(why -> errors.add(new FieldError(path + ".payload", why)));
                }
                if (id != null && !earlier.containsKey(id)) {
                    earlier.put(id, read);
                }
            } catch (RuntimeException malformed) {
                if (id != null) {
                    unreadable.add(id);
                }
                // The schema or the checks above say what is wrong with it; where none does, the domain's reason is the error.
                if (malformed instanceof IllegalArgumentException && errors.stream().noneMatch(error -> error.field().equals(path) || error.field().startsWith(path + ".") || error.field().startsWith(path + "["))) {
                    errors.add(new FieldError(path, malformed.getMessage()));
                }
            }
        }
    }

    private static void reference(JsonNode id, String path, Set<String> known, String what, List<FieldError> errors) {
        if (id.isString() && !known.contains(id.asString())) {
            errors.add(new FieldError(path, "no " + what + " id '" + id.asString() + "'"));
        }
    }

    private static void state(JsonNode code, String path, List<FieldError> errors) {
        if (code.isString() && code.asString().matches("[A-Z]{3}") && !States.exists(code.asString())) {
            errors.add(new FieldError(path, "'" + code.asString() + "' is not an ISO 3166-1 alpha-3 state code"));
        }
    }

    /** The instant, or null where it is missing, malformed (the schema says so) or no real instant (said here). */
    private static Instant instant(JsonNode text, String path, List<FieldError> errors) {
        if (text.isString() && text.asString().matches("[0-9]{4}-[0-9]{2}-[0-9]{2}T.*Z")) {
            try {
                return Instant.parse(text.asString());
            } catch (DateTimeParseException e) {
                errors.add(new FieldError(path, "'" + text.asString() + "' is no instant: " + e.getMessage()));
            }
        }
        return null;
    }

    private static Duration duration(JsonNode text) {
        if (!text.isString() || !text.asString().startsWith("P")) {
            return null; // missing or malformed: the schema says so
        }
        try {
            return Duration.parse(text.asString());
        } catch (DateTimeParseException | ArithmeticException e) {
            return null; // not the format's form: the schema's pattern says so
        }
    }
}
