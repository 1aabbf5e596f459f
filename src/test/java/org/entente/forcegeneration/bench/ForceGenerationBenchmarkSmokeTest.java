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
import org.entente.forcegeneration.internal.planner.ProblemFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small run of the benchmark command, as CI's smoke test: it prints the bound, a row per solver and
 * the re-planning row, CP-SAT included (its native library loads wherever the other OR-Tools tests run), and writes
 * solutions that read back feasible.
 */
class ForceGenerationBenchmarkSmokeTest {

    private static final Path SMALL = Path.of("bench", "forcegen", "S-HIGH-t0.25-s1.json");
    private static final Path MEDIUM = Path.of("bench", "forcegen", "M-STAB-t0.25-s1.json.gz");

    @Test
    void theBenchmarkSolvesAnSAndAnMInstanceAndWritesFeasibleSolutions(@TempDir Path out) throws Exception {
        String table = run("--budgets", "0.3", "--out", out.toString(), SMALL.toString(), MEDIUM.toString());

        for (String instance : List.of("S-HIGH-t0.25-s1", "M-STAB-t0.25-s1")) {
            List<String> rows = table.lines().filter(line -> line.startsWith(instance + " ")).toList();
            assertThat(rows).as(table).hasSize(7);
            assertThat(rows).anyMatch(row -> row.contains(" lp-bound ")).anyMatch(row -> row.contains(" " + ForceGenerationBenchmark.CP_SAT + " "))
                    .anyMatch(row -> row.contains(" greedy+hc "));
            assertThat(rows.getLast()).as("the re-planning row comes last").matches(
                    instance + " +replan .* \\d+ of \\d+ units dropped; \\d+ other assignments changed; objective \\d+ before, \\d+ refilled; "
                            + "fresh 1s: objective \\d+, \\d+ changed, \\d+ ms; repaired/fresh \\d+\\.\\d{3}");
        }
        assertThat(table).doesNotContain("INFEASIBLE");
        for (String instance : List.of("S-HIGH-t0.25-s1", "M-STAB-t0.25-s1")) {
            assertThat(objectiveOf(table, instance, "bound")).as("Entente's lower bound, no higher than any plan and than the LP's no lower")
                    .singleElement().satisfies(bound -> assertThat(bound)
                            .isLessThanOrEqualTo(objectiveOf(table, instance, "entente").getFirst())
                            .isGreaterThanOrEqualTo(objectiveOf(table, instance, "lp-bound").getFirst()));
            assertThat(table.lines().filter(line -> line.startsWith(instance + " ") && line.contains(" entente ")))
                    .allMatch(row -> row.matches(".*; gap \\d+\\.\\d\\d%"), "says its certified gap");
        }
        assertThat(table.lines().toList().getLast()).as("the median gap on M closes the table")
                .matches("median certified gap of entente on M at 0\\.3s: \\d+\\.\\d\\d% \\(1 instances\\)");
        // With so small a budget CP-SAT may prove the S optimum or not, and on M has no solution of its own: each is said, with its presolve time.
        assertThat(table.lines().filter(line -> line.contains(" " + ForceGenerationBenchmark.CP_SAT + " "))).hasSize(2)
                .allMatch(row -> row.matches(".*  (optimal|bound \\d+, gap \\d+\\.\\d+%(; cp-sat says \\d+)?"
                                + "|no solution of its own in time: (nothing better than its hint \\(\\d+\\); bound \\d+|none at all \\(hint \\d+\\)))"
                                + "; model \\d+ ms, presolve \\d+ ms( \\(no search\\))?"),
                        "says whether it proved optimality or has a solution of its own, and how long its presolve took");
        assertThat(table.lines().filter(line -> line.startsWith("M-STAB-t0.25-s1 ") && line.contains(" " + ForceGenerationBenchmark.CP_SAT + " ")))
                .as("at 0.3 s on M, CP-SAT is still in its presolve: its hint is not shown as its result")
                .singleElement().satisfies(row -> assertThat(row.split(" +")[3]).isEqualTo("-"));
        for (String instance : List.of("S-HIGH-t0.25-s1", "M-STAB-t0.25-s1")) {
            assertThat(objectiveOf(table, instance, ForceGenerationBenchmark.CP_SAT)).as("hinted with greedy+hc's plan, never worse than it")
                    .allSatisfy(cpSat -> assertThat(cpSat).isLessThanOrEqualTo(objectiveOf(table, instance, "greedy+hc").getFirst()));
            assertThat(objectiveOf(table, instance, ForceGenerationBenchmark.GREEDY_ARRIVAL)).as(instance).hasSize(1);
        }
        // A solution per row with a result: CP-SAT's only where it has one of its own.
        assertWrittenFeasible(out, SMALL, 2 + objectiveOf(table, "S-HIGH-t0.25-s1", ForceGenerationBenchmark.CP_SAT).size());
        assertWrittenFeasible(out, MEDIUM, 2);
    }

    /** The objective column of the instance's row of that solver, where the row has one (a row without its own result shows "-"). */
    private static List<Double> objectiveOf(String table, String instance, String solver) {
        return table.lines().map(line -> line.split(" +")).filter(cells -> cells[0].equals(instance) && cells[1].equals(solver))
                .filter(cells -> !cells[3].equals("-")).map(cells -> Double.valueOf(cells[3])).toList();
    }

    @Test
    void leavesOutTheOrToolsRowsWhenAskedTo(@TempDir Path out) throws Exception {
        String table = run("--budgets", "0.1", "--no-cpsat", "--out", out.toString(), SMALL.toString());

        assertThat(table.lines().filter(line -> line.startsWith("S-HIGH-t0.25-s1 "))).hasSize(5).noneMatch(row -> row.contains("lp-bound"))
                .anyMatch(row -> row.contains(" bound "))
                .noneMatch(row -> row.contains(ForceGenerationBenchmark.CP_SAT));
        assertWrittenFeasible(out, SMALL, 2);
    }

    private static String run(String... args) throws Exception {
        var printed = new ByteArrayOutputStream();
        PrintStream standard = System.out;
        System.setOut(new PrintStream(printed, true));
        try {
            ForceGenerationBenchmark.main(args);
        } finally {
            System.setOut(standard);
        }
        return printed.toString();
    }

    private static void assertWrittenFeasible(Path out, Path instance, int solvers) throws Exception {
        ForceProblem problem = ProblemFiles.read(instance);
        try (var solutions = Files.list(out)) {
            List<Path> written = solutions.filter(file -> file.getFileName().toString().startsWith(problem.name() + ".")).toList();
            assertThat(written).hasSize(solvers);
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
