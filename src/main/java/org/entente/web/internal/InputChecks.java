package org.entente.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.text.ParseException;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.entente.web.ControlCharacters;
import org.entente.web.InstantRange;
import org.entente.web.Problems;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.datetime.standard.InstantFormatter;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Checks of what every page and API request says in its address and form fields, made once for every
 * module: no text with what {@link ControlCharacters} refuses (a 400 naming the parameter, before the
 * controller runs), and no instant outside {@link #EARLIEST} to {@link #LATEST} (a 400 naming the
 * parameter, as a malformed instant is; the exception handler gives the range).
 */
@Configuration(proxyBeanMethods = false)
class InputChecks implements WebMvcConfigurer {

    static final Instant EARLIEST = InstantRange.EARLIEST;
    static final Instant LATEST = InstantRange.LATEST;

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(Instant.class, new BoundedInstants());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new TextInParameters());
    }

    /** ISO instants as Spring reads them, within {@link #EARLIEST} and {@link #LATEST}. */
    static final class BoundedInstants implements Formatter<Instant> {

        private final InstantFormatter iso = new InstantFormatter();

        @Override
        public Instant parse(String text, Locale locale) throws ParseException {
            Instant instant = iso.parse(text, locale);
            if (!InstantRange.contains(instant)) {
                throw new IllegalArgumentException("'" + text + "' is outside " + EARLIEST + " to " + LATEST);
            }
            return instant;
        }

        @Override
        public String print(Instant instant, Locale locale) {
            return iso.print(instant, locale);
        }
    }

    /** Every query parameter, form field and path variable of a request, checked before its controller runs. */
    static final class TextInParameters implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            request.getParameterMap().forEach((name, values) -> {
                check(name, name);
                for (String value : values) {
                    check(name, value);
                }
            });
            if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
                variables.forEach((name, value) -> check(String.valueOf(name), String.valueOf(value)));
            }
            return true;
        }

        private static void check(String name, String text) {
            String problem = ControlCharacters.problem(text);
            if (problem != null) {
                throw Problems.badRequest(ControlCharacters.problem(name) == null ? name : "parameter", problem);
            }
        }
    }
}
