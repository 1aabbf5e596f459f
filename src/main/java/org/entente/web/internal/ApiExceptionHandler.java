package org.entente.web.internal;

import java.util.List;
import org.entente.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Turns every API error into a problem answer naming the offending field; never a stack trace. */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == null ? "a value of another form" : switch (e.getRequiredType().getSimpleName()) {
            case "LocalDate" -> "an ISO date (YYYY-MM-DD)";
            case "Instant" -> "an ISO instant (e.g. 2024-02-22T10:15:30Z)";
            case "int", "Integer", "long", "Long" -> "a whole number";
            default -> "a value of another form";
        };
        String message = "'" + e.getValue() + "' is not " + expected;
        return response(Problems.badRequest(e.getName(), message));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> illegalArgument(IllegalArgumentException e) {
        return response(Problems.of(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage(), List.of()));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e, HttpHeaders headers,
                                                                          HttpStatusCode status, WebRequest request) {
        var problem = Problems.badRequest(e.getParameterName(), "the parameter '" + e.getParameterName() + "' is required");
        return ResponseEntity.status(problem.getStatusCode()).body(problem.getBody());
    }

    private static ResponseEntity<ProblemDetail> response(org.springframework.web.ErrorResponseException problem) {
        return ResponseEntity.status(problem.getStatusCode()).body(problem.getBody());
    }
}
