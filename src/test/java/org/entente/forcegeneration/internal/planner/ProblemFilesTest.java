package org.entente.forcegeneration.internal.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

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

    @Test
    void anInstanceReadInPartsIsTheInstanceReadWhole() throws Exception {
        ForceProblem problem = BenchmarkInstances.read(BenchmarkInstances.named("M-STAB-t0.25-s1").getFirst());
        var out = new ByteArrayOutputStream();
        ProblemFiles.writeProblem(problem, out);
        byte[] document = out.toByteArray();

        ForceProblem whole = ProblemFiles.read(document, 1);
        for (int parts : new int[] {2, 3, 7}) {
            ForceProblem inParts = ProblemFiles.read(document, parts);

            assertThat(inParts.units()).as("%d parts", parts).isEqualTo(whole.units()).isEqualTo(problem.units());
            assertThat(inParts.states()).isEqualTo(whole.states());
            assertThat(inParts.requirements()).isEqualTo(whole.requirements());
            assertThat(inParts.weights()).isEqualTo(whole.weights());
        }
    }

    @Test
    void bracesQuotesAndTheWordUnitsInsideStringsDoNotMisleadTheReadInParts() throws Exception {
        String unit = """
                {"id": "U%d {\\\"units\\\": [}", "state": "S0", "capability": "INF", "personnel": %d, "transport": "AIR", "arrivalHours": 30,
                 "notes": {"units": [{"a": "]}"}]}}""";
        var units = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            units.append(i == 0 ? "" : " ,\n ").append(unit.formatted(i, 100 + i));
        }
        String document = """
                {"format": "entente-forcegen-instance/1", "name": "units", "comment": "\\"units\\": [{", "more": {"units": [1, 2]},
                 "states": [{"id": "S0", "burdenShare": 1, "targetPersonnel": 100, "nationalCapPersonnel": 300}],
                 "units" : [ %s ] ,
                 "requirements": [{"id": "R0", "capability": "INF", "latestArrivalHours": 48, "personnel": 100, "minUnits": 1}]}
                """.formatted(units);
        byte[] bytes = document.getBytes(StandardCharsets.UTF_8);

        ForceProblem whole = ProblemFiles.read(bytes, 1);
        assertThat(whole.units()).hasSize(9);
        assertThat(whole.units().get(3).id()).isEqualTo("U3 {\"units\": [}");
        for (int parts = 2; parts <= 10; parts++) {
            assertThat(ProblemFiles.read(bytes, parts).units()).as("%d parts", parts).isEqualTo(whole.units());
        }
    }

    @Test
    void aBrokenDocumentIsRefusedAlikeWholeOrInParts() throws Exception {
        ForceProblem problem = BenchmarkInstances.read(BenchmarkInstances.named("S").getFirst());
        var out = new ByteArrayOutputStream();
        ProblemFiles.writeProblem(problem, out);
        String document = out.toString(StandardCharsets.UTF_8);
        int middle = document.indexOf("\"units\"") + (document.indexOf("\"requirements\"") - document.indexOf("\"units\"")) / 2;
        int between = document.indexOf("},{", document.indexOf("\"units\"")) + 1;
        assertThat(between).isPositive();
        for (String broken : new String[] {document.substring(0, middle), document.substring(0, between) + document.substring(between + 1),
                document.substring(0, between) + "]" + document.substring(between + 1)}) {
            byte[] bytes = broken.getBytes(StandardCharsets.UTF_8);
            Throwable whole = catchThrowable(() -> ProblemFiles.read(bytes, 1));
            assertThat(whole).isNotNull();

            assertThatThrownBy(() -> ProblemFiles.read(bytes, 4)).isInstanceOf(whole.getClass()).hasMessage(whole.getMessage());
        }
    }
}
