package org.entente.forcegeneration.internal.planner;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.entente.forcegeneration.Evaluation;
import org.entente.forcegeneration.ForcePlan;
import org.entente.forcegeneration.ForceProblem;
import org.entente.forcegeneration.Objective;
import org.entente.forcegeneration.Requirement;

/**
 * Repairs a chosen plan when pledged units drop out, keeping it good while changing few other assignments. The dropped
 * units leave; the requirements they served are filled again greedily from units not in the package (the refill, keeping
 * the force's arrival where it can); then a
 * short search ({@link AnchoredSearch}; two at once with other seeds, the better kept) lowers the objective plus a small
 * cost per changed assignment, moving units between requirements and states and bringing in free units, never a dropped
 * one; last, each changed unit goes back where the chosen plan had it wherever that does not worsen the objective. The
 * repair is never worse than the refill alone (where the search's plan is, the refill is the answer).
 *
 * <p>A <em>changed assignment</em> is a unit, other than a dropped one, whose requirement in the repaired plan differs from
 * the chosen plan's (unassigned counting as a requirement of its own): a unit brought in, sent away, or moved to another
 * requirement. It is counted from the two plans ({@link #changedAssignments}), not from the moves made.
 */
public final class Replanning {

    /**
     * How a repair searches: for at most {@code budget} and {@code maxMoves} moves (whichever ends first; it also stops
     * after {@link #patience} moves without a better plan), lowering the objective plus {@code changeCost} per changed
     * assignment, its random draws seeded with {@code seed}. Given a seed, a repair that ends by its move limit or its
     * patience before its budget (and whose refill ends its bisection before a {@link #BISECTION_SHARE}th of it) is the
     * same on any machine.
     */
    public record Settings(Duration budget, long maxMoves, double changeCost, long seed) {

        /** What the product uses: 0.4 s at most, a change costing {@link #CHANGE_COST}. */
        public static final Settings DEFAULT = new Settings(Duration.ofMillis(400), Long.MAX_VALUE, Replanning.CHANGE_COST, 16);

        public Settings {
            Objects.requireNonNull(budget, "budget");
            if (budget.isNegative() || maxMoves < 0 || !(changeCost >= 0)) {
                throw new IllegalArgumentException("a repair's budget, moves and change cost are not negative");
            }
        }
    }

    /**
     * What one changed assignment costs the repair's search, in the objective's units: a change must gain at least this
     * much to be made (with the benchmark's weights, five persons off the burden targets, or half an hour of the force's
     * arrival). At 10, many changes that would take burden deviation or overcommitment off gained less than they cost:
     * on M-HADR-t0.25-s2, probes with the refill that keeps the force's arrival left the repair 3% to 9% above a fresh
     * solve at 10, and 0% to 3% at 5.
     */
    public static final double CHANGE_COST = 5;

    /** Moves without a better plan after which the repair's search stops: this many per unit of the problem, and at least {@link #LEAST_PATIENCE}. */
    static final long PATIENCE_PER_UNIT = 40;

    static final long LEAST_PATIENCE = 50_000;

    /**
     * A repair runs this many searches at once (on as many cores, where the machine has them) from the same refill with other
     * seeds, and keeps the best: on M a search ends at the 0.4 s budget, not by its patience, so it is still improving, and a
     * second core gives a second start in the same time.
     */
    static final int SEARCHES = 2;

    /**
     * The refill's bisection for its arrival bound stops at this part of the repair's budget ({@code refill}): on M it takes a
     * few milliseconds, on L up to a few hundred, which the search would otherwise lose.
     */
    static final int BISECTION_SHARE = 4;

    /**
     * The repaired plan and its evaluation; how many assignments changed besides the dropped units leaving
     * ({@link #changedAssignments}); the objective of the chosen plan, of the greedy refill alone, and of the repaired plan;
     * and the time it took.
     */
    public record Repair(ForcePlan plan, Evaluation evaluation, int changedAssignments, double objectiveBefore, double objectiveRefilled,
                         double objectiveAfter, Duration took) {
    }

    private Replanning() {
    }

