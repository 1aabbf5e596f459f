package org.entente.forcegeneration.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import org.entente.forcegeneration.Contributor;
import org.entente.forcegeneration.ForcePlan;
import org.entente.forcegeneration.ForceProblem;
import org.entente.forcegeneration.Requirement;
import org.entente.forcegeneration.Weights;

/**
 * The exact force-generation problem as a mixed-integer linear model, written once and handed to
 * CP-SAT ({@link CpSatBaseline}, integral) and to GLOP ({@link LinearRelaxationBound}, the booleans
 * relaxed to [0, 1]). All variables are at least 0:
 * <ul>
 *   <li>{@code x[k]}, boolean, for each eligible (unit, requirement) pair {@code k} ({@link #pairs()} of them, first);</li>
 *   <li>per requirement r: {@code short[r] >= P_r - covered_r}, {@code over[r] >= covered_r - P_r},
 *       {@code unitsShort[r] >= minUnits_r - count_r}, where {@code covered_r = sum personnel_u x[u,r]}
 *       and {@code count_r = sum x[u,r]};</li>
 *   <li>{@code arrival >= arrival_u * sum_r x[u,r]} for each unit u (a unit serves at most once, so this
 *       is the force's latest arrival, and tighter in the relaxation than one inequality per pair);</li>
 *   <li>per state s: {@code dev[s] >= committed_s - target_s} and {@code dev[s] >= target_s - committed_s};</li>
 *   <li>hard rules: {@code sum_r x[u,r] <= 1} per unit, {@code committed_s <= cap_s} per state (only where
 *       the state's eligible units could exceed its cap).</li>
 * </ul>
 * Every variable but the {@code x} has a positive weight in the objective, so at an optimum each is the
 * {@code max(0, ...)} or {@code |...|} of {@link org.entente.forcegeneration.Objective}; a plan's values
 * ({@link #valuesOf}) are the least each constraint allows, which makes the model's objective of a plan
 * equal to the Objective's (a test checks that on every S instance).
 *
 * <p>CP-SAT wants integral coefficients: the weights are multiplied by the least power of ten (at most
 * 10^6) that makes them all integral, {@link #objectiveScale()}, and the model's objective is divided by
 * it again. The benchmark instances have integral weights, so the scale is 1 there.
 */
final class ForceGenerationModel {

    static final long NONE = Long.MAX_VALUE;

    /** A variable from 0 to {@code upperBound}, boolean or integral. */
    record Variable(String name, long upperBound, boolean binary) {
    }

    /** {@code lower <= sum coefficient[i] * variable[i] <= upper}, {@link #NONE} for a side that is not bounded. */
    record Constraint(String name, int[] variables, long[] coefficients, long lower, long upper) {

        Constraint {
            if (variables.length != coefficients.length) {
                throw new IllegalArgumentException("one coefficient per variable: " + name);
            }
            variables = variables.clone();
            coefficients = coefficients.clone();
        }
    }

    private final ForceProblem problem;
    private final int[] unitOfPair;
    private final int[] requirementOfPair;
    private final List<Variable> variables = new ArrayList<>();
    private final List<Constraint> constraints = new ArrayList<>();
    private final long[] objective;
    private final long objectiveScale;

