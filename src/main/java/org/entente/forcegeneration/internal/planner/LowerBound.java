package org.entente.forcegeneration.internal.planner;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeSet;
import org.entente.forcegeneration.Contributor;
import org.entente.forcegeneration.ForceProblem;
import org.entente.forcegeneration.ForceUnit;
import org.entente.forcegeneration.Requirement;
import org.entente.forcegeneration.Weights;

/**
 * A certified lower bound on the objective of every plan of a problem that keeps the hard rules: no plan scores less, so a
 * plan scoring {@code objective} is at most {@code (objective - bound) / objective} from the best possible.
 *
 * <p>The force's arrival (its last unit's) is what the linear relaxation bounds worst: fractional assignments spread it. So
 * the bound fixes it instead, as the threshold method for bottleneck assignment problems does: a plan whose force arrives at
 * {@code T} costs {@code maxArrivalHours * T} plus the rest of its objective with only the units that arrive by {@code T},
 * which is at least {@code F(T)}, so the bound is the least {@code maxArrivalHours * T + F(T)} over {@code T} in {0} and the
 * arrival hours of the units. {@code F(T)} relaxes two things and keeps the rest exact:
 * <ul>
 *   <li>the personnel terms (short, over, off the burden shares) and each requirement's units short as a minimum-cost flow
 *       ({@link MinCostFlow}): personnel from each state through its units to the requirements. A unit's personnel may be
 *       split among the requirements it may serve (the relaxation), but what a state commits and what covers a requirement
 *       cost the convex hull of what whole units can make ({@link Hull}): a state's deviation from its target, up to its
 *       national cap; a requirement's personnel short or over and its units short, from the subset sums of the units that
 *       may serve it, by how many units they take. So a requirement of 150 that only a unit of 200 can serve costs its 50
 *       over, where a split unit would cover it exactly;</li>
 *   <li>the units short across requirements: a maximum matching of units to the requirements' minimum numbers (each unit
 *       counted once); where it leaves some short, the flow is taken again without pricing units, and the larger of the two
 *       bounds counts.</li>
 * </ul>
 * Units are aggregated by state and the requirements they may serve, so the networks have a few thousand nodes even for
 * 50,000 units. {@code F} does not grow with {@code T} (more units only help), so for an interval {@code [Ti, Tj]} of
 * candidate arrivals {@code maxArrivalHours * Ti + F(Tj)} bounds every {@code T} in it: intervals are split best first until
 * the best is a single arrival (its value is then the exact least), or the time limit stops the refinement with the
 * smallest interval bound, still a lower bound, only a weaker one.
 */
public final class LowerBound {

    /**
     * The bound: its {@code value}, the force arrival at which it is attained ({@code arrivalHours}; where cut short, the
     * lowest arrival of the best interval left), whether the refinement {@code finished} (or was cut at its time limit),
     * how many flows it evaluated, and its time.
     */
    public record Result(double value, int arrivalHours, boolean finished, int evaluations, Duration took) {

        /** How far a plan scoring {@code objective} is at most from the best possible, as a fraction of its objective. */
        public double gap(double objective) {
            return LowerBound.gap(objective, value);
        }
    }

    /**
     * How far a plan scoring {@code objective} is at most from the best possible, given a lower bound {@code bound} on every plan:
     * {@code (objective - bound) / objective}, none for an objective of zero.
     */
    public static double gap(double objective, double bound) {
        return objective <= 0 ? 0 : Math.max(0, (objective - bound) / objective);
    }

    private final ForceProblem problem;
    private final Weights weights;
    /** The candidate arrivals: 0, then each arrival hour of a unit that may serve some requirement, ascending. */
    private final int[] arrivals;
    /** Groups of units: the same state and the same requirements they may serve. */
    private final List<Group> groups = new ArrayList<>();
    private final Map<Integer, Double> evaluated = new HashMap<>();
    /** The states' hulls by state and how many of its units arrive. */
    private final Map<Long, Hull> stateHulls = new HashMap<>();
    /** Per state, and per requirement, the units that may serve (some requirement; that one), ascending arrival. */
    private final int[][] unitsOfState;
    private final int[][] unitsOfRequirement;

    /** Units of one state that may serve the same requirements; their arrivals ascending and the running sums of personnel. */
    private record Group(int state, int[] requirements, int[] arrivals, long[] personnelBy) {

        /** How many of the group's units arrive by {@code hours}. */
        int arrivingBy(int hours) {
            int low = 0;
            int high = arrivals.length;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (arrivals[mid] <= hours) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low;
        }

