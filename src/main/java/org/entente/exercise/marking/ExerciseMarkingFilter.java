package org.entente.exercise.marking;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.register.Exercise;
import org.entente.register.Exercises;
import org.entente.register.OrganizationCode;
import org.entente.web.ExerciseMarking;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Finds the exercise a request is inside, before anything answers it (the security filters' 401 and 403 included): the
 * organization its address names ({@code /organizations/{organization}/**}, {@code /api/v1/organizations/{organization}/**}),
 * or the one the audit trail is filtered to ({@code /audit?organization=}, {@code /api/v1/audit/entries?organization=}). Where that
 * is an exercise, the request is marked ({@link ExerciseMarking}): its answer carries the {@code Entente-Exercise} header, and
 * the web layer adds the exercise to JSON objects, problems and pages. A real organization's requests are left as they are.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ExerciseMarkingFilter extends OncePerRequestFilter {

    private static final Pattern ORGANIZATION = Pattern.compile("^(?:/api/v1)?/organizations/([^/;]+)(?:[/;].*)?$");
    private static final Pattern AUDIT = Pattern.compile("^(?:/audit|/api/v1/audit/entries)/?$");

    private final Exercises exercises;

    ExerciseMarkingFilter(Exercises exercises) {
        this.exercises = exercises;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
        organizationOf(request).flatMap(exercises::of).map(ExerciseMarkingFilter::marking).ifPresent(marking -> marking.mark(request, response));
        chain.doFilter(request, response);
    }

    static ExerciseMarking marking(Exercise exercise) {
        return new ExerciseMarking(exercise.code().value(), exercise.of().value(), exercise.title());
    }

    /** The organization the request's address names, where it names one of an organization code's form. */
    static Optional<OrganizationCode> organizationOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher named = ORGANIZATION.matcher(path);
        String code = null;
        if (named.matches()) {
            code = named.group(1);
        } else if (AUDIT.matcher(path).matches() && "GET".equals(request.getMethod())) {
            code = request.getParameter("organization");
        }
        return OrganizationCode.isValid(code) ? Optional.of(OrganizationCode.of(code)) : Optional.empty();
    }
}
