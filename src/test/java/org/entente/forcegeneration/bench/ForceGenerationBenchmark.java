package org.entente.forcegeneration.bench;

import com.google.ortools.Loader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.entente.forcegeneration.Evaluation;
import org.entente.forcegeneration.ForcePlan;
import org.entente.forcegeneration.ForceProblem;
import org.entente.forcegeneration.Objective;
import org.entente.forcegeneration.internal.planner.ForceGenerator;
import org.entente.forcegeneration.internal.planner.GreedyConstruction;
import org.entente.forcegeneration.internal.planner.LocalSearch;
import org.entente.forcegeneration.internal.planner.ProblemFiles;
import org.entente.forcegeneration.internal.planner.Replanning;

/**
 * The force-generation benchmark (bench/FORCE-GENERATION.md): reads instance files (plain or gzipped),
 * solves each with each budget, writes the solutions, and prints per instance and solver the objective
 * and its terms, coverage, arrival, burden distance, time to the first feasible plan and wall time,
 * with the baselines of the same run.
 *
 * <p>Usage: {@code bash bench/forcegen.sh [--budgets 1,10] [--runs N] [--out DIR] [--no-cpsat] FILE...}
 * ({@code --no-cpsat} leaves out the two OR-Tools rows, and so OR-Tools' native library).
 *
 * <p>The table has, per instance, one {@code lp-bound} row, then per budget one row per solver (the
 * median of {@code --runs} by objective):
 * <ul>
 *   <li>{@code lp-bound}: the optimum of the linear relaxation ({@link LinearRelaxationBound}), a lower
 *       bound on every plan's objective; only its objective (to one decimal) and wall time are filled;</li>
 *   <li>{@code greedy+hc}: {@link GreedyConstruction} then hill climbing ({@link LocalSearch}) for the rest of the budget;</li>
 *   <li>{@code entente}: Entente's planner, {@link ForceGenerator}: the greedy construction, then two searches on a core each for
 *       the rest of the budget (on a small problem late acceptance, and late acceptance from Timefold Solver's plan of the first
 *       tenth; on a larger one late acceptance and climbing), the better plan winning (the note says which);</li>
 *   <li>{@code cp-sat(warm)}: {@link GreedyConstruction}, then {@link CpSatBaseline} hinted with the greedy plan
 *       for the rest of the budget;</li>
 *   <li>{@code replan}, once per instance: a tenth of the units of the last budget's {@code entente} plan drop out and
 *       {@link Replanning#repair} repairs it; the note says how many dropped, how many other assignments changed and the
 *       objective before, both time columns the repair time.</li>
 * </ul>
 * Columns: {@code objective} as {@link Objective#evaluate} scores the plan (never a solver's own
 * figure) and its terms: {@code shortP} personnel short, {@code shortU} units short, {@code arr h} the
 * force's arrival in hours, {@code overP} personnel over, {@code devP} personnel off the states' burden
 * targets; {@code cover} the share of required personnel covered, {@code tvd} the total variation distance
 * of the states' shares from their burden shares; {@code 1st ms} the time to the first feasible plan (for
 * {@code cp-sat(warm)}, to CP-SAT's first solution, through the greedy plan and the model's building) and
 * {@code wall ms}, both counting the instance's reading. {@code note}: for {@code cp-sat(warm)},
 * {@code optimal} where CP-SAT proved the plan optimal, otherwise its best bound and the gap to it;
 * {@code cp-sat says X} where CP-SAT's objective differs from the evaluated one by more than rounding
 * (it can, short of the optimum: its model bounds each term from below only, see {@link ForceGenerationModel});
 * {@code no CP-SAT solution in time: its hint shown} where the budget ran out before CP-SAT had a solution
 * (then the row is the greedy plan's); {@code INFEASIBLE} and the first broken rule for a plan that breaks one.
 */
public final class ForceGenerationBenchmark {

    static final String CP_SAT = "cp-sat(warm)";

    private ForceGenerationBenchmark() {
    }

    record Run(String instance, String solver, double budgetSeconds, ForcePlan plan, Evaluation evaluation, Duration firstFeasible, Duration wall,
               String note) {
    }

