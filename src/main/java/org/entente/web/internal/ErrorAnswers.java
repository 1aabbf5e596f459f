package org.entente.web.internal;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.entente.command.Refusal;
import org.entente.web.ExerciseMarking;
import org.entente.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.servlet.ModelAndView;

/**
 * How a failure is answered, whichever layer found it: an RFC 9457 problem under {@code /api/} and
 * for any client that does not take HTML, the error page for the rest (browsers asking for a page).
 */
final class ErrorAnswers {

    private static final Logger log = LoggerFactory.getLogger(ErrorAnswers.class);

    static final String INTERNAL_ERROR = "the request failed on our side (the server's log says why); a change it made is whole or absent: read the record to see which";

    private ErrorAnswers() {
    }

    /** The path the caller asked for: on the error dispatch, the one that failed, not {@code /error}. */
    static String path(HttpServletRequest request) {
        return Objects.requireNonNullElse((String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), request.getRequestURI());
    }

    /** Whether a failure of the request for {@code path} is answered with a problem rather than the error page. */
    static boolean problemFor(HttpServletRequest request, String path) {
        if (path.startsWith(Objects.requireNonNullElse(request.getContextPath(), "") + "/api/")) {
            return true;
        }
        List<String> accepted = Collections.list(request.getHeaders("Accept"));
        try {
            return !accepted.isEmpty() && MediaType.parseMediaTypes(accepted).stream().noneMatch(type -> type.includes(MediaType.TEXT_HTML));
        } catch (InvalidMediaTypeException unreadable) {
            return true;
        }
    }

    /**
     * The answer to a failure that any layer may meet (a handler, a filter, the firewall), known by its
     * kind rather than by where it happened: a service's {@link Refusal} (its reason's status), no database
     * connection free in time (503 Busy), a query or form that is not UTF-8 percent-encoding (400), a
     * parameter the firewall refuses (400).
     */
    static Optional<ErrorResponseException> known(Throwable failure) {
        if (failure instanceof Refusal refusal) {
            return Optional.of(refused(refusal));
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CannotGetJdbcConnectionException || cause instanceof SQLTransientConnectionException) {
                return Optional.of(busy()); // more requests at once than the pool serves
            }
            if (cause instanceof InvalidParameterException) {
                return Optional.of(Problems.badRequest("parameters", "a parameter could not be read: encode the query and form fields as UTF-8 percent-encoding"));
            }
            if (cause instanceof RequestRejectedException) {
                return Optional.of(Problems.badRequest("parameters", "the request's address or parameter names contain characters that are not allowed"));
            }
        }
        return Optional.empty();
    }

    /** A service's refusal as a problem: the status of its reason, its title, detail and offending fields. */
    static ErrorResponseException refused(Refusal refusal) {
        ErrorResponseException problem = Problems.of(Problems.status(refusal.reason()), refusal.title(), refusal.detail(),
                refusal.errors());
        refusal.currentVersion().ifPresent(version -> problem.getBody().setProperty("currentVersion", version));
        refusal.retryAfter().ifPresent(wait -> problem.getHeaders().set(HttpHeaders.RETRY_AFTER,
                Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000)))); // whole seconds, rounded up
        return problem;
    }

    /**
     * 503 Busy with Retry-After: the caller may try again in a moment. The request did not get to run, or
     * (where a command reads again after its commit) its answer could not be read: a command's effect is
     * whole or absent, and reading the record tells which.
     */
    private static ErrorResponseException busy() {
        log.warn("No database connection came free in time; answering 503");
        ErrorResponseException problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "Busy",
                "the server is busy with other requests; try again in a moment", List.of());
        problem.getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
        return problem;
    }

    /** The problem of a failure known only by its status, such as those of Tomcat and of the error dispatch. */
    static ErrorResponseException problem(HttpStatus status) {
        String detail = switch (status) {
            case BAD_REQUEST -> "the request's address, headers or body are not of a form this server reads";
            case NOT_FOUND -> "there is nothing at this address";
            case METHOD_NOT_ALLOWED -> "this address does not take this method";
            case INTERNAL_SERVER_ERROR -> INTERNAL_ERROR;
            default -> status.getReasonPhrase();
        };
        return Problems.of(status, status.getReasonPhrase(), detail, List.of());
    }

    /**
     * The problem as JSON (whatever the request accepts: a problem is always {@code application/problem+json}),
     * or the HTML error page with its status, saying what was wrong ({@code detail}: the problem's own words, such as
     * which value of the address is of the wrong form and why) in the frame of every page.
     */
    static Object answer(HttpServletRequest request, String path, ErrorResponseException problem) {
        HttpStatus status = HttpStatus.valueOf(problem.getStatusCode().value());
        ExerciseMarking.of(request).ifPresent(marking -> problem.getHeaders().set(ExerciseMarking.HEADER, marking.code()));
        if (problemFor(request, path)) {
            ProblemDetail body = problem.getBody();
            body.setInstance(URI.create(path));
            return ResponseEntity.status(status).headers(problem.getHeaders()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
        }
        // The page's frame as every page has it (PageContext does not run for an exception handler or the error dispatch).
        var page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        page.addObject("error", status.getReasonPhrase());
        page.addObject("detail", problem.getBody().getDetail());
        page.addObject("language", PageContext.languageOf(LocaleContextHolder.getLocale()));
        page.addObject(ExerciseMarking.ATTRIBUTE, ExerciseMarking.of(request).orElse(null));
        page.addObject("languageLinks", LanguageLinks.of(path, request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) == null
                ? request.getQueryString() : (String) request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING)));
        return page;
    }
}
