package org.entente.forcegeneration.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.forcegeneration.ForcePlan;
import org.entente.forcegeneration.ForceProblem;
import org.entente.forcegeneration.Objective;
import org.entente.forcegeneration.ProblemFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small run of the benchmark command, as CI's smoke test: it prints a row per solver and writes solutions that read back feasible. */
class ForceGenerationBenchmarkSmokeTest {

    @Test
    void theBenchmarkSolvesAnSAndAnMInstanceAndWritesFeasibleSolutions(@TempDir Path out) throws Exception {
        Path small = Path.of("bench", "forcegen", "S-HIGH-t0.25-s1.json");
        Path medium = Path.of("bench", "forcegen", "M-STAB-t0.25-s1.json.gz");
        var printed = new ByteArrayOutputStream();
        PrintStream standard = System.out;
        System.setOut(new PrintStream(printed, true));
        try {
            ForceGenerationBenchmark.main(new String[] {"--budgets", "0.2", "--out", out.toString(), small.toString(), medium.toString()});
        } finally {
            System.setOut(standard);
        }

        String table = printed.toString();
        assertThat(table.lines().filter(line -> line.startsWith("S-HIGH-t0.25-s1") || line.startsWith("M-STAB-t0.25-s1"))).hasSize(4);
        assertThat(table).doesNotContain("INFEASIBLE");
        for (Path instance : List.of(small, medium)) {
            ForceProblem problem = ProblemFiles.read(instance);
            try (var solutions = Files.list(out)) {
                List<Path> written = solutions.filter(file -> file.getFileName().toString().startsWith(problem.name() + ".")).toList();
                assertThat(written).hasSize(2);
                for (Path solution : written) {
                    try (InputStream in = Files.newInputStream(solution)) {
                        ForcePlan plan = ProblemFiles.readPlan(problem, in);
                        assertThat(Objective.evaluate(problem, plan).violations()).as(solution.toString()).isEmpty();
                        assertThat(plan.assignments(problem)).isNotEmpty();
                    }
                }
            }
        }
    }
}
