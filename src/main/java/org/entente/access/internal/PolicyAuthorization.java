package org.entente.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.entente.access.AccessPolicy;
import org.entente.access.AccessRule;
import org.entente.access.Decision;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/** Applies {@link AccessPolicy#RULES} to every request: the first matching row decides, and no row means no. */
class PolicyAuthorization implements AuthorizationManager<RequestAuthorizationContext> {

    private record CompiledRule(AccessRule rule, PathPattern pattern) {
    }

    private final List<CompiledRule> rules = AccessPolicy.RULES.stream()
            .map(rule -> new CompiledRule(rule, PathPatternParser.defaultInstance.parse(rule.pattern())))
            .toList();

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        Decision decision = decide(authentication.get(), context.getRequest());
        return new AuthorizationDecision(decision instanceof Decision.Allowed);
    }

    Decision decide(Authentication authentication, HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        PathContainer container = PathContainer.parsePath(path);
        for (CompiledRule compiled : rules) {
            if (!compiled.rule().method().equals("*") && !compiled.rule().method().equals(request.getMethod())) {
                continue;
            }
            PathPattern.PathMatchInfo match = compiled.pattern().matchAndExtract(container);
            if (match != null) {
                Map<String, String> variables = match.getUriVariables();
                return AccessPolicy.decide(SecurityActor.of(authentication), compiled.rule(), variables.get("organization"), variables.get("state"));
            }
        }
        return AccessPolicy.UNMATCHED;
    }
}
