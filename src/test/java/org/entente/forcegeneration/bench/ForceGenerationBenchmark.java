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
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.entente.forcegeneration.Evaluation;
import org.entente.forcegeneration.ForcePlan;
import org.entente.forcegeneration.ForceProblem;
import org.entente.forcegeneration.Objective;
import org.entente.forcegeneration.internal.planner.ArrivalBoundConstruction;
import org.entente.forcegeneration.internal.planner.ForceGenerator;
import org.entente.forcegeneration.internal.planner.GreedyConstruction;
import org.entente.forcegeneration.internal.planner.LocalSearch;
import org.entente.forcegeneration.internal.planner.LowerBound;
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
 * <p>The table has, per instance, one {@code lp-bound} row (with CP-SAT) and one {@code bound} row, then per budget one row per solver (the
 * median of {@code --runs} by objective):
 * <ul>
 *   <li>{@code lp-bound}: the optimum of the linear relaxation ({@link LinearRelaxationBound}), a lower
 *       bound on every plan's objective; only its objective (to one decimal) and wall time are filled;</li>
 *   <li>{@code bound}: Entente's certified lower bound ({@link LowerBound}, refined up to a minute), with or without CP-SAT: its
 *       value (to one decimal), the force arrival it is attained at in {@code arr h}, its time in {@code wall ms}, and in the
 *       note how many flows it evaluated and whether it finished (exact over the arrivals) or was cut at its limit;</li>
 *   <li>{@code greedy+hc}: {@link GreedyConstruction} then hill climbing ({@link LocalSearch}) for the rest of the budget;</li>
 *   <li>{@code entente}: Entente's planner, {@link ForceGenerator}: the arrival-aware construction (its first plan, as the
 *       {@code greedy(arrival)} row's), then two searches on a core each for the rest of the budget (on a small problem late
 *       acceptance, and the exact search from a plan late acceptance makes in an eighth of the time; on a larger one late
 *       acceptance and climbing), the better plan winning (the note says which, {@code proved optimal} where the exact search
 *       proved it, then {@code gap X%}: how far its plan is at most from the best possible, (objective - bound) / objective, 0
 *       where the planner proved its plan optimal; the last line gives the median gap on the M instances per budget);</li>
 *   <li>{@code cp-sat(warm)}: {@link CpSatBaseline} hinted with the best plan the baselines have, the {@code greedy+hc} row's
 *       of the same budget, and given the budget again on its own (the model's building included); its row shows a result only
 *       where CP-SAT has one of its own ({@link CpSatBaseline.Found}): a plan better than its hint, or its hint proved optimal;</li>
 *   <li>{@code greedy(arrival)}, once per instance (it takes no budget): the arrival-aware construction alone,
 *       {@link ArrivalBoundConstruction} (the plain greedy's plan and the greedy's under the earliest force arrival that still
 *       covers every requirement and a few later ones, the best by objective), which is Entente's first plan: the {@code entente}
 *       rows are never worse; the note gives the arrival bound of its plan, both time columns its time, the reading included;</li>
 *   <li>{@code replan}, once per instance: a tenth of the units of the last budget's {@code entente} plan (the chosen plan)
 *       drop out and {@link Replanning#repair} repairs it, {@code --runs} times, the median repair shown, both time columns its
 *       repair time; the note says how many dropped, how many other assignments changed ({@link Replanning#changedAssignments}),
 *       the objective before and after the refill alone ({@code refilled}), then the median of {@code --runs} fresh runs
 *       of {@link ForceGenerator#plan} for one second on the problem without the dropped units: its objective, its assignments
 *       changed against the chosen plan and its wall time, and {@code repaired/fresh}, the median repaired objective over the
 *       median fresh one.</li>
 * </ul>
 * Columns: {@code objective} as {@link Objective#evaluate} scores the plan (never a solver's own
 * figure) and its terms: {@code shortP} personnel short, {@code shortU} units short, {@code arr h} the
 * force's arrival in hours, {@code overP} personnel over, {@code devP} personnel off the states' burden
 * targets; {@code cover} the share of required personnel covered, {@code tvd} the total variation distance
 * of the states' shares from their burden shares; {@code 1st ms} the time to the first feasible plan and
 * {@code wall ms}, both counting the instance's reading (for {@code cp-sat(warm)}, from its call on, the model's building included,
 * {@code 1st ms} to its first solution better than its hint, or to its end where it proved its hint optimal). {@code note}: for
 * {@code cp-sat(warm)},
 * {@code optimal} where CP-SAT proved the plan optimal, otherwise its best bound and the gap to it;
 * {@code cp-sat says X} where CP-SAT's objective differs from the evaluated one by more than rounding
 * (it can, short of the optimum: its model bounds each term from below only, see {@link ForceGenerationModel});
 * {@code no solution of its own in time}, with {@code -} in the objective, term and first-plan columns, where the budget ran out
 * with nothing better than its hint (its objective and CP-SAT's bound said) or before CP-SAT took even its hint; then
 * {@code model N ms, presolve N ms}: the time to build the model and CP-SAT's presolve, from its start to the start of its search
 * ({@code (no search)} where the budget ran out before the search began, the presolve then counted to CP-SAT's end).
 * {@code INFEASIBLE} and the first broken rule for a plan that breaks one.
 */
public final class ForceGenerationBenchmark {

    static final String CP_SAT = "cp-sat(warm)";

    static final String GREEDY_HC = "greedy+hc";

    /** What Entente's note says of a plan its exact search proved optimal (its certified gap is then 0). */
    static final String PROVED = "proved optimal";

    static final String GREEDY_ARRIVAL = "greedy(arrival)";

    private ForceGenerationBenchmark() {
    }

    /** One solver's run; no plan (and no evaluation, no first plan) where CP-SAT has no result of its own. */
    record Run(String instance, String solver, double budgetSeconds, Optional<ForcePlan> plan, Optional<Evaluation> evaluation,
               Optional<Duration> firstFeasible, Duration wall, String note) {

        Run(String instance, String solver, double budgetSeconds, ForcePlan plan, Evaluation evaluation, Duration firstFeasible, Duration wall,
            String note) {
            this(instance, solver, budgetSeconds, Optional.of(plan), Optional.of(evaluation), Optional.of(firstFeasible), wall, note);
        }

        /** The objective, or infinity without a plan (the worst, for the median). */
        double objective() {
            return evaluation.map(Evaluation::objective).orElse(Double.POSITIVE_INFINITY);
        }
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
        List<String> solvers = cpSat ? List.of(GREEDY_HC, "entente", CP_SAT) : List.of(GREEDY_HC, "entente");
        if (cpSat) {
            Loader.loadNativeLibraries(); // once, before any clock starts
        }
        Files.createDirectories(out);
        java.util.Map<Double, List<Double>> gaps = new java.util.TreeMap<>();
        line("%-18s %-13s %6s %14s %9s %7s %6s %8s %8s %7s %5s %8s %8s  %s", "instance", "solver", "budget", "objective", "shortP", "shortU",
                "arr h", "overP", "devP", "cover", "tvd", "1st ms", "wall ms", "note");
        for (Path file : files) {
            long readStart = System.nanoTime();
            ForceProblem problem = ProblemFiles.read(file);
            Duration read = Duration.ofNanos(System.nanoTime() - readStart);
            if (cpSat) {
                printBound(problem);
            }
            LowerBound.Result lowerBound = printLowerBound(problem);
            ForcePlan chosen = null;
            for (double budget : budgets) {
                ForcePlan hint = null;
                for (String solver : solvers) {
                    List<Run> repeated = new ArrayList<>();
                    for (int run = 0; run < runs; run++) {
                        repeated.add(solve(problem, solver, budget, run, read, hint));
                    }
                    Run median = median(repeated, Run::objective);
                    if (solver.equals("entente")) {
                        median = withGap(median, lowerBound, gaps);
                    }
                    print(median);
                    if (solver.equals("entente")) {
                        chosen = median.plan().orElseThrow();
                    } else if (solver.equals(GREEDY_HC)) {
                        hint = median.plan().orElseThrow();
                    }
                    if (median.plan().isPresent()) {
                        String name = solver.replace("(", "-").replace(")", "");
                        try (OutputStream solution = Files.newOutputStream(out.resolve(problem.name() + "." + name + "." + budget + "s.json"))) {
                            ProblemFiles.write(problem, median.plan().get(), solution);
                        }
                    }
                }
            }
            print(arrivalGreedy(problem, read));
            if (chosen != null) {
                print(replanned(problem, chosen, runs));
            }
        }
        printMedianGaps(gaps);
    }

    /** One run of {@code solver}; {@code hint}, the {@code greedy+hc} plan of the same budget, for CP-SAT. */
    private static Run solve(ForceProblem problem, String solver, double budgetSeconds, int run, Duration read, ForcePlan hint) {
        Duration budget = Duration.ofNanos((long) (budgetSeconds * 1e9));
        if (solver.equals(CP_SAT)) {
            CpSatBaseline.Outcome outcome = CpSatBaseline.solve(problem, hint, budget, 42 + run);
            Duration wall = outcome.wall().plus(read);
            if (outcome.plan().isEmpty()) {
                return new Run(problem.name(), solver, budgetSeconds, Optional.empty(), Optional.empty(), Optional.empty(), wall, note(outcome, null));
            }
            ForcePlan plan = outcome.plan().get();
            Evaluation evaluation = Objective.evaluate(problem, plan);
            // Its hint proved optimal: the proof is its own, found when it ended.
            Duration first = outcome.firstSolution().orElse(outcome.wall()).plus(read);
            return new Run(problem.name(), solver, budgetSeconds, plan, evaluation, first, wall, note(outcome, evaluation));
        }
        if (solver.equals("entente")) {
            ForceGenerator.Result result = ForceGenerator.plan(problem, budget, 42 + run);
            return new Run(problem.name(), solver, budgetSeconds, result.plan(), result.evaluation(), result.firstFeasible().plus(read),
                    result.wall().plus(read), "by " + result.foundBy() + (result.provedOptimal() ? ", " + PROVED : ""));
        }
        long start = System.nanoTime();
        ForcePlan greedy = GreedyConstruction.build(problem);
        Duration greedyTime = Duration.ofNanos(System.nanoTime() - start);
        Duration remaining = budget.minus(greedyTime);
        remaining = remaining.isNegative() ? Duration.ZERO : remaining;
        LocalSearch.Outcome outcome = LocalSearch.improve(problem, greedy, remaining, LocalSearch.Strategy.BASELINE, 42 + run);
        Duration wall = Duration.ofNanos(System.nanoTime() - start).plus(read);
        return new Run(problem.name(), solver, budgetSeconds, outcome.plan(), Objective.evaluate(problem, outcome.plan()), greedyTime.plus(read), wall, "");
    }

    /** The budget of the fresh planner run the re-planning row compares its repair with. */
    static final Duration FRESH_BUDGET = Duration.ofSeconds(1);

    /**
     * The {@code greedy(arrival)} row, once per instance (it takes no budget): the arrival-aware construction alone
     * ({@link ArrivalBoundConstruction}), Entente's first plan, so that the table shows that plan never worse than it; its time,
     * the instance's reading included, in both time columns. Run after the solvers, so that it warms nothing for them.
     */
    private static Run arrivalGreedy(ForceProblem problem, Duration read) {
        long start = System.nanoTime();
        ArrivalBoundConstruction.Construction construction = ArrivalBoundConstruction.build(problem);
        Duration took = Duration.ofNanos(System.nanoTime() - start).plus(read);
        String note = construction.bound().isPresent() ? "arrival bound " + construction.bound().getAsInt() + " h" : "the plain greedy's plan";
        return new Run(problem.name(), GREEDY_ARRIVAL, Double.NaN, construction.plan(), construction.evaluation(), took, took, note);
    }

    /**
     * The re-planning row: a tenth of the units of the last budget's Entente plan (at least one, drawn with a seed of the
     * instance's name) drop out, and {@link Replanning#repair} repairs the package {@code runs} times; the median repair by
     * objective, its repair time in both time columns. Beside it, in the note, {@code runs} fresh runs of {@link ForceGenerator#plan}
     * for {@link #FRESH_BUDGET} on the problem without the dropped units (seeds 42 and after, as the {@code entente} rows'): the
     * median's objective, its assignments changed against the chosen plan (counted as the repair's are) and its wall time, and the
     * median repaired objective over the median fresh one. Both medians: one repair against one fresh run compares two draws (on
     * the HADR instances of M, fresh one-second runs of one and the same drop differ by up to 15%). The repairs keep the product's
     * seeds ({@link Replanning.Settings#DEFAULT}), so their median takes out the timing's variation only.
     */
    private static Run replanned(ForceProblem problem, ForcePlan chosen, int runs) {
        List<String> assigned = new ArrayList<>();
        for (int u = 0; u < problem.units().size(); u++) {
            if (chosen.requirementOf(u) != ForcePlan.UNASSIGNED) {
                assigned.add(problem.units().get(u).id());
            }
        }
        java.util.Collections.shuffle(assigned, new java.util.Random(problem.name().hashCode()));
        java.util.Set<String> dropped = java.util.Set.copyOf(assigned.subList(0, Math.max(1, assigned.size() / 10)));
        List<Replanning.Repair> repairs = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            repairs.add(Replanning.repair(problem, chosen, dropped));
        }
        Replanning.Repair repair = median(repairs, Replanning.Repair::objectiveAfter);
        ForceProblem without = Replanning.without(problem, dropped);
        List<ForceGenerator.Result> freshRuns = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            freshRuns.add(ForceGenerator.plan(without, FRESH_BUDGET, 42 + run));
        }
        ForceGenerator.Result fresh = median(freshRuns, result -> result.evaluation().objective());
        int freshChanged = Replanning.changedAssignments(problem, chosen, ForcePlan.of(problem, fresh.plan().assignments(without)), dropped);
        String note = String.format(Locale.ROOT,
                "%d of %d units dropped; %d other assignments changed; objective %.0f before, %.0f refilled; fresh %ds: objective %.0f, %d changed, %d ms; repaired/fresh %.3f",
                dropped.size(), assigned.size(), repair.changedAssignments(), repair.objectiveBefore(), repair.objectiveRefilled(),
                FRESH_BUDGET.toSeconds(), fresh.evaluation().objective(), freshChanged, fresh.wall().toMillis(),
                repair.objectiveAfter() / Math.max(1, fresh.evaluation().objective()));
        return new Run(problem.name(), "replan", Double.NaN, repair.plan(), repair.evaluation(), repair.took(), repair.took(), note);
    }

    /** The median of {@code runs} by {@code objective}: the middle one, the upper of the two middle ones for an even count. */
    private static <T> T median(List<T> runs, ToDoubleFunction<T> objective) {
        return runs.stream().sorted(Comparator.comparingDouble(objective)).toList().get(runs.size() / 2);
    }

    /** CP-SAT's note: its optimum or bound and gap, or that it has no solution of its own; then the model's and its presolve's times. */
    private static String note(CpSatBaseline.Outcome outcome, Evaluation evaluation) {
        String note = switch (outcome.found()) {
            case NOTHING -> String.format(Locale.ROOT, "no solution of its own in time: none at all (hint %.0f)", outcome.hintObjective());
            case HINT_ONLY -> String.format(Locale.ROOT, "no solution of its own in time: nothing better than its hint (%.0f); bound %.0f",
                    outcome.hintObjective(), outcome.bestBound());
            case BETTER_THAN_HINT, HINT_PROVED_OPTIMAL -> {
                String own = outcome.provedOptimal() ? "optimal"
                        : String.format(Locale.ROOT, "bound %.0f, gap %.2f%%", outcome.bestBound(),
                                100 * (evaluation.objective() - outcome.bestBound()) / Math.max(1, Math.abs(evaluation.objective())));
                if (Math.abs(outcome.objective() - evaluation.objective()) > 1e-6 * Math.max(1, Math.abs(evaluation.objective()))) {
                    own += String.format(Locale.ROOT, "; cp-sat says %.0f", outcome.objective());
                }
                yield own;
            }
        };
        return note + String.format(Locale.ROOT, "; model %d ms, presolve %d ms%s", outcome.model().toMillis(), outcome.presolve().toMillis(),
                outcome.searched() ? "" : " (no search)");
    }

    private static void printBound(ForceProblem problem) {
        long start = System.nanoTime();
        double bound = LinearRelaxationBound.of(problem);
        long wall = Duration.ofNanos(System.nanoTime() - start).toMillis();
        line("%-18s %-13s %6s %14.1f %9s %7s %6s %8s %8s %7s %5s %8s %8d", problem.name(), "lp-bound", "-", bound, "-", "-", "-", "-", "-", "-",
                "-", "-", wall);
    }

    /** The longest the benchmark refines the lower bound (the product gives it {@code JobRunner}'s 2 s). */
    private static final Duration LOWER_BOUND_LIMIT = Duration.ofSeconds(60);

    /** The {@code bound} row: {@link LowerBound}'s value, its time, the force arrival it is attained at, and whether it finished. */
    private static LowerBound.Result printLowerBound(ForceProblem problem) {
        LowerBound.Result bound = LowerBound.of(problem, LOWER_BOUND_LIMIT);
        line("%-18s %-13s %6s %14.1f %9s %7s %6d %8s %8s %7s %5s %8s %8d  %s", problem.name(), "bound", "-", bound.value(), "-", "-",
                bound.arrivalHours(), "-", "-", "-", "-", "-", bound.took().toMillis(), String.format(Locale.ROOT, "%d flows, %s",
                        bound.evaluations(), bound.finished() ? "exact over the arrivals" : "cut at its limit"));
        return bound;
    }

    /** Entente's run with its certified gap in the note ({@code gap X%}), kept for the median of an M instance's budget. */
    private static Run withGap(Run run, LowerBound.Result bound, java.util.Map<Double, List<Double>> gaps) {
        if (run.evaluation().isEmpty()) {
            return run;
        }
        double gap = run.note().contains(PROVED) ? 0 : bound.gap(run.objective());
        if (run.instance().startsWith("M-")) {
            gaps.computeIfAbsent(run.budgetSeconds(), budget -> new ArrayList<>()).add(gap);
        }
        return new Run(run.instance(), run.solver(), run.budgetSeconds(), run.plan(), run.evaluation(), run.firstFeasible(), run.wall(),
                (run.note() + String.format(Locale.ROOT, "; gap %.2f%%", 100 * gap)).strip());
    }

    /** The last line: per budget, the median certified gap of Entente's plans on the M instances run. */
    private static void printMedianGaps(java.util.Map<Double, List<Double>> gaps) {
        gaps.forEach((budget, values) -> {
            List<Double> sorted = values.stream().sorted().toList();
            int n = sorted.size();
            double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
            line("median certified gap of entente on M at %.1fs: %.2f%% (%d instances)", budget, 100 * median, n);
        });
    }

    private static void print(Run run) {
        String budget = Double.isNaN(run.budgetSeconds()) ? "-" : String.format(Locale.ROOT, "%.1fs", run.budgetSeconds());
        if (run.evaluation().isEmpty()) {
            line("%-18s %-13s %6s %14s %9s %7s %6s %8s %8s %7s %5s %8s %8d  %s", run.instance(), run.solver(), budget, "-", "-", "-", "-", "-", "-",
                    "-", "-", "-", run.wall().toMillis(), run.note());
            return;
        }
        Evaluation e = run.evaluation().get();
        String note = e.feasible() ? run.note() : ("INFEASIBLE: " + e.violations().getFirst() + " " + run.note()).strip();
        line("%-18s %-13s %6s %14.0f %9d %7d %6d %8d %8d %6.2f%% %5.3f %8d %8d  %s", run.instance(), run.solver(), budget,
                e.objective(), e.shortfallPersonnel(), e.shortfallUnits(), e.maxArrivalHours(), e.overcommitPersonnel(), e.burdenDeviationPersonnel(),
                100 * e.coverage(), e.burdenDistance(), run.firstFeasible().orElseThrow().toMillis(), run.wall().toMillis(), note);
    }

    private static void line(String format, Object... values) {
        System.out.println(String.format(Locale.ROOT, format, values).stripTrailing());
    }
}
