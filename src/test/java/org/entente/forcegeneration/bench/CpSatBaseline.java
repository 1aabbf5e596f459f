package org.entente.forcegeneration.bench;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.entente.forcegeneration.ForcePlan;
import org.entente.forcegeneration.ForceProblem;

/**
 * The benchmark's exact baseline: OR-Tools CP-SAT on {@link ForceGenerationModel} (a boolean per
 * eligible pair), warm-started with a hint for every variable taken from a given plan, on 2 workers.
 * The time limit covers building the model and solving; loading OR-Tools' native library (once, when
 * this class is first used) does not count.
 */
final class CpSatBaseline {

    static final int WORKERS = 2;

    static {
        Loader.loadNativeLibraries();
    }

    /**
     * What CP-SAT found: its best plan (none if it found no solution in time), whether it proved that
     * plan optimal, the plan's objective as CP-SAT computes it and its best lower bound (both in the
     * instance's units), and when it found its first solution and stopped, counted from the call.
     */
    record Outcome(Optional<ForcePlan> plan, boolean provedOptimal, double objective, double bestBound, Optional<Duration> firstSolution,
                   Duration wall) {
    }

    private CpSatBaseline() {
    }

    static Outcome solve(ForceProblem problem, ForcePlan hint, Duration timeLimit, int seed) {
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
        for (int v = 0; v < vars.length; v++) {
            cp.addHint(vars[v], hinted[v]);
        }

        CpSolver solver = new CpSolver();
        double remaining = (timeLimit.toNanos() - (System.nanoTime() - start)) / 1e9;
        solver.getParameters().setMaxTimeInSeconds(Math.max(remaining, 0.001)).setNumWorkers(WORKERS).setRandomSeed(seed);
        AtomicLong first = new AtomicLong(-1);
        CpSolverStatus status = solver.solve(cp, new CpSolverSolutionCallback() {
            @Override
            public void onSolutionCallback() {
                first.compareAndSet(-1, System.nanoTime() - start);
            }
        });
        Duration wall = Duration.ofNanos(System.nanoTime() - start);
        Optional<Duration> firstSolution = first.get() < 0 ? Optional.empty() : Optional.of(Duration.ofNanos(first.get()));
        double scale = model.objectiveScale();
        return switch (status) {
            case OPTIMAL, FEASIBLE -> new Outcome(Optional.of(model.planOf(k -> solver.value(vars[k]) == 1)), status == CpSolverStatus.OPTIMAL,
                    solver.objectiveValue() / scale, solver.bestObjectiveBound() / scale, firstSolution, wall);
            case UNKNOWN -> new Outcome(Optional.empty(), false, Double.NaN, solver.bestObjectiveBound() / scale, firstSolution, wall);
            case INFEASIBLE, MODEL_INVALID, UNRECOGNIZED ->
                    throw new IllegalStateException("CP-SAT answers " + status + " on " + problem.name() + ": " + cp.validate());
        };
    }
}
