package org.entente.web.internal;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Objects;
import java.util.Optional;
import org.entente.web.SecurityHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The error dispatch ({@code /error}), in place of Spring Boot's: what a filter or the servlet
 * container refused (Spring Security's firewall, a method Tomcat does not serve, an exception no
 * handler answered) as a problem or the error page, with the security headers, which the filters
 * do not write on an error dispatch. Asked for directly, {@code /error} is not found.
 */
@Controller
class ErrorPages implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    @RequestMapping("/error")
    Object error(HttpServletRequest request, HttpServletResponse response) {
        SecurityHeaders.addTo(response);
        if (!(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code)) {
            return ErrorAnswers.answer(request, request.getRequestURI(), ErrorAnswers.problem(HttpStatus.NOT_FOUND));
        }
        HttpStatus status = Objects.requireNonNullElse(HttpStatus.resolve(code), HttpStatus.INTERNAL_SERVER_ERROR);
        String path = ErrorAnswers.path(request);
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Optional<ErrorResponseException> known = failure instanceof Throwable thrown ? ErrorAnswers.known(thrown) : Optional.empty();
        if (known.isPresent()) {
            return ErrorAnswers.answer(request, path, known.get());
        }
        if (status.is5xxServerError() && failure instanceof Throwable) {
            log.error("Unexpected failure of {} {}", request.getMethod(), path, failure);
        }
        return ErrorAnswers.answer(request, path, ErrorAnswers.problem(status));
    }
}
