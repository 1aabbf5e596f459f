package org.entente.forcegeneration.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.entente.forcegeneration.Evaluation;
import org.entente.forcegeneration.ForcePlan;
import org.entente.forcegeneration.ForceProblem;
import org.entente.forcegeneration.GreedyConstruction;
import org.entente.forcegeneration.LocalSearch;
import org.entente.forcegeneration.Objective;
import org.entente.forcegeneration.ProblemFiles;

/**
 * The force-generation benchmark (bench/FORCE-GENERATION.md): reads instance files (plain or gzipped),
 * solves each with each budget, writes the solutions, and prints per instance and solver the objective
 * and its terms, coverage, arrival, burden distance, time to the first feasible plan and wall time,
 * with the baselines of the same run.
 *
 * <p>Usage: {@code bash bench/forcegen.sh [--budgets 1,10] [--runs N] [--out DIR] FILE...}
 */
public final class ForceGenerationBenchmark {

    private ForceGenerationBenchmark() {
    }

    record Run(String instance, String solver, double budgetSeconds, ForcePlan plan, Evaluation evaluation, Duration firstFeasible, Duration wall) {
    }

    public static void main(String[] args) throws IOException {
        List<Double> budgets = List.of(1.0, 10.0);
        int runs = 1;
        Path out = Path.of("target", "forcegen-solutions");
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--budgets" -> budgets = java.util.Arrays.stream(args[++i].split(",")).map(Double::valueOf).toList();
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> files.add(Path.of(args[i]));
            }
        }
        if (files.isEmpty()) {
            System.err.println("usage: bench/forcegen.sh [--budgets 1,10] [--runs N] [--out DIR] INSTANCE...");
            System.exit(2);
        }
        Files.createDirectories(out);
        System.out.printf(Locale.ROOT, "%-18s %-14s %6s %14s %9s %7s %6s %8s %8s %7s %5s %8s %8s%n", "instance", "solver", "budget",
                "objective", "shortP", "shortU", "arr h", "overP", "devP", "cover", "tvd", "1st ms", "wall ms");
        for (Path file : files) {
            long readStart = System.nanoTime();
            ForceProblem problem = ProblemFiles.read(file);
            Duration read = Duration.ofNanos(System.nanoTime() - readStart);
            for (double budget : budgets) {
                for (String solver : List.of("greedy+hc", "entente")) {
                    List<Run> repeated = new ArrayList<>();
                    for (int run = 0; run < runs; run++) {
                        repeated.add(solve(problem, solver, budget, run, read));
                    }
                    Run median = repeated.stream().sorted(java.util.Comparator.comparingDouble(r -> r.evaluation().objective())).toList()
                            .get(repeated.size() / 2);
                    print(median);
                    try (OutputStream solution = Files.newOutputStream(out.resolve(problem.name() + "." + solver + "." + budget + "s.json"))) {
                        ProblemFiles.write(problem, median.plan(), solution);
                    }
                }
            }
        }
    }

    private static Run solve(ForceProblem problem, String solver, double budgetSeconds, int run, Duration read) {
        long start = System.nanoTime();
        ForcePlan greedy = GreedyConstruction.build(problem);
        Duration firstFeasible = Duration.ofNanos(System.nanoTime() - start).plus(read);
        Duration remaining = Duration.ofNanos((long) (budgetSeconds * 1e9) - (System.nanoTime() - start));
        LocalSearch.Acceptance acceptance = solver.equals("entente") ? LocalSearch.Acceptance.LATE_ACCEPTANCE : LocalSearch.Acceptance.HILL_CLIMBING;
        LocalSearch.Outcome outcome = LocalSearch.improve(problem, greedy, remaining.isNegative() ? Duration.ZERO : remaining, acceptance, 42 + run);
        Duration wall = Duration.ofNanos(System.nanoTime() - start).plus(read);
        return new Run(problem.name(), solver, budgetSeconds, outcome.plan(), Objective.evaluate(problem, outcome.plan()), firstFeasible, wall);
    }

    private static void print(Run run) {
        Evaluation e = run.evaluation();
        System.out.printf(Locale.ROOT, "%-18s %-14s %5.1fs %14.0f %9d %7d %6d %8d %8d %6.2f%% %5.3f %8d %8d%s%n", run.instance(), run.solver(),
                run.budgetSeconds(), e.objective(), e.shortfallPersonnel(), e.shortfallUnits(), e.maxArrivalHours(), e.overcommitPersonnel(),
                e.burdenDeviationPersonnel(), 100 * e.coverage(), e.burdenDistance(), run.firstFeasible().toMillis(), run.wall().toMillis(),
                e.feasible() ? "" : "  INFEASIBLE: " + e.violations().getFirst());
    }
}
