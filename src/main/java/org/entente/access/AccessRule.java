package org.entente.access;

import java.util.Objects;

/**
 * One row of the access table: requests with {@code method} to addresses matching {@code pattern}
 * may be made by {@code audience}. In the pattern, {@code {organization}} and {@code {state}} name
 * the scope a role must hold; other {@code {variables}} match one segment, a final {@code **} any rest.
 */
public record AccessRule(String method, String pattern, Audience audience, String purpose) {

    public AccessRule {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(purpose, "purpose");
        if (!pattern.startsWith("/")) {
            throw new IllegalArgumentException("a pattern is an absolute path: " + pattern);
        }
    }
}
