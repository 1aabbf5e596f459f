package org.entente.forcegeneration.bench;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.List;
import org.entente.forcegeneration.ForceProblem;

/**
 * A lower bound on any plan's objective: the optimum of {@link ForceGenerationModel}'s linear
 * relaxation (every variable continuous, the booleans in [0, 1]), solved by OR-Tools' GLOP.
 */
final class LinearRelaxationBound {

    static {
        Loader.loadNativeLibraries();
    }

    private LinearRelaxationBound() {
    }

    /** The relaxation's optimum, in the instance's units. */
    static double of(ForceProblem problem) {
        ForceGenerationModel model = ForceGenerationModel.of(problem);
        MPSolver solver = MPSolver.createSolver("GLOP");
        if (solver == null) {
            throw new IllegalStateException("OR-Tools has no GLOP");
        }
        try {
            List<ForceGenerationModel.Variable> variables = model.variables();
            MPVariable[] vars = new MPVariable[variables.size()];
            MPObjective objective = solver.objective();
            for (int v = 0; v < vars.length; v++) {
                vars[v] = solver.makeNumVar(0, variables.get(v).upperBound(), variables.get(v).name());
                objective.setCoefficient(vars[v], model.objectiveCoefficient(v));
            }
            objective.setMinimization();
            for (ForceGenerationModel.Constraint constraint : model.constraints()) {
                MPConstraint row = solver.makeConstraint(side(constraint.lower(), -MPSolver.infinity()), side(constraint.upper(), MPSolver.infinity()),
                        constraint.name());
                for (int i = 0; i < constraint.variables().length; i++) {
                    row.setCoefficient(vars[constraint.variables()[i]], constraint.coefficients()[i]);
                }
            }
            MPSolver.ResultStatus status = solver.solve();
            if (status != MPSolver.ResultStatus.OPTIMAL) {
                throw new IllegalStateException("GLOP answers " + status + " on the relaxation of " + problem.name());
            }
            return objective.value() / model.objectiveScale();
        } finally {
            solver.delete();
        }
    }

    private static double side(long bound, double none) {
        return bound == ForceGenerationModel.NONE ? none : bound;
    }
}
