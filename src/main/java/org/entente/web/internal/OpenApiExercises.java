package org.entente.web.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.web.ExerciseMarking;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * What the OpenAPI description says of answers inside an exercise (docs/exercises.md, "How exercise data is marked"): every
 * answer of an operation under {@code /api/v1/organizations/{organization}} may carry the header {@code Entente-Exercise}
 * (the reusable header component of that name), and every JSON object such an operation answers, and every problem, the
 * member {@code exercise} (the {@code ExerciseMarking} schema); both only where the organization is an exercise.
 */
@Component
class OpenApiExercises implements OpenApiCustomizer {

    static final String SCOPE = "/api/v1/organizations/{organization}";
    private static final String MARKING = ExerciseMarking.class.getSimpleName();
    private static final String SCHEMAS = "#/components/schemas/";

    @Override
    @SuppressWarnings("rawtypes")
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        Components components = openApi.getComponents();
        components.addHeaders(ExerciseMarking.HEADER, new Header().description("Only inside an exercise: the exercise's code. Every answer "
                + "under this organization carries it where the organization is an exercise (objects, arrays, problems, CSV, event streams, "
                + "downloads); a real organization's answers never do.").schema(new Schema<>().types(Set.of("string")).example("CSTO-X1")));
        if (components.getSchemas() == null) {
            components.setSchemas(new LinkedHashMap<>());
        }
        components.getSchemas().put(MARKING, marking());
        var objects = new java.util.LinkedHashSet<String>();
        openApi.getPaths().forEach((path, item) -> {
            if (!path.equals(SCOPE) && !path.startsWith(SCOPE + "/")) {
                return;
            }
            item.readOperations().forEach(operation -> {
                if (operation.getResponses() == null) {
                    return;
                }
                operation.getResponses().forEach((status, response) -> {
                    response.addHeaderObject(ExerciseMarking.HEADER, new Header().$ref("#/components/headers/" + ExerciseMarking.HEADER));
                    if (response.getContent() != null) {
                        response.getContent().forEach((type, media) -> {
                            Schema schema = media.getSchema();
                            if ((type.contains("json") || type.equals("*/*")) && schema != null && schema.get$ref() != null && schema.get$ref().startsWith(SCHEMAS)) {
                                objects.add(schema.get$ref().substring(SCHEMAS.length()));
                            }
                        });
                    }
                });
            });
        });
        objects.remove(MARKING);
        objects.remove(OpenApiErrors.DATASET_DOCUMENT); // its own format: the header alone marks it
        objects.forEach(name -> mark(components.getSchemas().get(name)));
    }

    /** The member {@code exercise} on an object schema (never required: a real organization's answers have none). */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static void mark(Schema schema) {
        if (schema == null || schema.getProperties() == null) { // an array or a value: the header alone marks it
            return;
        }
        Map<String, Schema> properties = schema.getProperties();
        properties.putIfAbsent(ExerciseMarking.PROPERTY, new Schema<>().$ref(SCHEMAS + MARKING)
                .description("Only inside an exercise: the exercise this answer belongs to; absent for a real organization"));
    }

    private static Schema<?> marking() {
        Schema<?> text = new Schema<>().types(Set.of("string"));
        return new Schema<>().types(Set.of("object")).description("The exercise an answer belongs to (issue 17): present only where the "
                        + "organization the address names is an exercise, which is a sandbox whose data never counts in the real record")
                .addProperty("code", new Schema<>().types(Set.of("string")).example("CSTO-X1").description("The exercise's organization code"))
                .addProperty("of", new Schema<>().types(Set.of("string")).example("CSTO").description("The real organization it is an exercise of"))
                .addProperty("title", text.example("Winter drill"))
                .required(List.of("code", "of", "title"));
    }
}