    public static Repair repair(ForceProblem problem, ForcePlan chosen, Set<String> droppedUnits) {
        return repair(problem, chosen, droppedUnits, Set.of(), Settings.DEFAULT);
    }

    /**
     * As above, also refilling {@code alsoRefill}: requirements that lost units the problem no longer
     * knows (a pledge withdrawn or expired since the package was accepted).
     */
    public static Repair repair(ForceProblem problem, ForcePlan chosen, Set<String> droppedUnits, Set<String> alsoRefill) {
        return repair(problem, chosen, droppedUnits, alsoRefill, Settings.DEFAULT);
    }

    /** As above, searching as {@code settings} say. */
    public static Repair repair(ForceProblem problem, ForcePlan chosen, Set<String> droppedUnits, Set<String> alsoRefill, Settings settings) {
        long began = System.nanoTime();
        double before = Objective.evaluate(problem, chosen).objective();
        BitSet dropped = new BitSet(problem.units().size());
        droppedUnits.forEach(id -> dropped.set(problem.unitIndex(id)));
        ForcePlan refill = refill(problem, chosen, dropped, alsoRefill, began + settings.budget().toNanos() / BISECTION_SHARE);
        double refilled = Objective.evaluate(problem, refill).objective();
        AnchoredSearch search = searched(problem, refill, chosen, dropped, settings, began);
        ForcePlan repaired = search.objective() <= refilled + 1e-9 ? search.plan() : refill;
        Evaluation evaluation = Objective.evaluate(problem, repaired);
        return new Repair(repaired, evaluation, changedAssignments(problem, chosen, repaired, droppedUnits), before, refilled,
                evaluation.objective(), Duration.ofNanos(System.nanoTime() - began));
    }

