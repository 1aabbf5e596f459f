package org.entente.forcegeneration.internal.planner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.entente.forcegeneration.Contributor;
import org.entente.forcegeneration.Evaluation;
import org.entente.forcegeneration.ForcePlan;
import org.entente.forcegeneration.ForceProblem;
import org.entente.forcegeneration.Objective;

/**
 * The first plan, arrival-aware. The greedy construction ({@link GreedyConstruction}) weighs a person short
 * far above an hour of the force's arrival or a person off a burden share, so it takes the largest units
 * however late they come and whoever sends them. This construction searches the arrival bound instead, as
 * the best greedy does: the earliest bound T (among the distinct arrival hours of the units some requirement
 * may take, by binary search) at which the greedy, allowed only the units that arrive by T, still covers
 * every requirement with nothing short; then the greedy under a few bounds after T (a slightly later force
 * can share the burden much better): the next distinct hours ({@link #LATER}) and a few spread up to the
 * latest ({@link #SPREAD}). Under a bound the greedy fills burden shares first: every requirement first with
 * units that keep their state within its burden target, then what is left with any unit. Of those plans and
 * the unrestricted greedy's, it keeps the best by {@link Objective}; so it is never worse than the greedy
 * construction, and its plan is as feasible (national caps kept).
 *
 * <p>The binary search takes covering to be monotone in T, as it is where the national caps do not bind;
 * where they do, the greedy under a later bound could cover less, and the search finds a covering bound, not
 * always the earliest.
 */
public final class ArrivalBoundConstruction {

    /** Besides the earliest covering bound, the greedy tries the bounds this many distinct arrival hours after it. */
    static final int[] LATER = {1, 4, 16};

    /** ... and the bounds that divide the distinct hours from the earliest covering one to the latest in this many parts. */
    static final int SPREAD = 4;

    /**
     * The plan, its evaluation, and the arrival bound it was built under (none for the unrestricted greedy's plan); and the plain
     * greedy's plan, for a search that starts elsewhere.
     */
    public record Construction(ForcePlan plan, Evaluation evaluation, OptionalInt bound, ForcePlan greedy) {
    }

    private record Candidate(PlanState state, OptionalInt bound) {
    }

    private final ForceProblem problem;
    private final GreedyConstruction greedy;
    /** The distinct arrival hours of the units some requirement may take, earliest first. */
    private final int[] hours;
    /** Each state's burden target, by index. */
    private final int[] targets;

    private ArrivalBoundConstruction(ForceProblem problem) {
        this.problem = problem;
        this.greedy = new GreedyConstruction(problem);
        this.hours = IntStream.range(0, problem.units().size())
                .filter(u -> problem.requirementsOf(u).length > 0)
                .map(u -> problem.units().get(u).arrivalHours())
                .distinct().sorted().toArray();
        this.targets = problem.states().stream().mapToInt(Contributor::targetPersonnel).toArray();
    }

    /** The best of the greedy's plans under the bounds tried and unrestricted, by {@link Objective} (the first of equals). */
    public static Construction build(ForceProblem problem) {
        return build(problem, Long.MAX_VALUE);
    }

    /**
     * As above, but making no more plans once {@link System#nanoTime()} has passed {@code deadline} (the plain greedy's plan is
     * always made, and the others in the order they most often win: unbounded, the bounds spread, then the earliest and those just
     * after it): the best of those made.
     */
    public static Construction build(ForceProblem problem, long deadline) {
        Construction best = null;
        for (Construction candidate : new ArrivalBoundConstruction(problem).candidates(deadline)) {
            // The first is the plain greedy's.
            if (best == null || candidate.evaluation().objective() < best.evaluation().objective()) {
                best = candidate;
            }
        }
        return best;
    }

    /**
     * The plans it chooses from: the unrestricted greedy's; the greedy's under the earliest covering bound; and, burden shares
     * first, under that bound, the bounds after it and the latest (where some bound covers every requirement).
     */
    static List<Construction> candidates(ForceProblem problem) {
        return new ArrivalBoundConstruction(problem).candidates(Long.MAX_VALUE);
    }

    /** The earliest arrival bound at which the greedy covers every requirement, by binary search; none where even the latest does not. */
    static OptionalInt earliestCoveringBound(ForceProblem problem) {
        ArrivalBoundConstruction construction = new ArrivalBoundConstruction(problem);
        Candidate earliest = construction.earliestCovering(construction.greedy.fill(new PlanState(problem, ForcePlan.empty(problem)), u -> true),
                Long.MAX_VALUE);
        return earliest == null ? OptionalInt.empty() : earliest.bound();
    }

    /** The greedy's plan with only the units that arrive by {@code bound}. */
    static ForcePlan greedyBy(ForceProblem problem, int bound) {
        return new GreedyConstruction(problem).arrivingBy(bound).fill(new PlanState(problem, ForcePlan.empty(problem)), u -> true).plan();
    }

