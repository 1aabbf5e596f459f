package org.entente.web.internal;

import java.util.Collection;
import org.entente.web.ExerciseMarking;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every JSON object answer and every problem of a request inside an exercise carries the exercise at its top level
 * ({@code "exercise": {"code", "of", "title"}}); a real organization's answers carry no such member. Answers that are no
 * JSON object (a top-level array, CSV, an event stream, a download) and the documents of a format of their own
 * ({@link ExerciseMarking.HeaderOnly}: the dataset export) carry the {@code Entente-Exercise} header only.
 */
@ControllerAdvice
class ExerciseMarkingAdvice implements ResponseBodyAdvice<Object> {

    private final JsonMapper json;

    ExerciseMarkingAdvice(JsonMapper json) {
        this.json = json;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType, Class<? extends HttpMessageConverter<?>> converterType,
                                  ServerHttpRequest request, ServerHttpResponse response) {
        if (body == null || !(request instanceof ServletServerHttpRequest servlet)) {
            return body;
        }
        if (returnType.hasMethodAnnotation(ExerciseMarking.HeaderOnly.class)) {
            return body;
        }
        return ExerciseMarking.of(servlet.getServletRequest()).map(marking -> marked(body, contentType, marking)).orElse(body);
    }

    private Object marked(Object body, MediaType contentType, ExerciseMarking marking) {
        if (body instanceof ProblemDetail problem) {
            problem.setProperty(ExerciseMarking.PROPERTY, marking);
            return problem;
        }
        if (!isJson(contentType) || body instanceof CharSequence || body instanceof Collection<?> || body.getClass().isArray()
                || body instanceof org.springframework.core.io.Resource) {
            return body;
        }
        // A tree the handler answers may be one it keeps: the member goes on a copy.
        JsonNode tree = body instanceof JsonNode node ? node.deepCopy() : json.valueToTree(body);
        if (!(tree instanceof ObjectNode object)) {
            return body;
        }
        object.set(ExerciseMarking.PROPERTY, json.valueToTree(marking));
        return object;
    }

    private static boolean isJson(MediaType type) {
        return type != null && (MediaType.APPLICATION_JSON.isCompatibleWith(type) || type.getSubtype().endsWith("+json"));
    }
}
