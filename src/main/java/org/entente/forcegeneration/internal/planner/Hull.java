package org.entente.forcegeneration.internal.planner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.entente.forcegeneration.Contributor;
import org.entente.forcegeneration.Requirement;
import org.entente.forcegeneration.Weights;

/**
 * A convex piecewise-linear cost of an amount of personnel: its value at zero, then segments of non-decreasing slope, each
 * an arc of {@link LowerBound}'s flow. For a state, what it commits costs its burden deviation; for a requirement, what
 * covers it costs its personnel short or over (and, where asked, its units short). Whole units make only some amounts (the
 * sums of a subset of their personnel), so the hull is the lower convex hull of the costs of those amounts: below each
 * of them, so below every plan, and above the plain cost wherever no subset makes the amount that cost it (the integrality
 * the flow's split units lose). Where the subset sums would take too long to list, the plain cost.
 */
record Hull(double atZero, List<Segment> segments) {

    /** A part of the hull: so much more personnel, at so much each. */
    record Segment(long length, double slope) {
    }

    /** The most work (words shifted) a hull's subset sums may take; beyond, the plain cost, which is sound but weaker. */
    static final long WORK = 1 << 15;

    Hull {
        segments = segments.stream().filter(segment -> segment.length() > 0).toList();
    }

    /** A state's burden deviation, {@code weight * |committed - target|}, up to its national cap, from units of {@code personnel}. */
    static Hull ofState(Contributor state, int[] personnel, double weight) {
        long target = state.targetPersonnel();
        long cap = state.nationalCapPersonnel();
        long below = Math.min(target, cap);
        Hull plain = new Hull(weight * target, List.of(new Segment(below, -weight), new Segment(cap - below, weight)));
        int range = (int) Math.min(cap, target + max(personnel));
        long[] sums = subsetSums(personnel, range);
        if (sums == null) {
            return plain;
        }
        List<double[]> points = new ArrayList<>();
        int past = -1;
        for (int c = 0; c <= range && past < 0; c++) {
            if (has(sums, c)) {
                points.add(new double[] {c, weight * Math.abs(c - target)});
                past = c >= target ? c : -1;
            }
        }
        Hull hull = lower(points);
        if (past < 0) {
            return hull; // no subset reaches the target within the cap: nothing more may be committed
        }
        List<Segment> segments = new ArrayList<>(hull.segments());
        segments.add(new Segment(cap - past, weight));
        return new Hull(hull.atZero(), segments);
    }

    /**
     * A requirement's personnel short and over (and, with {@code units}, its units short), from the units of {@code personnel}
     * that may serve it.
     */
    static Hull ofRequirement(Requirement requirement, int[] personnel, Weights weights, boolean units) {
        long wanted = requirement.personnel();
        int least = units ? requirement.minUnits() : 0;
        long total = Arrays.stream(personnel).asLongStream().sum();
        double unitsShort = weights.shortfallUnits() * Math.max(0, least - personnel.length);
        Hull plain = new Hull(weights.shortfallPersonnel() * wanted + unitsShort,
                List.of(new Segment(wanted, -weights.shortfallPersonnel()), new Segment(MinCostFlow.UNBOUNDED, weights.overcommitPersonnel())));
        boolean reaches = personnel.length >= least && total >= wanted;
        int largest = max(personnel);
        long atLeast = reaches ? wanted + largest : total; // the range below, at least
        if ((atLeast / 64 + 1) * (least + 1) * Math.min(personnel.length, atLeast / Math.max(1, largest)) > WORK) {
            return plain; // too much work however few copies are useful: known before sorting anything
        }
        long smallest = Arrays.stream(personnel).sorted().limit(least).asLongStream().sum();
        long range = reaches ? Math.max(wanted, smallest) + largest : total;
        if (range > Integer.MAX_VALUE / 2) {
            return plain;
        }
        long[][] sums = subsetSumsByCount(personnel, (int) range, least);
        if (sums == null) {
            return plain;
        }
        List<double[]> points = new ArrayList<>();
        boolean enough = false;
        for (int c = 0; c <= range && !enough; c++) {
            for (int k = least; k >= 0; k--) {
                if (has(sums[k], c)) {
                    points.add(new double[] {c, weights.shortfallPersonnel() * Math.max(0, wanted - c)
                            + weights.overcommitPersonnel() * Math.max(0, c - wanted) + weights.shortfallUnits() * (least - k)});
                    enough = c >= wanted && k == least;
                    break;
                }
            }
        }
        Hull hull = lower(points);
        if (!reaches) {
            return hull; // every subset is listed: nothing more may cover it
        }
        if (!enough) {
            return plain;
        }
        List<Segment> segments = new ArrayList<>(hull.segments());
        segments.add(new Segment(MinCostFlow.UNBOUNDED, weights.overcommitPersonnel()));
        return new Hull(hull.atZero(), segments);
    }

