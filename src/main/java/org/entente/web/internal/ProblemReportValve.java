package org.entente.web.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.entente.web.Problems;
import org.entente.web.SecurityHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Tomcat's error report, for the requests Tomcat refuses before the application sees them (an
 * encoded {@code /}, {@code \} or NUL in the path, a character not allowed in a request target): the
 * problem, or for a browser asking for a page a plain error page, with the security headers; never
 * Tomcat's page.
 */
public final class ProblemReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int code = response.getStatus();
        if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        var ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        HttpStatus status = Objects.requireNonNullElse(HttpStatus.resolve(code), HttpStatus.INTERNAL_SERVER_ERROR);
        try {
            SecurityHeaders.addTo(response);
            String body;
            // A request whose line could not be read has no path nor headers to go by; browsers never send one.
            String path = request.getRequestURI();
            if (path == null || path.isEmpty() || ErrorAnswers.problemFor(request, path)) {
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                body = Problems.document(ErrorAnswers.problem(status));
            } else {
                response.setContentType(MediaType.TEXT_HTML_VALUE);
                body = page(status);
            }
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException closed) {
            // The connection is gone or the answer already begun: there is no one to tell.
        }
    }

    /** The error page's frame, without the application (which never saw the request): status and the way home. */
    private static String page(HttpStatus status) {
        String heading = status.value() + " " + status.getReasonPhrase();
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n  <meta charset=\"utf-8\">\n"
                + "  <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "  <title>" + status.value() + " · Error · Entente</title>\n"
                + "  <link rel=\"stylesheet\" href=\"/webjars/bootstrap/dist/css/bootstrap.min.css\">\n</head>\n<body>\n"
                + "<main class=\"container py-5\">\n  <h1 class=\"h3\">" + heading + "</h1>\n"
                + "  <p><a href=\"/\">Back to the organizations</a></p>\n</main>\n</body>\n</html>\n";
    }
}