    /** Whether {@code plan} leaves no requirement short of personnel or units. */
    static boolean coversEveryRequirement(ForceProblem problem, ForcePlan plan) {
        return covers(problem, new PlanState(problem, plan));
    }

    private List<Construction> candidates(long deadline) {
        List<Candidate> candidates = new ArrayList<>();
        PlanState unrestricted = greedy.fill(new PlanState(problem, ForcePlan.empty(problem)), u -> true);
        candidates.add(new Candidate(unrestricted, OptionalInt.empty()));
        if (hours.length == 0) {
            return evaluated(candidates);
        }
        int latest = hours.length - 1;
        if (System.nanoTime() < deadline) {
            candidates.add(new Candidate(sharesFirst(hours[latest]), OptionalInt.of(hours[latest])));
        }
        Candidate earliest = System.nanoTime() < deadline ? earliestCovering(unrestricted, deadline) : null;
        if (earliest != null && earliest.bound().isPresent()) {
            candidates.add(earliest);
            int first = Arrays.binarySearch(hours, earliest.bound().getAsInt());
            Set<Integer> tried = new LinkedHashSet<>();
            for (int part = SPREAD - 1; part > 0; part--) {
                tried.add(first + (latest - first) * part / SPREAD);
            }
            tried.add(first);
            for (int later : LATER) {
                tried.add(Math.min(latest, first + later));
            }
            tried.remove(latest);
            // Independent of each other: on as many cores as there are.
            candidates.addAll(tried.stream().parallel()
                    .filter(i -> System.nanoTime() < deadline)
                    .map(i -> new Candidate(sharesFirst(hours[i]), OptionalInt.of(hours[i])))
                    .toList());
        }
        return evaluated(candidates);
    }

    private List<Construction> evaluated(List<Candidate> candidates) {
        ForcePlan greedy = candidates.getFirst().state().plan();
        return candidates.stream().map(candidate -> {
            ForcePlan plan = candidate.state().plan();
            return new Construction(plan, Objective.evaluate(problem, plan), candidate.bound(), greedy);
        }).toList();
    }

    /**
     * The greedy's plan under the earliest bound at which it covers every requirement, found by binary search; null where even the
     * latest bound does not (under which the greedy takes what it takes unrestricted: {@code unrestricted}). Past {@code deadline},
     * the earliest covering bound found so far (the unrestricted plan, with no bound, where none was).
     */
    private Candidate earliestCovering(PlanState unrestricted, long deadline) {
        if (hours.length == 0 || !covers(problem, unrestricted)) {
            return null;
        }
        Earliest earliest = earliest(hours, hour -> {
            PlanState plan = new PlanState(problem, ForcePlan.empty(problem));
            return greedy.arrivingBy(hour).fillCovering(plan, u -> true) ? plan : null;
        }, deadline);
        if (earliest.plan() == null) {
            return new Candidate(unrestricted, earliest.finished() ? OptionalInt.of(hours[earliest.index()]) : OptionalInt.empty());
        }
        return new Candidate(earliest.plan(), OptionalInt.of(hours[earliest.index()]));
    }

    /**
     * What {@link #earliest} finds: the plan under the earliest bound found to cover (null where none before the last, which is
     * taken to cover), that bound's index, and whether the search ended before its deadline.
     */
    record Earliest(PlanState plan, int index, boolean finished) {
    }

    /**
     * The earliest of {@code bounds} (ascending) under which {@code coveringUnder} makes a plan that covers (it returns the plan, or
     * null where it does not), by bisection: the last bound is taken to cover, and covering to be monotone in the bound. Past
     * {@code deadline} ({@link System#nanoTime()}), the earliest found so far. Shared with re-planning's refill
     * ({@link Replanning}).
     */
    static Earliest earliest(int[] bounds, IntFunction<PlanState> coveringUnder, long deadline) {
        int low = 0;
        int high = bounds.length - 1;
        PlanState found = null;
        while (low < high) {
            if (System.nanoTime() >= deadline) {
                return new Earliest(found, high, false);
            }
            int middle = (low + high) >>> 1;
            PlanState plan = coveringUnder.apply(bounds[middle]);
            if (plan != null) {
                high = middle;
                found = plan;
            } else {
                low = middle + 1;
            }
        }
        return new Earliest(found, high, true);
    }

    /**
     * The greedy with only the units that arrive by {@code bound}, burden shares first: it fills every requirement first with units
     * that keep their state within its burden target, then what is left with any unit.
     */
    private PlanState sharesFirst(int bound) {
        PlanState state = new PlanState(problem, ForcePlan.empty(problem));
        GreedyConstruction arriving = greedy.arrivingBy(bound);
        arriving.fill(state, u -> withinShare(state, u));
        return arriving.fill(state, u -> true);
    }

    private boolean withinShare(PlanState state, int u) {
        int s = problem.stateOf(u);
        return state.committed(s) + greedy.personnel(u) <= targets[s];
    }

    private static boolean covers(ForceProblem problem, PlanState state) {
        return IntStream.range(0, problem.requirements().size()).noneMatch(state::isShort);
    }
}
