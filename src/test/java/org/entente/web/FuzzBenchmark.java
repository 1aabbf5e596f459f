package org.entente.web;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The fuzzer at length: 20,000 hostile requests (or {@code -Dentente.fuzz.requests}), printing the counts
 * by status class; it fails as {@link FuzzTest} does.
 *
 * <p>{@code ./mvnw test -Dsurefire.excludedGroups= -Dgroups=benchmark -Dtest='FuzzBenchmark'}
 */
@Tag("benchmark")
class FuzzBenchmark extends FuzzTest {

    /** Not run here: this class sends the long run instead. */
    @Override
    void noHostileRequestGetsA5xxOrAnErrorThatIsNotAProblem() {
    }

    @Test
    void twentyThousandHostileRequestsGetNo5xxAndOnlyProblems() {
        fuzz(Integer.getInteger("entente.fuzz.requests", 20_000));
    }
}