        long personnelArrivingBy(int hours) {
            int count = arrivingBy(hours);
            return count == 0 ? 0 : personnelBy[count - 1];
        }
    }

    private LowerBound(ForceProblem problem) {
        this.problem = problem;
        this.weights = problem.weights();
        TreeSet<Integer> hours = new TreeSet<>();
        hours.add(0);
        Map<String, List<Integer>> members = new java.util.LinkedHashMap<>();
        for (int u = 0; u < problem.units().size(); u++) {
            int[] serves = problem.requirementsOf(u);
            if (serves.length == 0) {
                continue;
            }
            hours.add(problem.units().get(u).arrivalHours());
            members.computeIfAbsent(problem.stateOf(u) + ":" + Arrays.toString(serves), key -> new ArrayList<>()).add(u);
        }
        arrivals = hours.stream().mapToInt(Integer::intValue).toArray();
        java.util.Comparator<Integer> byArrival = java.util.Comparator.comparingInt(u -> problem.units().get(u).arrivalHours());
        List<List<Integer>> ofState = new ArrayList<>();
        problem.states().forEach(state -> ofState.add(new ArrayList<>()));
        for (int u = 0; u < problem.units().size(); u++) {
            if (problem.requirementsOf(u).length > 0) {
                ofState.get(problem.stateOf(u)).add(u);
            }
        }
        unitsOfState = ofState.stream().map(units -> units.stream().sorted(byArrival).mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        unitsOfRequirement = new int[problem.requirements().size()][];
        for (int r = 0; r < unitsOfRequirement.length; r++) {
            unitsOfRequirement[r] = Arrays.stream(problem.unitsOf(r)).boxed().sorted(byArrival).mapToInt(Integer::intValue).toArray();
        }
        for (List<Integer> units : members.values()) {
            List<ForceUnit> sorted = units.stream().map(problem.units()::get)
                    .sorted(java.util.Comparator.comparingInt(ForceUnit::arrivalHours)).toList();
            int[] times = new int[sorted.size()];
            long[] sums = new long[sorted.size()];
            long sum = 0;
            for (int i = 0; i < sorted.size(); i++) {
                times[i] = sorted.get(i).arrivalHours();
                sum += sorted.get(i).personnel();
                sums[i] = sum;
            }
            int first = units.getFirst();
            groups.add(new Group(problem.stateOf(first), problem.requirementsOf(first), times, sums));
        }
    }

    /** The bound, refined until exact or until {@code limit} has passed (then the best interval's bound). */
    public static Result of(ForceProblem problem, Duration limit) {
        long began = System.nanoTime();
        long deadline = began + limit.toNanos();
        LowerBound bound = new LowerBound(problem);
        record Interval(int low, int high, double bound) {
        }
        PriorityQueue<Interval> queue = new PriorityQueue<>((x, y) -> x.bound() != y.bound() ? Double.compare(x.bound(), y.bound())
                : Integer.compare(x.low(), y.low()));
        int last = bound.arrivals.length - 1;
        queue.add(new Interval(0, last, bound.interval(0, last)));
        while (true) {
            Interval best = queue.poll();
            boolean exact = best.low() == best.high();
            if (exact || System.nanoTime() - deadline > 0) {
                return new Result(bound.rounded(best.bound()), bound.arrivals[best.low()], exact, bound.evaluated.size(),
                        Duration.ofNanos(System.nanoTime() - began));
            }
            int mid = (best.low() + best.high()) >>> 1;
            queue.add(new Interval(best.low(), mid, bound.interval(best.low(), mid)));
            queue.add(new Interval(mid + 1, best.high(), bound.interval(mid + 1, best.high())));
        }
    }

    /** With whole weights every plan's objective is whole: the bound rounded up to the next whole number is one still. */
    private double rounded(double value) {
        boolean whole = java.util.stream.DoubleStream.of(weights.shortfallPersonnel(), weights.shortfallUnits(), weights.maxArrivalHours(),
                weights.overcommitPersonnel(), weights.burdenDeviationPersonnel()).allMatch(w -> w == Math.rint(w));
        return whole ? Math.ceil(value - 1e-6) : value;
    }

    /** The bound over the candidate arrivals {@code low..high}: the arrival's cost at the earliest, the rest at the latest. */
    private double interval(int low, int high) {
        return weights.maxArrivalHours() * arrivals[low] + rest(arrivals[high]);
    }

    /**
     * F(T): a lower bound on every term but the arrival's, over the plans using only units that arrive by {@code hours}. Where
     * the units cannot meet the requirements' minimum numbers whoever serves what, the units short are priced apart and the
     * personnel's flow prices no unit; the flow that prices each requirement's units itself bounds the rest in any case.
     */
    private double rest(int hours) {
        return evaluated.computeIfAbsent(hours, t -> {
            double withUnits = personnel(t, true);
            double unitsShort = unitsShort(t);
            return unitsShort > 0 ? Math.max(withUnits, unitsShort + personnel(t, false)) : withUnits;
        });
    }

    /** The units short at least: the requirements' minimum numbers less the most units a matching gives them. */
    private double unitsShort(int hours) {
        List<Requirement> requirements = problem.requirements();
        int source = 0;
        int sink = 1 + groups.size() + requirements.size();
        MinCostFlow flow = new MinCostFlow(sink + 1);
        long wanted = 0;
        for (int g = 0; g < groups.size(); g++) {
            Group group = groups.get(g);
            int arriving = group.arrivingBy(hours);
            if (arriving == 0) {
                continue;
            }
            flow.arc(source, 1 + g, arriving, 0);
            for (int r : group.requirements()) {
                flow.arc(1 + g, 1 + groups.size() + r, MinCostFlow.UNBOUNDED, 0);
            }
        }
        for (int r = 0; r < requirements.size(); r++) {
            wanted += requirements.get(r).minUnits();
            flow.arc(1 + groups.size() + r, sink, requirements.get(r).minUnits(), -1);
        }
        double matched = -flow.solve(source, sink);
        return weights.shortfallUnits() * (wanted - matched);
    }

    /**
     * The personnel short, over and off the burden shares at least (with {@code units}, each requirement's units short too): the
     * minimum-cost flow of personnel, each state's and each requirement's cost the convex hull of what its whole units can make.
     */
    private double personnel(int hours, boolean units) {
        List<Contributor> states = problem.states();
        List<Requirement> requirements = problem.requirements();
        int source = 0;
        int firstGroup = 1 + states.size();
        int firstRequirement = firstGroup + groups.size();
        int sink = firstRequirement + requirements.size();
        MinCostFlow flow = new MinCostFlow(sink + 1);
        double constant = 0;
        for (int s = 0; s < states.size(); s++) {
            Hull hull = stateHull(s, hours);
            constant += hull.atZero();
            for (Hull.Segment segment : hull.segments()) {
                flow.arc(source, 1 + s, segment.length(), segment.slope());
            }
        }
        for (int g = 0; g < groups.size(); g++) {
            Group group = groups.get(g);
            long arriving = group.personnelArrivingBy(hours);
            if (arriving == 0) {
                continue;
            }
            flow.arc(1 + group.state(), firstGroup + g, arriving, 0);
            for (int r : group.requirements()) {
                flow.arc(firstGroup + g, firstRequirement + r, MinCostFlow.UNBOUNDED, 0);
            }
        }
        for (int r = 0; r < requirements.size(); r++) {
            Hull hull = Hull.ofRequirement(requirements.get(r), personnelBy(unitsOfRequirement[r], hours), weights, units);
            constant += hull.atZero();
            for (Hull.Segment segment : hull.segments()) {
                flow.arc(firstRequirement + r, sink, segment.length(), segment.slope());
            }
        }
        return constant + flow.solve(source, sink);
    }

    /** State {@code s}'s hull with the units that arrive by {@code hours}; kept, as both flows of an arrival ask it. */
    private Hull stateHull(int s, int hours) {
        int arriving = arrivingBy(unitsOfState[s], hours);
        return stateHulls.computeIfAbsent((long) s << 32 | arriving,
                key -> Hull.ofState(problem.states().get(s), personnel(unitsOfState[s], arriving), weights.burdenDeviationPersonnel()));
    }

    /** The personnel of the units (by index, ascending arrival) that arrive by {@code hours}. */
    private int[] personnelBy(int[] unitsByArrival, int hours) {
        return personnel(unitsByArrival, arrivingBy(unitsByArrival, hours));
    }

    /** How many of the units (ascending arrival) arrive by {@code hours}. */
    private int arrivingBy(int[] unitsByArrival, int hours) {
        int count = 0;
        while (count < unitsByArrival.length && problem.units().get(unitsByArrival[count]).arrivalHours() <= hours) {
            count++;
        }
        return count;
    }

    private int[] personnel(int[] unitsByArrival, int count) {
        int[] personnel = new int[count];
        for (int i = 0; i < count; i++) {
            personnel[i] = problem.units().get(unitsByArrival[i]).personnel();
        }
        return personnel;
    }
}
