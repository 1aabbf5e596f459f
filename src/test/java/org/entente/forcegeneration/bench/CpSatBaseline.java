package org.entente.forcegeneration.bench;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.SatParameters;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.forcegeneration.ForcePlan;
import org.entente.forcegeneration.ForceProblem;
import org.entente.forcegeneration.Objective;

/**
 * The benchmark's exact baseline: OR-Tools CP-SAT on {@link ForceGenerationModel} (a boolean per
 * eligible pair), warm-started with a hint for every variable taken from a given plan, on 2 workers.
 * The time limit covers building the model and solving; loading OR-Tools' native library (once, when
 * this class is first used) does not count.
 *
 * <p>CP-SAT checks a complete hint once its presolve is done and keeps it as its first solution, so a
 * solution it returns may be nothing but its hint; the outcome tells a plan of its own (better than its hint,
 * or its hint proved optimal, as {@link Objective} scores the two) from its hint ({@link Found}), and how long the model's building and CP-SAT's
 * presolve took, read from CP-SAT's own log.
 */
final class CpSatBaseline {

    static final int WORKERS = 2;

    private static final Pattern PRESOLVE_STARTS = Pattern.compile("^Starting presolve at ([0-9.]+)s$", Pattern.MULTILINE);
    private static final Pattern SEARCH_STARTS = Pattern.compile("^Starting search at ([0-9.]+)s", Pattern.MULTILINE);

    static {
        Loader.loadNativeLibraries();
    }

    /** What CP-SAT has to show against its hint. */
    enum Found {
        /** A plan better than its hint (proved optimal or not). */
        BETTER_THAN_HINT,
        /** Its hint, which it proved optimal. */
        HINT_PROVED_OPTIMAL,
        /** Nothing better than its hint, not proved optimal: the hint is all it has. */
        HINT_ONLY,
        /** No solution at all: the time ran out before CP-SAT took its hint (in its presolve, on M at 1 s). */
        NOTHING;

        /** The verdict on CP-SAT's answer, given its plan's objective and its hint's, both as {@link Objective} scores them. */
        static Found of(CpSolverStatus status, double objective, double hinted) {
            return switch (status) {
                case OPTIMAL -> objective < hinted ? BETTER_THAN_HINT : HINT_PROVED_OPTIMAL;
                case FEASIBLE -> objective < hinted ? BETTER_THAN_HINT : HINT_ONLY;
                case UNKNOWN -> NOTHING;
                case INFEASIBLE, MODEL_INVALID, UNRECOGNIZED -> throw new IllegalArgumentException("no verdict on " + status);
            };
        }

        /** Whether CP-SAT has a result of its own: a better plan, or the proof that its hint is optimal. */
        boolean own() {
            return this == BETTER_THAN_HINT || this == HINT_PROVED_OPTIMAL;
        }
    }

    /**
     * What CP-SAT found ({@link Found}): its plan where it has one of its own (none where it returned only its
     * hint or nothing), whether it proved that plan optimal, the plan's objective as CP-SAT computes it (NaN
     * without one) and its best lower bound (both in the instance's units), the hint's objective (as {@link Objective} scores it), when it found its
     * first solution better than the hint, counted from the call, and how long the call took: building the model,
     * CP-SAT's presolve (from its start to the start of its search, or to its end where it never searched) and
     * all of it. The first solution is the first that CP-SAT's own objective puts below its hint's (which it never puts lower
     * than {@link Objective} does: see {@link ForceGenerationModel}).
     */
    record Outcome(Found found, Optional<ForcePlan> plan, boolean provedOptimal, double objective, double bestBound, double hintObjective,
                   Optional<Duration> firstSolution, Duration model, Duration presolve, boolean searched, Duration wall) {

        Outcome {
            if (plan.isPresent() != found.own()) {
                throw new IllegalArgumentException("a plan goes with a result of CP-SAT's own, and only with one: " + found);
            }
        }
    }

    private CpSatBaseline() {
    }

    static Outcome solve(ForceProblem problem, ForcePlan hint, Duration timeLimit, int seed) {
        return solve(problem, hint, timeLimit, seed, parameters -> {
        });
    }

