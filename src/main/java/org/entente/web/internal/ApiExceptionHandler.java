package org.entente.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.entente.command.Refusal;
import org.entente.register.PartialDate;
import org.entente.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

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
        ErrorResponseException problem = ErrorAnswers.known(failure).orElseGet(() -> answer(failure, request));
        return ErrorAnswers.answer(request, ErrorAnswers.path(request), problem);
    }

    /** The problem for a failure that only a handler meets. */
    private static ErrorResponseException answer(Exception failure, HttpServletRequest request) {
        return switch (failure) {
            case MethodArgumentTypeMismatchException mismatch -> Problems.badRequest(mismatch.getName(), notA(mismatch.getValue(), mismatch.getRequiredType()));
            case MissingServletRequestParameterException missing -> Problems.badRequest(missing.getParameterName(),
                    "the parameter '" + missing.getParameterName() + "' is required");
            case HttpMessageNotReadableException unreadable -> Problems.of(HttpStatus.BAD_REQUEST, "Invalid request",
                    "the request body could not be read", List.of());
            // Spring MVC reads the body's Content-Type only where a body is taken, and refuses a wildcard there with this.
            case IllegalArgumentException wildcard when wildcardContentType(request) -> Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "Unsupported Media Type", "a body's Content-Type names one type, such as application/json, not a range",
                    List.of(new Refusal.FieldError("Content-Type", "a body's Content-Type names one type, not a range")));
            case ErrorResponseException answered -> answered;
            case ErrorResponse standard -> {
                ErrorResponseException answer = Problems.of(HttpStatus.valueOf(standard.getStatusCode().value()),
                        standard.getBody().getTitle(), standard.getBody().getDetail(), List.of());
                answer.getHeaders().putAll(standard.getHeaders()); // such as Allow on a 405, Accept on a 415
                yield answer;
            }
            default -> {
                log.error("Unexpected failure of {} {}", request.getMethod(), ErrorAnswers.path(request), failure);
                yield Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", ErrorAnswers.INTERNAL_ERROR, List.of());
            }
        };
    }

    private static boolean wildcardContentType(HttpServletRequest request) {
        try {
            return request.getContentType() != null && MediaType.parseMediaType(request.getContentType()).isWildcardSubtype();
        } catch (InvalidMediaTypeException unreadable) {
            return false;
        }
    }

    /** Why {@code value} is not of {@code type}: a day that does not exist is told from one of another form. */
    private static String notA(Object value, Class<?> type) {
        return type == java.time.LocalDate.class && value instanceof String text
                ? PartialDate.noSuchDay(text).orElse("'" + value + "' is not " + expected(type))
                : "'" + value + "' is not " + expected(type);
    }

    private static String expected(Class<?> type) {
        return type == null ? "a value of another form" : switch (type.getSimpleName()) {
            case "LocalDate" -> "an ISO date (YYYY-MM-DD)";
            case "Instant" -> "an ISO instant from " + InputChecks.EARLIEST + " to " + InputChecks.LATEST + " (e.g. 2024-02-22T10:15:30Z)";
            case "int", "Integer", "long", "Long" -> "a whole number";
            default -> "a value of another form";
        };
    }
}
