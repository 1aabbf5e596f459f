package org.entente.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.command.Refusal;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem answers that name what was wrong: each carries {@code errors}, a list of
 * {@code {field, message}} (a request parameter, or a JSON path into a submitted document).
 */
public final class Problems {

    private Problems() {
    }

    public static ErrorResponseException badRequest(String field, String message) {
        return of(HttpStatus.BAD_REQUEST, "Invalid request", message, List.of(new Refusal.FieldError(field, message)));
    }

    /** A well-formed value outside the bounds its field has in the domain (422). */
    public static ErrorResponseException outOfBounds(String field, String message) {
        return of(HttpStatus.UNPROCESSABLE_CONTENT, "Out of bounds", message, List.of(new Refusal.FieldError(field, message)));
    }

    public static ErrorResponseException notFound(String field, String message) {
        return of(HttpStatus.NOT_FOUND, "Not found", message, List.of(new Refusal.FieldError(field, message)));
    }

    /** The status a refusal for {@code reason} is answered with. */
    public static HttpStatus status(Refusal.Reason reason) {
        return switch (reason) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_CONTENT;
            case THROTTLED -> HttpStatus.TOO_MANY_REQUESTS;
        };
    }

    public static ErrorResponseException of(HttpStatus status, String title, String detail, List<Refusal.FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setProperties(new LinkedHashMap<>(Map.of("errors", List.copyOf(errors))));
        return new ErrorResponseException(status, problem, null);
    }

    /**
     * The problem's JSON document, for the writers that run outside Spring MVC (security filters,
     * Tomcat's error report): the same members Spring MVC writes for a {@link ProblemDetail}.
     */
    public static String document(ErrorResponseException problem) {
        ProblemDetail body = problem.getBody();
        var members = new LinkedHashMap<String, Object>();
        members.put("type", body.getType() == null ? "about:blank" : body.getType().toString());
        members.put("title", body.getTitle());
        members.put("status", body.getStatus());
        if (body.getDetail() != null) {
            members.put("detail", body.getDetail());
        }
        if (body.getInstance() != null) {
            members.put("instance", body.getInstance().toString());
        }
        if (body.getProperties() != null) {
            members.putAll(body.getProperties());
        }
        return JsonMapper.shared().writeValueAsString(members);
    }

    /**
     * A refusal's reasons by the form field they name, for a form shown again beside what was typed: {@code lines[1].personnel}
     * is the {@code lines} field's, {@code sources[2]} the {@code sources}' (one field of a page may hold many of the API's).
     */
    public static Map<String, List<String>> byField(List<Refusal.FieldError> errors) {
        var fields = new LinkedHashMap<String, List<String>>();
        for (Refusal.FieldError error : errors) {
            String field = error.field().replaceAll("[\\[.].*$", "");
            fields.computeIfAbsent(field, key -> new ArrayList<>()).add(error.message());
        }
        return fields;
    }

    /**
     * Answers {@code problem} on {@code response}, outside Spring MVC, as {@code application/problem+json}
     * with the security headers (a filter that answers may run before the one that writes them), and inside an exercise
     * with the exercise ({@link ExerciseMarking}) as every problem has it.
     */
    public static void write(HttpServletResponse response, ErrorResponseException problem) throws IOException {
        ExerciseMarking.current().ifPresent(marking -> problem.getBody().setProperty(ExerciseMarking.PROPERTY, marking));
        response.setStatus(problem.getStatusCode().value());
        SecurityHeaders.addTo(response);
        problem.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(document(problem));
    }
}