    /** As {@link #solve(ForceProblem, ForcePlan, Duration, int)}, with CP-SAT's parameters changed by {@code tuning} last (for the tests). */
    static Outcome solve(ForceProblem problem, ForcePlan hint, Duration timeLimit, int seed, Consumer<SatParameters.Builder> tuning) {
        long start = System.nanoTime();
        ForceGenerationModel model = ForceGenerationModel.of(problem);
        CpModel cp = new CpModel();
        List<ForceGenerationModel.Variable> variables = model.variables();
        IntVar[] vars = new IntVar[variables.size()];
        for (int v = 0; v < vars.length; v++) {
            ForceGenerationModel.Variable variable = variables.get(v);
            vars[v] = variable.binary() ? cp.newBoolVar(variable.name()) : cp.newIntVar(0, variable.upperBound(), variable.name());
        }
        for (ForceGenerationModel.Constraint constraint : model.constraints()) {
            IntVar[] terms = new IntVar[constraint.variables().length];
            for (int i = 0; i < terms.length; i++) {
                terms[i] = vars[constraint.variables()[i]];
            }
            LinearExpr sum = LinearExpr.weightedSum(terms, constraint.coefficients());
            if (constraint.lower() == ForceGenerationModel.NONE) {
                cp.addLessOrEqual(sum, constraint.upper());
            } else if (constraint.upper() == ForceGenerationModel.NONE) {
                cp.addGreaterOrEqual(sum, constraint.lower());
            } else {
                cp.addLinearConstraint(sum, constraint.lower(), constraint.upper());
            }
        }
        long[] coefficients = new long[vars.length];
        for (int v = 0; v < vars.length; v++) {
            coefficients[v] = model.objectiveCoefficient(v);
        }
        cp.minimize(LinearExpr.weightedSum(vars, coefficients));
        long[] hinted = model.valuesOf(hint);
        long hintModelObjective = 0;
        for (int v = 0; v < vars.length; v++) {
            cp.addHint(vars[v], hinted[v]);
            hintModelObjective += coefficients[v] * hinted[v];
        }
        long built = System.nanoTime() - start;

        CpSolver solver = new CpSolver();
        double remaining = (timeLimit.toNanos() - (System.nanoTime() - start)) / 1e9;
        // The log goes to the response only, for the presolve's time; it changes nothing in the search.
        solver.getParameters().setMaxTimeInSeconds(Math.max(remaining, 0.001)).setNumWorkers(WORKERS).setRandomSeed(seed)
                .setLogSearchProgress(true).setLogToStdout(false).setLogToResponse(true);
        tuning.accept(solver.getParameters());
        AtomicLong first = new AtomicLong(-1);
        long hintBeaten = hintModelObjective;
        CpSolverStatus status = solver.solve(cp, new CpSolverSolutionCallback() {
            @Override
            public void onSolutionCallback() {
                if (Math.round(objectiveValue()) < hintBeaten) {
                    first.compareAndSet(-1, System.nanoTime() - start);
                }
            }
        });
        Duration wall = Duration.ofNanos(System.nanoTime() - start);
        String log = solver.response().getSolveLog();
        Matcher presolveStarts = PRESOLVE_STARTS.matcher(log);
        Matcher searchStarts = SEARCH_STARTS.matcher(log);
        double presolveFrom = presolveStarts.find() ? Double.parseDouble(presolveStarts.group(1)) : 0;
        boolean searched = searchStarts.find();
        double presolveUntil = searched ? Double.parseDouble(searchStarts.group(1)) : solver.wallTime();
        Duration presolve = Duration.ofNanos(Math.round(Math.max(0, presolveUntil - presolveFrom) * 1e9));
        Optional<Duration> firstSolution = first.get() < 0 ? Optional.empty() : Optional.of(Duration.ofNanos(first.get()));
        double scale = model.objectiveScale();
        if (status == CpSolverStatus.INFEASIBLE || status == CpSolverStatus.MODEL_INVALID || status == CpSolverStatus.UNRECOGNIZED) {
            throw new IllegalStateException("CP-SAT answers " + status + " on " + problem.name() + ": " + cp.validate());
        }
        boolean answered = status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE;
        Optional<ForcePlan> answer = answered ? Optional.of(model.planOf(k -> solver.value(vars[k]) == 1)) : Optional.empty();
        double hintObjective = Objective.evaluate(problem, hint).objective();
        Found found = Found.of(status, answer.map(plan -> Objective.evaluate(problem, plan).objective()).orElse(Double.POSITIVE_INFINITY),
                hintObjective);
        return new Outcome(found, found.own() ? answer : Optional.empty(), status == CpSolverStatus.OPTIMAL,
                answered ? solver.objectiveValue() / scale : Double.NaN, solver.bestObjectiveBound() / scale, hintObjective, firstSolution,
                Duration.ofNanos(built), presolve, searched, wall);
    }
}
