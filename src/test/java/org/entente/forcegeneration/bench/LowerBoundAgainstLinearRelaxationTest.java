package org.entente.forcegeneration.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.entente.forcegeneration.BenchmarkInstances;
import org.entente.forcegeneration.ForceProblem;
import org.entente.forcegeneration.internal.planner.LowerBound;
import org.junit.jupiter.api.Test;

/** Entente's lower bound against the linear relaxation's (GLOP, test scope): at least as high on every S instance and on two M. */
class LowerBoundAgainstLinearRelaxationTest {

    @Test
    void isAtLeastTheLinearRelaxation() {
        List<java.nio.file.Path> files = new ArrayList<>(BenchmarkInstances.named("S-"));
        files.addAll(BenchmarkInstances.named("M-HADR-t0.25-s1"));
        files.addAll(BenchmarkInstances.named("M-HIGH-t0.25-s1"));
        for (var file : files) {
            ForceProblem problem = BenchmarkInstances.read(file);
            double relaxation = LinearRelaxationBound.of(problem);
            LowerBound.Result bound = LowerBound.of(problem, Duration.ofMinutes(10));
            assertThat(bound.value()).as(problem.name()).isGreaterThanOrEqualTo(relaxation - 1e-6);
        }
    }
}
