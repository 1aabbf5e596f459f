package org.entente.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * RFC 9457 problem answers that name what was wrong: each carries {@code errors}, a list of
 * {@code {field, message}} (a request parameter, or a JSON path into a submitted document).
 */
public final class Problems {

    private Problems() {
    }

    public record FieldError(String field, String message) {
    }

    public static ErrorResponseException badRequest(String field, String message) {
        return of(HttpStatus.BAD_REQUEST, "Invalid request", message, List.of(new FieldError(field, message)));
    }

    /** A well-formed value outside the bounds its field has in the domain (422). */
    public static ErrorResponseException outOfBounds(String field, String message) {
        return of(HttpStatus.UNPROCESSABLE_CONTENT, "Out of bounds", message, List.of(new FieldError(field, message)));
    }

    public static ErrorResponseException notFound(String field, String message) {
        return of(HttpStatus.NOT_FOUND, "Not found", message, List.of(new FieldError(field, message)));
    }

    public static ErrorResponseException of(HttpStatus status, String title, String detail, List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setProperties(new LinkedHashMap<>(Map.of("errors", List.copyOf(errors))));
        return new ErrorResponseException(status, problem, null);
    }
}