    public static void main(String[] args) throws IOException {
        // Timefold logs each solve at INFO, and at WARN when its short slice ends its construction early; the table is the output.
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("ai.timefold")).setLevel(ch.qos.logback.classic.Level.ERROR);
        List<Double> budgets = List.of(1.0, 10.0);
        int runs = 1;
        boolean cpSat = true;
        Path out = Path.of("target", "forcegen-solutions");
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--budgets" -> budgets = Arrays.stream(args[++i].split(",")).map(Double::valueOf).toList();
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--no-cpsat" -> cpSat = false;
                default -> files.add(Path.of(args[i]));
            }
        }
        if (files.isEmpty()) {
            System.err.println("usage: bench/forcegen.sh [--budgets 1,10] [--runs N] [--out DIR] [--no-cpsat] INSTANCE...");
            System.exit(2);
        }
        List<String> solvers = cpSat ? List.of("greedy+hc", "entente", CP_SAT) : List.of("greedy+hc", "entente");
        if (cpSat) {
            Loader.loadNativeLibraries(); // once, before any clock starts
        }
        Files.createDirectories(out);
        line("%-18s %-13s %6s %14s %9s %7s %6s %8s %8s %7s %5s %8s %8s  %s", "instance", "solver", "budget", "objective", "shortP", "shortU",
                "arr h", "overP", "devP", "cover", "tvd", "1st ms", "wall ms", "note");
        for (Path file : files) {
            long readStart = System.nanoTime();
            ForceProblem problem = ProblemFiles.read(file);
            Duration read = Duration.ofNanos(System.nanoTime() - readStart);
            if (cpSat) {
                printBound(problem);
            }
            ForcePlan chosen = null;
            for (double budget : budgets) {
                for (String solver : solvers) {
                    List<Run> repeated = new ArrayList<>();
                    for (int run = 0; run < runs; run++) {
                        repeated.add(solve(problem, solver, budget, run, read));
                    }
                    Run median = repeated.stream().sorted(Comparator.comparingDouble(r -> r.evaluation().objective())).toList()
                            .get(repeated.size() / 2);
                    print(median);
                    if (solver.equals("entente")) {
                        chosen = median.plan();
                    }
                    String name = solver.replace("(", "-").replace(")", "");
                    try (OutputStream solution = Files.newOutputStream(out.resolve(problem.name() + "." + name + "." + budget + "s.json"))) {
                        ProblemFiles.write(problem, median.plan(), solution);
                    }
                }
            }
            if (chosen != null) {
                print(replanned(problem, chosen));
            }
        }
    }

    private static Run solve(ForceProblem problem, String solver, double budgetSeconds, int run, Duration read) {
        if (solver.equals("entente")) {
            ForceGenerator.Result result = ForceGenerator.plan(problem, Duration.ofNanos((long) (budgetSeconds * 1e9)), 42 + run);
            return new Run(problem.name(), solver, budgetSeconds, result.plan(), result.evaluation(), result.firstFeasible().plus(read),
                    result.wall().plus(read), "by " + result.foundBy());
        }
        long start = System.nanoTime();
        ForcePlan greedy = GreedyConstruction.build(problem);
        Duration greedyTime = Duration.ofNanos(System.nanoTime() - start);
        Duration remaining = Duration.ofNanos((long) (budgetSeconds * 1e9)).minus(greedyTime);
        remaining = remaining.isNegative() ? Duration.ZERO : remaining;
        if (solver.equals(CP_SAT)) {
            CpSatBaseline.Outcome outcome = CpSatBaseline.solve(problem, greedy, remaining, 42 + run);
            Duration wall = Duration.ofNanos(System.nanoTime() - start).plus(read);
            if (outcome.plan().isEmpty()) {
                return new Run(problem.name(), solver, budgetSeconds, greedy, Objective.evaluate(problem, greedy), greedyTime.plus(read), wall,
                        "no CP-SAT solution in time: its hint shown");
            }
            ForcePlan plan = outcome.plan().get();
            Evaluation evaluation = Objective.evaluate(problem, plan);
            Duration first = greedyTime.plus(outcome.firstSolution().orElse(outcome.wall())).plus(read);
            return new Run(problem.name(), solver, budgetSeconds, plan, evaluation, first, wall, note(outcome, evaluation));
        }
        LocalSearch.Outcome outcome = LocalSearch.improve(problem, greedy, remaining, LocalSearch.Strategy.BASELINE, 42 + run);
        Duration wall = Duration.ofNanos(System.nanoTime() - start).plus(read);
        return new Run(problem.name(), solver, budgetSeconds, outcome.plan(), Objective.evaluate(problem, outcome.plan()), greedyTime.plus(read), wall, "");
    }

    /**
     * The re-planning row: a tenth of the units of the last budget's Entente plan (at least one, drawn with a seed of the
     * instance's name) drop out, and {@link Replanning#repair} repairs the package; its repair time in both time columns.
     */
    private static Run replanned(ForceProblem problem, ForcePlan chosen) {
        List<String> assigned = new ArrayList<>();
        for (int u = 0; u < problem.units().size(); u++) {
            if (chosen.requirementOf(u) != ForcePlan.UNASSIGNED) {
                assigned.add(problem.units().get(u).id());
            }
        }
        java.util.Collections.shuffle(assigned, new java.util.Random(problem.name().hashCode()));
        java.util.Set<String> dropped = java.util.Set.copyOf(assigned.subList(0, Math.max(1, assigned.size() / 10)));
        Replanning.Repair repair = Replanning.repair(problem, chosen, dropped);
        String note = String.format(Locale.ROOT, "%d of %d units dropped; %d other assignments changed; objective %.0f before", dropped.size(),
                assigned.size(), repair.changedAssignments(), repair.objectiveBefore());
        return new Run(problem.name(), "replan", Double.NaN, repair.plan(), repair.evaluation(), repair.took(), repair.took(), note);
    }

    private static String note(CpSatBaseline.Outcome outcome, Evaluation evaluation) {
        String note = outcome.provedOptimal() ? "optimal"
                : String.format(Locale.ROOT, "bound %.0f, gap %.2f%%", outcome.bestBound(),
                        100 * (evaluation.objective() - outcome.bestBound()) / Math.max(1, Math.abs(evaluation.objective())));
        if (Math.abs(outcome.objective() - evaluation.objective()) > 1e-6 * Math.max(1, Math.abs(evaluation.objective()))) {
            note += String.format(Locale.ROOT, "; cp-sat says %.0f", outcome.objective());
        }
        return note;
    }

    private static void printBound(ForceProblem problem) {
        long start = System.nanoTime();
        double bound = LinearRelaxationBound.of(problem);
        long wall = Duration.ofNanos(System.nanoTime() - start).toMillis();
        line("%-18s %-13s %6s %14.1f %9s %7s %6s %8s %8s %7s %5s %8s %8d", problem.name(), "lp-bound", "-", bound, "-", "-", "-", "-", "-", "-",
                "-", "-", wall);
    }

    private static void print(Run run) {
        Evaluation e = run.evaluation();
        String note = e.feasible() ? run.note() : ("INFEASIBLE: " + e.violations().getFirst() + " " + run.note()).strip();
        String budget = Double.isNaN(run.budgetSeconds()) ? "-" : String.format(Locale.ROOT, "%.1fs", run.budgetSeconds());
        line("%-18s %-13s %6s %14.0f %9d %7d %6d %8d %8d %6.2f%% %5.3f %8d %8d  %s", run.instance(), run.solver(), budget,
                e.objective(), e.shortfallPersonnel(), e.shortfallUnits(), e.maxArrivalHours(), e.overcommitPersonnel(), e.burdenDeviationPersonnel(),
                100 * e.coverage(), e.burdenDistance(), run.firstFeasible().toMillis(), run.wall().toMillis(), note);
    }

    private static void line(String format, Object... values) {
        System.out.println(String.format(Locale.ROOT, format, values).stripTrailing());
    }
}
