package org.entente.forcegeneration.internal.planner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.forcegeneration.Contributor;
import org.entente.forcegeneration.ForcePlan;

/**
 * A state below its burden share brought up by exactly what it may still add: where a state commits less than both its burden
 * target and its cap by less than any of its free units (its room), so that no unit of its own can simply be brought in, a few
 * of its units are exchanged for others of its own (one for one, two for one, or one for two) that commit between one person and
 * its room more, and each requirement so changed is levelled again with other states' units ({@link Levelling}); all kept or
 * none.
 *
 * <p>What the plateau of M-HIGH-t0.60-s1 leaves: a state capped below its share one person short of its cap, which only an
 * exchange of two or three of its units of exactly matching sizes, each requirement levelled at once, brings to it.
 */
final class StateLevelling extends MoveFamily {

    /** The most exchanges tried each time (drawn from those found). */
    private static final int TRIES = 16;

    /** Enough exchanges found to draw from: the enumeration stops there. */
    private static final int ENOUGH = 64;

    /** The most persons an exchange adds: a state with more room than that is filled by the other moves. */
    private static final int MOST_DELTA = 16;

    private final Levelling levelling;
    /** Per state, its units that may serve some requirement. */
    private final int[][] unitsOfState;
    private final MoveLog log;

    StateLevelling(Walk walk, Levelling levelling) {
        super(walk);
        this.levelling = levelling;
        this.log = new MoveLog(state, state::move);
        List<List<Integer>> byState = new ArrayList<>();
        problem.states().forEach(state -> byState.add(new ArrayList<>()));
        for (int u = 0; u < problem.units().size(); u++) {
            if (problem.requirementsOf(u).length > 0) {
                byState.get(problem.stateOf(u)).add(u);
            }
        }
        this.unitsOfState = byState.stream().map(units -> units.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    /** A state drawn at random, levelled if it has room and an exchange of its units, each requirement levelled, is kept. */
    void tryOn() {
        int s = random.nextInt(unitsOfState.length);
        Contributor contributor = problem.states().get(s);
        long room = Math.min(contributor.targetPersonnel(), contributor.nationalCapPersonnel()) - state.committed(s);
        if (room <= 0) {
            return;
        }
        int latest = state.maxArrival();
        List<Integer> free = new ArrayList<>();
        Map<Integer, List<Integer>> assignedBySize = new HashMap<>();
        for (int u : unitsOfState[s]) {
            int personnel = problem.units().get(u).personnel();
            if (state.requirementOf(u) != ForcePlan.UNASSIGNED) {
                assignedBySize.computeIfAbsent(personnel, p -> new ArrayList<>()).add(u);
            } else if (problem.units().get(u).arrivalHours() <= latest) {
                if (personnel <= room) {
                    return; // a bring-in fills it; the simple moves make that
                }
                free.add(u);
            }
        }
        if (free.isEmpty() || assignedBySize.isEmpty()) {
            return;
        }
        List<int[][]> exchanges = exchanges(free, assignedBySize, (int) Math.min(room, MOST_DELTA));
        for (int t = 0; t < TRIES && !exchanges.isEmpty(); t++) {
            int[][] exchange = exchanges.remove(random.nextInt(exchanges.size()));
            if (tryExchange(s, exchange[0], exchange[1])) {
                return;
            }
        }
    }

    /**
     * Exchanges of one for one, one for two and two for one of the state's units adding 1 to {@code most} persons, as {units out,
     * units in}: from a free unit drawn at random on, until {@link #ENOUGH} are found (a state of many units of few sizes has
     * far more).
     */
    private List<int[][]> exchanges(List<Integer> free, Map<Integer, List<Integer>> assignedBySize, int most) {
        List<int[][]> found = new ArrayList<>();
        List<Integer> assigned = assignedBySize.values().stream().flatMap(List::stream).toList();
        int start = random.nextInt(free.size());
        for (int k = 0; k < free.size() && found.size() < ENOUGH; k++) {
            int i = (start + k) % free.size();
            int b1 = free.get(i);
            int p1 = problem.units().get(b1).personnel();
            for (int delta = 1; delta <= most && found.size() < ENOUGH; delta++) {
                for (int a : assignedBySize.getOrDefault(p1 - delta, List.of())) {
                    found.add(new int[][] {{a}, {b1}});
                }
                for (int j = 0; j < free.size() && found.size() < ENOUGH; j++) {
                    if (j == i) {
                        continue;
                    }
                    int b2 = free.get(j);
                    for (int a : assignedBySize.getOrDefault(p1 + problem.units().get(b2).personnel() - delta, List.of())) {
                        found.add(new int[][] {{a}, {b1, b2}});
                    }
                }
                for (int a1 : assigned) {
                    if (found.size() >= ENOUGH) {
                        break;
                    }
                    for (int a2 : assignedBySize.getOrDefault(p1 - problem.units().get(a1).personnel() - delta, List.of())) {
                        if (a1 < a2) {
                            found.add(new int[][] {{a1, a2}, {b1}});
                        }
                    }
                }
            }
        }
        return found;
    }

    /** The exchange made, the requirements it changed levelled with units of other states than {@code s}, and kept if the walk takes it. */
    private boolean tryExchange(int s, int[] outs, int[] ins) {
        log.clear();
        int[] touched = new int[outs.length + ins.length];
        int n = 0;
        for (int a : outs) {
            touched[n++] = state.requirementOf(a);
            log.move(a, ForcePlan.UNASSIGNED);
        }
        for (int b : ins) {
            int r = placeFor(b, touched, n);
            if (r < 0) {
                log.undo();
                return false;
            }
            touched[n++] = r;
            log.move(b, r);
        }
        boolean allowed = true;
        for (int r : Arrays.stream(touched, 0, n).distinct().toArray()) {
            int[] second = levelling.level(state, random, r, u -> problem.stateOf(u) != s);
            if (second != null) {
                if (second[0] >= 0) {
                    log.move(second[0], ForcePlan.UNASSIGNED);
                }
                if (second[1] >= 0) {
                    log.move(second[1], r);
                    allowed &= state.withinCap(second[1]);
                }
            }
        }
        for (int b : ins) {
            allowed &= state.withinCap(b);
        }
        if (walk.settle(allowed)) {
            return true;
        }
        log.undo();
        return false;
    }

    /** Where unit {@code b} goes: a requirement a unit out left, if it may serve there, else one of its own at random. */
    private int placeFor(int b, int[] touched, int n) {
        int[] eligible = problem.requirementsOf(b);
        for (int i = 0; i < n; i++) {
            for (int r : eligible) {
                if (r == touched[i]) {
                    return r;
                }
            }
        }
        return eligible.length == 0 ? -1 : eligible[random.nextInt(eligible.length)];
    }
}
