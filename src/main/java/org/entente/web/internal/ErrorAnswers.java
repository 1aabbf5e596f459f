package org.entente.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.entente.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.servlet.ModelAndView;

/**
 * How a failure is answered, whichever layer found it: an RFC 9457 problem under {@code /api/} and
 * for any client that does not take HTML, the error page for the rest (browsers asking for a page).
 */
final class ErrorAnswers {

    static final String INTERNAL_ERROR = "the request failed on our side; nothing was changed";

    private ErrorAnswers() {
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
     * or the HTML error page with its status.
     */
    static Object answer(HttpServletRequest request, String path, ErrorResponseException problem) {
        HttpStatus status = HttpStatus.valueOf(problem.getStatusCode().value());
        if (problemFor(request, path)) {
            ProblemDetail body = problem.getBody();
            body.setInstance(URI.create(path));
            return ResponseEntity.status(status).headers(problem.getHeaders()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
        }
        var page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        page.addObject("error", status.getReasonPhrase());
        return page;
    }
}
