package org.entente.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.entente.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every failure of a request, as the caller should see it: under {@code /api/} an RFC 9457 problem
 * answer naming the offending field, on a page the error page with the same status; never a stack
 * trace nor an internal message. Bugs and infrastructure failures are logged whole.
 */
@ControllerAdvice
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(Exception.class)
    Object handle(Exception failure, HttpServletRequest request) {
        ErrorResponseException problem = switch (failure) {
            case MethodArgumentTypeMismatchException mismatch -> Problems.badRequest(mismatch.getName(),
                    "'" + mismatch.getValue() + "' is not " + expected(mismatch.getRequiredType()));
            case MissingServletRequestParameterException missing -> Problems.badRequest(missing.getParameterName(),
                    "the parameter '" + missing.getParameterName() + "' is required");
            case HttpMessageNotReadableException unreadable -> Problems.of(HttpStatus.BAD_REQUEST, "Invalid request",
                    "the request body could not be read", List.of());
            case ErrorResponseException answered -> answered;
            case ErrorResponse standard -> Problems.of(HttpStatus.valueOf(standard.getStatusCode().value()),
                    standard.getBody().getTitle(), standard.getBody().getDetail(), List.of());
            default -> {
                log.error("Unexpected failure of {} {}", request.getMethod(), request.getRequestURI(), failure);
                yield Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", "the request failed on our side; nothing was changed", List.of());
            }
        };
        return answer(request, problem);
    }

    private static String expected(Class<?> type) {
        return type == null ? "a value of another form" : switch (type.getSimpleName()) {
            case "LocalDate" -> "an ISO date (YYYY-MM-DD)";
            case "Instant" -> "an ISO instant from " + InputChecks.EARLIEST + " to " + InputChecks.LATEST + " (e.g. 2024-02-22T10:15:30Z)";
            case "int", "Integer", "long", "Long" -> "a whole number";
            default -> "a value of another form";
        };
    }

    /** The problem as JSON for the API, or the HTML error page with its status for a page. */
    private static Object answer(HttpServletRequest request, ErrorResponseException problem) {
        HttpStatus status = HttpStatus.valueOf(problem.getStatusCode().value());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail body = problem.getBody();
            body.setInstance(URI.create(request.getRequestURI()));
            return ResponseEntity.status(status).headers(problem.getHeaders()).body(body);
        }
        var page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        page.addObject("error", status.getReasonPhrase());
        return page;
    }
}
