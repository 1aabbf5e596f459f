package org.entente.forcegeneration.internal.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.entente.forcegeneration.BenchmarkInstances;
import org.entente.forcegeneration.ForceProblem;
import org.junit.jupiter.api.Test;

/** A problem written in the instance format reads back as the same problem: a job's snapshot is kept that way. */
class ProblemFilesTest {

    @Test
    void aProblemWrittenInTheInstanceFormatReadsBackTheSame() throws Exception {
        for (Path file : Stream.concat(BenchmarkInstances.named("S").stream(), BenchmarkInstances.named("M-STAB-t0.25-s1").stream()).toList()) {
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

    @Test
    void aDocumentOfAnotherFormatIsRefused() {
        for (String document : new String[] {"{\"format\": \"something-else/1\", \"units\": []}", "{\"units\": []}", "[]"}) {
            assertThatThrownBy(() -> ProblemFiles.read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8))))
                    .as(document).isInstanceOf(IOException.class).hasMessageContaining("not an instance of " + ProblemFiles.FORMAT);
        }
    }

    @Test
    void propertiesItDoesNotKnowAreSkippedAndMissingOnesReadAsNothing() throws Exception {
        String document = """
                {"format": "entente-forcegen-instance/1", "name": "tiny", "comment": {"nested": [1, 2, {"deep": true}]},
                 "theatre": {"lat": 43.2, "lon": 76.9},
                 "states": [{"id": "S0", "burdenShare": 1, "targetPersonnel": 100, "nationalCapPersonnel": 300, "extra": [1]}],
                 "units": [{"id": "U0", "state": "S0", "capability": "INF", "personnel": 100, "transport": "AIR", "arrivalHours": 30,
                            "notes": {"a": 1}}],
                 "requirements": [{"id": "R0", "capability": "INF", "latestArrivalHours": 48, "personnel": 100, "minUnits": 1}]}
                """;

        ForceProblem problem = ProblemFiles.read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));

        assertThat(problem.name()).isEqualTo("tiny");
        assertThat(problem.units()).singleElement().satisfies(unit -> {
            assertThat(unit.personnel()).isEqualTo(100);
            assertThat(unit.arrivalHours()).isEqualTo(30);
            assertThat(unit.noticeToMoveHours()).isZero();
            assertThat(unit.noCombat()).isFalse();
        });
        assertThat(problem.states()).singleElement().satisfies(state -> assertThat(state.nationalCapPersonnel()).isEqualTo(300));
        assertThat(problem.unitsOf(0)).containsExactly(0);
        assertThat(problem.weights().shortfallPersonnel()).isZero();
    }
}