    /**
     * The repair's {@link #SEARCHES} searches, run at once (seeds {@code settings.seed()} and after), each then reverted; the one
     * whose plan has the least objective plus the changes' cost, the first of equals. Each search is seeded and ends by its own
     * limits: where both end by their move limit or their patience, the choice is the same on any machine, however many cores
     * it has (where they end at the budget, one core gives each about half the moves two would).
     */
    private static AnchoredSearch searched(ForceProblem problem, ForcePlan refill, ForcePlan chosen, BitSet dropped, Settings settings, long began) {
        List<AnchoredSearch> searches = new ArrayList<>();
        for (int i = 0; i < SEARCHES; i++) {
            searches.add(new AnchoredSearch(problem, refill, chosen, dropped, settings.changeCost(), settings.seed() + i));
        }
        try (ExecutorService cores = Executors.newFixedThreadPool(SEARCHES)) {
            List<Future<?>> running = new ArrayList<>();
            for (AnchoredSearch search : searches) {
                running.add(cores.submit(() -> {
                    search.run(began + settings.budget().toNanos(), settings.maxMoves(), patience(problem));
                    search.revert();
                }));
            }
            for (Future<?> one : running) {
                one.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the repair was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a repair's search failed", e.getCause());
        }
        return searches.stream().min(Comparator.comparingDouble(search -> search.objective() + settings.changeCost() * search.changes())).orElseThrow();
    }

    /** Moves without a better plan after which a repair of {@code problem} stops: more on a larger problem, whose moves each touch less of it. */
    static long patience(ForceProblem problem) {
        return Math.max(LEAST_PATIENCE, PATIENCE_PER_UNIT * problem.units().size());
    }

    /**
     * The dropped units out, and the requirements they served (and {@code alsoRefill}) filled again greedily from free units:
     * the better of two fills, one from all of them (the plain fill), and one first from those that arrive by a bound, then
     * from all. The bound is the earliest at which the first fill leaves none of those requirements shorter than the plain
     * fill does, and never before the units the package keeps arrive: found by bisection over the free units' arrival hours,
     * taking covering to be monotone in the bound, as {@link ArrivalBoundConstruction} does (where national caps bind, it is a
     * covering bound, not always the earliest). The bounded fill keeps the force's arrival where a late unit covers a need
     * alone and the plain fill takes it first (a person short weighs more than an hour of the force's arrival), which the
     * repair's search, judging one change at a time, seldom undoes. The bisection makes no more fills once {@code deadline}
     * ({@link System#nanoTime()}) has passed: the earliest covering bound found by then is used, or the plain fill where none
     * was (on L, each fill takes tens of milliseconds).
     */
    private static ForcePlan refill(ForceProblem problem, ForcePlan chosen, BitSet dropped, Set<String> alsoRefill, long deadline) {
        int[] kept = chosen.requirementOfUnit().clone();
        BitSet affected = new BitSet(problem.requirements().size());
        for (int u = dropped.nextSetBit(0); u >= 0; u = dropped.nextSetBit(u + 1)) {
            if (kept[u] != ForcePlan.UNASSIGNED) {
                affected.set(kept[u]);
                kept[u] = ForcePlan.UNASSIGNED;
            }
        }
        alsoRefill.forEach(id -> affected.set(problem.requirementIndex(id)));
        ForcePlan left = new ForcePlan(kept);
        GreedyConstruction greedy = new GreedyConstruction(problem);
        IntPredicate free = u -> !dropped.get(u);
        PlanState plain = filled(greedy, new PlanState(problem, left), affected, free);
        int arrival = IntStream.range(0, kept.length).filter(u -> kept[u] != ForcePlan.UNASSIGNED)
                .map(u -> problem.units().get(u).arrivalHours()).max().orElse(0);
        // The last bound lets in every unit the plain fill may take, so the plain fill is the plan under it.
        int[] bounds = IntStream.concat(IntStream.of(arrival), affected.stream().flatMap(r -> Arrays.stream(problem.unitsOf(r)))
                .filter(u -> free.test(u) && kept[u] == ForcePlan.UNASSIGNED).map(u -> problem.units().get(u).arrivalHours())
                .filter(hours -> hours > arrival)).distinct().sorted().toArray();
        PlanState early = ArrivalBoundConstruction.earliest(bounds, bound -> {
            PlanState candidate = filled(greedy, new PlanState(problem, left), affected,
                    u -> free.test(u) && problem.units().get(u).arrivalHours() <= bound);
            return affected.stream().allMatch(r -> noShorter(problem, candidate, plain, r)) ? candidate : null;
        }, deadline).plan();
        if (early == null) {
            return plain.plan();
        }
        filled(greedy, early, affected, free);
        return (early.objective() < plain.objective() ? early : plain).plan();
    }

    /** Whether {@code state} leaves requirement {@code r} short of no more personnel and no more units than {@code than} does. */
    private static boolean noShorter(ForceProblem problem, PlanState state, PlanState than, int r) {
        Requirement requirement = problem.requirements().get(r);
        return Objective.personnelShort(requirement, state.covered(r)) <= Objective.personnelShort(requirement, than.covered(r))
                && Objective.unitsShort(requirement, state.count(r)) <= Objective.unitsShort(requirement, than.count(r));
    }

    private static PlanState filled(GreedyConstruction greedy, PlanState state, BitSet requirements, IntPredicate may) {
        for (int r = requirements.nextSetBit(0); r >= 0; r = requirements.nextSetBit(r + 1)) {
            greedy.fill(state, r, may);
        }
        return state;
    }

    /** The units other than {@code droppedUnits} whose requirement in {@code after} differs from {@code before}'s (unassigned included). */
    public static int changedAssignments(ForceProblem problem, ForcePlan before, ForcePlan after, Set<String> droppedUnits) {
        int changed = 0;
        for (int u = 0; u < problem.units().size(); u++) {
            if (before.requirementOf(u) != after.requirementOf(u) && !droppedUnits.contains(problem.units().get(u).id())) {
                changed++;
            }
        }
        return changed;
    }

    /** The problem without {@code units}: what a fresh planner run after they drop out solves (its plans map back by {@link ForcePlan#assignments}). */
    public static ForceProblem without(ForceProblem problem, Set<String> units) {
        return new ForceProblem(problem.name(), problem.theatre(), problem.transport(), problem.weights(), problem.states(),
                problem.units().stream().filter(unit -> !units.contains(unit.id())).toList(), problem.requirements());
    }
}