    private static int max(int[] personnel) {
        return Arrays.stream(personnel).max().orElse(0);
    }

    /** The lower convex hull of points ascending in amount, the first at zero. */
    private static Hull lower(List<double[]> points) {
        List<double[]> hull = new ArrayList<>();
        for (double[] point : points) {
            while (hull.size() >= 2) {
                double[] a = hull.get(hull.size() - 2);
                double[] b = hull.getLast();
                // b is not below the chord from a to the point: drop it
                if ((b[1] - a[1]) * (point[0] - a[0]) >= (point[1] - a[1]) * (b[0] - a[0])) {
                    hull.removeLast();
                } else {
                    break;
                }
            }
            hull.add(point);
        }
        List<Segment> segments = new ArrayList<>();
        for (int i = 1; i < hull.size(); i++) {
            double[] a = hull.get(i - 1);
            double[] b = hull.get(i);
            segments.add(new Segment((long) (b[0] - a[0]), (b[1] - a[1]) / (b[0] - a[0])));
        }
        return new Hull(hull.getFirst()[1], segments);
    }

    /** The sums up to {@code range} of subsets of {@code personnel}, as bits; null where listing them would take too long. */
    private static long[] subsetSums(int[] personnel, int range) {
        long[][] byCount = subsetSumsByCount(personnel, range, 0);
        return byCount == null ? null : byCount[0];
    }

    /**
     * The sums up to {@code range} of subsets of {@code personnel} by how many units they take: index {@code k} for {@code k}
     * units, the last for {@code least} or more. Null where listing them would take more than {@link #WORK}.
     */
    private static long[][] subsetSumsByCount(int[] personnel, int range, int least) {
        int words = range / 64 + 1;
        int[] useful = usefulCopies(personnel, range);
        if ((long) useful.length * words * (least + 1) > WORK) {
            return null;
        }
        long[][] sums = new long[least + 1][words];
        sums[0][0] = 1;
        for (int p : useful) {
            for (int k = least; k >= 0; k--) {
                shiftOr(sums[Math.min(k + 1, least)], sums[k], p);
            }
        }
        return sums;
    }

    /** The personnel, each value kept only as often as its copies fit within {@code range} (more never sum within it). */
    private static int[] usefulCopies(int[] personnel, int range) {
        int[] sorted = personnel.clone();
        Arrays.sort(sorted);
        int[] kept = new int[sorted.length];
        int count = 0;
        int copies = 0;
        for (int i = 0; i < sorted.length; i++) {
            copies = i > 0 && sorted[i] == sorted[i - 1] ? copies + 1 : 1;
            if (sorted[i] <= range && (long) copies * sorted[i] <= range) {
                kept[count++] = sorted[i];
            }
        }
        return Arrays.copyOf(kept, count);
    }

    /** {@code target |= source << shift}, within {@code target}'s words; from the top down, so that target may be source. */
    private static void shiftOr(long[] target, long[] source, int shift) {
        int wordShift = shift >>> 6;
        int bitShift = shift & 63;
        for (int i = target.length - 1; i >= wordShift; i--) {
            long moved = source[i - wordShift] << bitShift;
            if (bitShift != 0 && i - wordShift - 1 >= 0) {
                moved |= source[i - wordShift - 1] >>> (64 - bitShift);
            }
            target[i] |= moved;
        }
    }

    private static boolean has(long[] bits, int c) {
        return (bits[c >>> 6] & (1L << (c & 63))) != 0;
    }
}
