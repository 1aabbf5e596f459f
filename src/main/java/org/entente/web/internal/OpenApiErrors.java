package org.entente.web.internal;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * What the OpenAPI description says of errors and absent values, as the API answers them:
 * <ul>
 *   <li>every operation lists the problems it can answer (400 for a bad parameter or body or a query of unreadable text, 401 for a missing or invalid token,
 *       403 where a role is needed, 404 where the path names a record, 409 for a write on a record that changed or does not
 *       allow it, 422 for a body the rules refuse, 415 for a body of another type), each an RFC 9457 problem;</li>
 *   <li>{@code ProblemDetail} is described as it is written: its members at the top level, a refusal's {@code errors} among them;</li>
 *   <li>a member that is not required may be {@code null}, since the API writes absent values as {@code null} (not in the
 *       dataset document and the schemas it uses, which leave absent members out and take no null).</li>
 * </ul>
 */
@Component
class OpenApiErrors implements OpenApiCustomizer {

    static final String PROBLEM = "ProblemDetail";
    /** The dataset document has its own JSON Schema, which takes no null, and is written without absent members. */
    static final String DATASET_DOCUMENT = "DatasetDocument";
    private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    /** The reads that need a role (or a signed-in caller): the rest of the GETs are public. */
    private static final List<String> READS_FOR_ROLE_HOLDERS = List.of("/pledges", "/force-generation", "/me", "/audit", "/eligibility", "/webhooks",
            "/exercises", "/participants", "/scenarios", "/injects", "/after-action");

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        if (openApi.getComponents() != null && openApi.getComponents().getSchemas() != null) {
            Set<String> dataset = reachable(openApi.getComponents().getSchemas(), DATASET_DOCUMENT);
            openApi.getComponents().getSchemas().forEach((name, schema) -> {
                if (!dataset.contains(name)) {
                    nullable(schema);
                }
            });
            openApi.getComponents().getSchemas().put(PROBLEM, problem());
            formatObjects(openApi.getComponents().getSchemas().get(DATASET_DOCUMENT), "missions", "mission");
            formatObjects(openApi.getComponents().getSchemas().get(DATASET_DOCUMENT), "exercises", "exercise");
        }
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> errors(path, method, operation)));
    }

    /**
     * A dataset document's missions and exercises are JSON objects that the dataset's own JSON Schema describes (its {@code mission}
     * and {@code exercise}), not Java beans.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void formatObjects(Schema document, String list, String what) {
        if (document == null || document.getProperties() == null || !document.getProperties().containsKey(list)) {
            return;
        }
        Schema item = new io.swagger.v3.oas.models.media.ObjectSchema()
                .description("A" + (what.matches("[aeiou].*") ? "n " : " ") + what + ", as the dataset's JSON Schema (its " + what
                        + ") and docs/dataset-format.md define it");
        item.setAdditionalProperties(Boolean.TRUE);
        ((Schema) document.getProperties().get(list)).setItems(item);
    }

    private static void errors(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            return;
        }
        boolean read = method == PathItem.HttpMethod.GET;
        boolean body = operation.getRequestBody() != null;
        boolean parameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        var errors = new LinkedHashMap<String, String>();
        errors.put("400", parameters || body ? "A parameter or the body is not valid (the problem names the field): nothing changed"
                : "A query parameter, even one the operation does not read, holds a control character or is not UTF-8: nothing changed");
        errors.put("401", "No token where one is needed, or a token that is not valid (unknown, expired or revoked)");
        if (!read || READS_FOR_ROLE_HOLDERS.stream().anyMatch(path::contains)) {
            errors.put("403", "The caller's roles do not allow this");
        }
        if (path.contains("{")) {
            errors.put("404", "No such record (or none the caller may read)");
        }
        if (!read && !path.startsWith("/api/v1/tokens") && !path.startsWith("/api/v1/me")) {
            errors.put("409", "The record changed since the version sent, or its state does not allow this: nothing changed");
        }
        if (body) {
            errors.put("422", "The rules refuse the body (the problem lists every refusal): nothing changed");
            errors.put("415", "The body is not of the type this operation reads (application/json; a range such as application/* is refused): nothing changed");
        }
        errors.forEach((status, description) -> operation.getResponses().putIfAbsent(status, new ApiResponse().description(description)));
        operation.getResponses().forEach((status, response) -> {
            if (status.startsWith("4") && (response.getContent() == null || !response.getContent().containsKey(PROBLEM_JSON))) {
                response.content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
            }
        });
    }

    /** The schemas {@code root} refers to, itself included, directly or through others. */
    @SuppressWarnings("rawtypes")
    private static Set<String> reachable(Map<String, Schema> schemas, String root) {
        var found = new java.util.HashSet<String>();
        var next = new java.util.ArrayDeque<String>(List.of(root));
        while (!next.isEmpty()) {
            String name = next.pop();
            if (schemas.containsKey(name) && found.add(name)) {
                references(schemas.get(name), next);
            }
        }
        return found;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void references(Schema schema, java.util.Deque<String> names) {
        if (schema == null) {
            return;
        }
        if (schema.get$ref() != null) {
            names.push(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
        }
        references(schema.getItems(), names);
        if (schema.getProperties() != null) {
            ((Map<String, Schema>) schema.getProperties()).values().forEach(property -> references(property, names));
        }
    }

    /** Every member that is not required may be null: the API writes an absent value as {@code null}. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void nullable(Schema<?> schema) {
        if (schema.getProperties() == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        Map<String, Schema> properties = (Map) schema.getProperties();
        properties.replaceAll((name, property) -> required.contains(name) ? property : orNull(property));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema orNull(Schema property) {
        if (property.get$ref() != null || property.getAllOf() != null) {
            return new Schema<>().anyOf(List.of(property, new Schema<>().types(Set.of("null"))));
        }
        if ((property.getTypes() != null && !property.getTypes().isEmpty()) || property.getType() != null) {
            var types = new java.util.LinkedHashSet<String>(property.getTypes() == null ? Set.of(property.getType()) : property.getTypes());
            types.add("null");
            property.setTypes(types);
            if (property.getEnum() != null && !property.getEnum().contains(null)) {
                var values = new java.util.ArrayList<Object>(property.getEnum()); // an annotation's allowable values come as a list that cannot grow
                values.add(null);
                property.setEnum(values);
            }
        }
        return property;
    }

    /** An RFC 9457 problem as the API writes it: its members at the top level, with {@code errors} where there are several. */
    private static Schema<?> problem() {
        Schema<?> text = new Schema<>().types(Set.of("string"));
        Schema<?> error = new Schema<>().types(Set.of("object"))
                .addProperty("field", new Schema<>().types(Set.of("string", "null")))
                .addProperty("message", new Schema<>().types(Set.of("string")));
        return new Schema<>().types(Set.of("object")).description("An RFC 9457 problem; other members may follow (e.g. current, knownFailure)")
                .addProperty("type", new Schema<>().types(Set.of("string")).example("about:blank"))
                .addProperty("title", text)
                .addProperty("status", new Schema<>().types(Set.of("integer")).minimum(java.math.BigDecimal.valueOf(400)).maximum(java.math.BigDecimal.valueOf(599)))
                .addProperty("detail", new Schema<>().types(Set.of("string", "null")))
                .addProperty("instance", new Schema<>().types(Set.of("string", "null")))
                .addProperty("errors", new Schema<>().types(Set.of("array")).items(error))
                .addProperty(org.entente.web.ExerciseMarking.PROPERTY, new Schema<>().$ref("#/components/schemas/" + org.entente.web.ExerciseMarking.class.getSimpleName())
                        .description("Only inside an exercise: the exercise the request was made in"))
                .required(List.of("title", "status"));
    }
}