    private ForceGenerationModel(ForceProblem problem) {
        this.problem = problem;
        int units = problem.units().size();
        int requirements = problem.requirements().size();
        int states = problem.states().size();
        int pairs = Math.toIntExact(problem.eligiblePairs());
        unitOfPair = new int[pairs];
        requirementOfPair = new int[pairs];
        List<List<Integer>> pairsOfRequirement = new ArrayList<>();
        List<List<Integer>> pairsOfState = new ArrayList<>();
        problem.requirements().forEach(r -> pairsOfRequirement.add(new ArrayList<>()));
        problem.states().forEach(s -> pairsOfState.add(new ArrayList<>()));
        int[][] pairsOfUnit = new int[units][];
        long[] supplyOfState = new long[states];
        int latestArrival = 0;
        int k = 0;
        for (int u = 0; u < units; u++) {
            int[] eligible = problem.requirementsOf(u);
            pairsOfUnit[u] = new int[eligible.length];
            for (int i = 0; i < eligible.length; i++, k++) {
                unitOfPair[k] = u;
                requirementOfPair[k] = eligible[i];
                pairsOfUnit[u][i] = k;
                pairsOfRequirement.get(eligible[i]).add(k);
                pairsOfState.get(problem.stateOf(u)).add(k);
                variables.add(new Variable("x_" + problem.units().get(u).id() + "_" + problem.requirements().get(eligible[i]).id(), 1, true));
            }
            if (eligible.length > 0) {
                supplyOfState[problem.stateOf(u)] += problem.units().get(u).personnel();
                latestArrival = Math.max(latestArrival, problem.units().get(u).arrivalHours());
            }
        }

        objectiveScale = scaleOf(problem.weights());
        List<Long> weightOfVariable = new ArrayList<>();
        for (int p = 0; p < pairs; p++) {
            weightOfVariable.add(0L);
        }
        Weights w = problem.weights();
        for (int r = 0; r < requirements; r++) {
            Requirement requirement = problem.requirements().get(r);
            String id = requirement.id();
            int[] served = ints(pairsOfRequirement.get(r));
            long[] personnel = personnelOf(served);
            long supply = 0;
            for (long p : personnel) {
                supply += p;
            }
            int shortfall = add(new Variable("short_" + id, requirement.personnel(), false), scaled(w.shortfallPersonnel()), weightOfVariable);
            constraints.add(new Constraint("cover_" + id, append(served, shortfall), append(personnel, 1), requirement.personnel(), NONE));
            int overcommit = add(new Variable("over_" + id, supply, false), scaled(w.overcommitPersonnel()), weightOfVariable);
            constraints.add(new Constraint("over_" + id, append(served, overcommit), append(personnel, -1), NONE, requirement.personnel()));
            int unitsShort = add(new Variable("unitsShort_" + id, requirement.minUnits(), false), scaled(w.shortfallUnits()), weightOfVariable);
            constraints.add(new Constraint("units_" + id, append(served, unitsShort), append(ones(served.length), 1), requirement.minUnits(), NONE));
        }
        int arrival = add(new Variable("arrival", latestArrival, false), scaled(w.maxArrivalHours()), weightOfVariable);
        for (int u = 0; u < units; u++) {
            int[] own = pairsOfUnit[u];
            if (own.length == 0) {
                continue;
            }
            String id = problem.units().get(u).id();
            if (own.length > 1) {
                constraints.add(new Constraint("once_" + id, own, ones(own.length), NONE, 1));
            }
            long[] hours = new long[own.length];
            Arrays.fill(hours, problem.units().get(u).arrivalHours());
            constraints.add(new Constraint("arrival_" + id, append(own, arrival), append(hours, -1), NONE, 0));
        }
        for (int s = 0; s < states; s++) {
            Contributor state = problem.states().get(s);
            int[] own = ints(pairsOfState.get(s));
            long[] personnel = personnelOf(own);
            if (supplyOfState[s] > state.nationalCapPersonnel()) {
                constraints.add(new Constraint("cap_" + state.id(), own, personnel, NONE, state.nationalCapPersonnel()));
            }
            long most = Math.max(state.targetPersonnel(), Math.min(supplyOfState[s], state.nationalCapPersonnel()));
            int deviation = add(new Variable("dev_" + state.id(), most, false), scaled(w.burdenDeviationPersonnel()), weightOfVariable);
            constraints.add(new Constraint("above_" + state.id(), append(own, deviation), append(personnel, -1), NONE, state.targetPersonnel()));
            constraints.add(new Constraint("below_" + state.id(), append(own, deviation), append(personnel, 1), state.targetPersonnel(), NONE));
        }
        objective = weightOfVariable.stream().mapToLong(Long::longValue).toArray();
    }

    static ForceGenerationModel of(ForceProblem problem) {
        return new ForceGenerationModel(problem);
    }

    List<Variable> variables() {
        return variables;
    }

    List<Constraint> constraints() {
        return constraints;
    }

    /** The objective's coefficient of each variable (the weights times {@link #objectiveScale()}). */
    long objectiveCoefficient(int variable) {
        return objective[variable];
    }

    /** What the weights were multiplied by to make them integral: divide the model's objective by it. */
    long objectiveScale() {
        return objectiveScale;
    }

    /** The eligible pairs: variables {@code 0 .. pairs()-1} are their {@code x}. */
    int pairs() {
        return unitOfPair.length;
    }

