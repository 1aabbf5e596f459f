package org.entente.forcegeneration.internal.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import org.entente.forcegeneration.BenchmarkInstances;
import org.entente.forcegeneration.ForceProblem;
import org.junit.jupiter.api.Test;

/** A problem written in the instance format reads back as the same problem: a job's snapshot is kept that way. */
class ProblemFilesTest {

    @Test
    void aProblemWrittenInTheInstanceFormatReadsBackTheSame() throws Exception {
        for (Path file : BenchmarkInstances.named("S")) {
            ForceProblem problem = BenchmarkInstances.read(file);
            var out = new ByteArrayOutputStream();

            ProblemFiles.writeProblem(problem, out);
            ForceProblem read = ProblemFiles.read(new ByteArrayInputStream(out.toByteArray()));

            assertThat(read.name()).isEqualTo(problem.name());
            assertThat(read.theatre()).isEqualTo(problem.theatre());
            assertThat(read.transport()).isEqualTo(problem.transport());
            assertThat(read.weights()).isEqualTo(problem.weights());
            assertThat(read.states()).isEqualTo(problem.states());
            assertThat(read.units()).isEqualTo(problem.units());
            assertThat(read.requirements()).isEqualTo(problem.requirements());
        }
        assertThat(BenchmarkInstances.named("S")).isNotEmpty();
    }
}
