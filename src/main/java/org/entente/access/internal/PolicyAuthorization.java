package org.entente.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.entente.access.AccessPolicy;
import org.entente.access.AccessRule;
import org.entente.access.Decision;
import org.entente.register.ExerciseState;
import org.entente.register.Exercises;
import org.entente.register.OrganizationCode;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Applies {@link AccessPolicy#RULES} to every request: the first matching row decides, and no row means no. Which organizations
 * are exercises the register's registry says ({@link Exercises}), asked only of a row that names no organization.
 */
class PolicyAuthorization implements AuthorizationManager<RequestAuthorizationContext> {

    private record CompiledRule(AccessRule rule, PathPattern pattern) {
    }

    private final List<CompiledRule> rules = AccessPolicy.RULES.stream()
            .map(rule -> new CompiledRule(rule, PathPatternParser.defaultInstance.parse(rule.pattern())))
            .toList();

    private final Exercises exercises;

    PolicyAuthorization(Exercises exercises) {
        this.exercises = exercises;
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        Decision decision = decide(authentication.get(), context.getRequest());
        return new AuthorizationDecision(decision instanceof Decision.Allowed);
    }

    /**
     * The access table's decision for this request; and, for a write under the address of an exercise that no longer runs, a
     * refusal whatever roles the actor holds: closing takes back every role held in the exercise, but a page session keeps the
     * roles it signed in with.
     */
    Decision decide(Authentication authentication, HttpServletRequest request) {
        return row(request).map(row -> {
            String organization = row.variables().get("organization");
            Decision decision = AccessPolicy.decide(SecurityActor.of(authentication), row.rule(), organization, row.variables().get("state"),
                    exercises::isExercise);
            return decision instanceof Decision.Allowed && !method(request).equals("GET") ? stopped(organization).orElse(decision) : decision;
        }).orElse(AccessPolicy.UNMATCHED);
    }

    /** A refusal where {@code organization} names an exercise that no longer runs: nothing more is done in it. */
    private Optional<Decision> stopped(String organization) {
        if (!OrganizationCode.isValid(organization)) {
            return Optional.empty();
        }
        return exercises.of(OrganizationCode.of(organization)).filter(exercise -> !(exercise.state() instanceof ExerciseState.Running))
                .map(exercise -> new Decision.Refused("the exercise " + exercise.code() + " is " + exercise.state().status().code()
                        + ": nothing more is done in it"));
    }

    /**
     * Whether no row of the access table names this request's method and address: an address Entente does not serve
     * (every endpoint has its row, {@code AccessTableTest}), answered 404 to anyone rather than sending a signed-out
     * reader to the sign-in page or telling a signed-in one their roles do not allow it.
     */
    boolean namesNoRow(HttpServletRequest request) {
        return row(request).isEmpty();
    }

    private record Matched(AccessRule rule, Map<String, String> variables) {
    }

    /** The request's method as the table names it: a HEAD is the GET it asks the headers of. */
    private static String method(HttpServletRequest request) {
        return request.getMethod().equals("HEAD") ? "GET" : request.getMethod();
    }

    /** The first row naming the request's method and address, with the address's variables. */
    private java.util.Optional<Matched> row(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        PathContainer container = PathContainer.parsePath(path);
        for (CompiledRule compiled : rules) {
            if (!compiled.rule().method().equals("*") && !compiled.rule().method().equals(method(request))) {
                continue;
            }
            PathPattern.PathMatchInfo match = compiled.pattern().matchAndExtract(container);
            if (match != null) {
                return java.util.Optional.of(new Matched(compiled.rule(), match.getUriVariables()));
            }
        }
        return Optional.empty();
    }
}