    /** The plan that takes the pairs whose {@code x} is 1 ({@code chosen} tells, by pair). */
    ForcePlan planOf(IntPredicate chosen) {
        int[] plan = ForcePlan.empty(problem).requirementOfUnit();
        for (int k = 0; k < pairs(); k++) {
            if (chosen.test(k)) {
                if (plan[unitOfPair[k]] != ForcePlan.UNASSIGNED) {
                    throw new IllegalStateException("unit " + problem.units().get(unitOfPair[k]).id() + " is chosen twice");
                }
                plan[unitOfPair[k]] = requirementOfPair[k];
            }
        }
        return new ForcePlan(plan);
    }

    /**
     * The value of every variable for {@code plan} (which must assign only eligible pairs): the {@code x}
     * of its pairs, and each other variable at the least value its constraints allow, which is the term of
     * the objective it stands for. A solver's hint.
     */
    long[] valuesOf(ForcePlan plan) {
        long[] values = new long[variables.size()];
        long taken = 0;
        for (int k = 0; k < pairs(); k++) {
            values[k] = plan.requirementOf(unitOfPair[k]) == requirementOfPair[k] ? 1 : 0;
            taken += values[k];
        }
        if (taken != plan.assignments(problem).size()) {
            throw new IllegalArgumentException("the plan assigns a unit to a requirement it may not serve");
        }
        for (Constraint constraint : constraints) {
            long pairsPart = 0;
            int slack = -1;
            long slackCoefficient = 0;
            for (int i = 0; i < constraint.variables().length; i++) {
                int v = constraint.variables()[i];
                if (v < pairs()) {
                    pairsPart += constraint.coefficients()[i] * values[v];
                } else {
                    slack = v;
                    slackCoefficient = constraint.coefficients()[i];
                }
            }
            if (slack < 0) {
                continue;
            }
            // lower <= pairsPart + c * slack (c > 0) or pairsPart + c * slack <= upper (c < 0): the least slack that holds.
            long least = slackCoefficient > 0
                    ? (constraint.lower() == NONE ? 0 : ceilDiv(constraint.lower() - pairsPart, slackCoefficient))
                    : (constraint.upper() == NONE ? 0 : ceilDiv(pairsPart - constraint.upper(), -slackCoefficient));
            values[slack] = Math.max(values[slack], least);
        }
        return values;
    }

    /** The model's objective for {@code values}, in the instance's units (divided by {@link #objectiveScale()}). */
    double objectiveOf(long[] values) {
        long total = 0;
        for (int v = 0; v < values.length; v++) {
            total += objective[v] * values[v];
        }
        return (double) total / objectiveScale;
    }

    private int add(Variable variable, long weight, List<Long> weightOfVariable) {
        variables.add(variable);
        weightOfVariable.add(weight);
        return variables.size() - 1;
    }

    private long scaled(double weight) {
        return Math.round(weight * objectiveScale);
    }

    private static long scaleOf(Weights w) {
        double[] weights = {w.shortfallPersonnel(), w.shortfallUnits(), w.maxArrivalHours(), w.overcommitPersonnel(), w.burdenDeviationPersonnel()};
        long scale = 1;
        for (double weight : weights) {
            int places = Math.max(0, new BigDecimal(Double.toString(weight)).stripTrailingZeros().scale());
            if (places > 6) {
                throw new IllegalArgumentException("a weight with more than 6 decimal places cannot be scaled to integers: " + weight);
            }
            scale = Math.max(scale, BigDecimal.TEN.pow(places).longValueExact());
        }
        return scale;
    }

    private long[] personnelOf(int[] pairsOf) {
        long[] personnel = new long[pairsOf.length];
        for (int i = 0; i < pairsOf.length; i++) {
            personnel[i] = problem.units().get(unitOfPair[pairsOf[i]]).personnel();
        }
        return personnel;
    }

    private static long ceilDiv(long numerator, long denominator) {
        return Math.ceilDiv(numerator, denominator);
    }

    private static int[] ints(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    private static long[] ones(int n) {
        long[] ones = new long[n];
        Arrays.fill(ones, 1);
        return ones;
    }

    private static int[] append(int[] array, int last) {
        int[] longer = Arrays.copyOf(array, array.length + 1);
        longer[array.length] = last;
        return longer;
    }

    private static long[] append(long[] array, long last) {
        long[] longer = Arrays.copyOf(array, array.length + 1);
        longer[array.length] = last;
        return longer;
    }
}
