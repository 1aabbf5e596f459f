package org.entente.forces;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A pool's capacity goals against its valid pledges on a date: per capability, the goal (if a source
 * states one), what the pledges valid on that date come to at each rung of the readiness ladder and in
 * total, and the shortfall (none where there is no goal). A capability appears when it has a goal or a
 * valid pledge; withdrawn pledges and those expired by the date do not count.
 */
public record GapAnalysis(String poolId, LocalDate on, List<Line> lines) {

    public GapAnalysis {
        Objects.requireNonNull(poolId, "pool");
        Objects.requireNonNull(on, "date");
        lines = List.copyOf(lines);
    }

    /** Units and their personnel. */
    public record Count(int units, int personnel) {

        public static final Count NONE = new Count(0, 0);

        Count plus(Pledge pledge) {
            return new Count(units + 1, personnel + pledge.terms().personnel());
        }

        Count plus(Count other) {
            return new Count(units + other.units, personnel + other.personnel);
        }
    }

    /** One capability: its goal (null if none is recorded), the pledges by rung and in total, and the shortfall (null without a goal). */
    public record Line(Capability capability, CapacityGoal goal, Map<Readiness, Count> byReadiness, Count total, Count shortfall) {
        public Line {
            Objects.requireNonNull(capability, "capability");
            byReadiness = Map.copyOf(byReadiness);
        }

        public Count at(Readiness readiness) {
            return byReadiness.getOrDefault(readiness, Count.NONE);
        }
    }

    public static GapAnalysis of(ForcePool pool, Collection<Pledge> pledges, LocalDate on) {
        var counted = new EnumMap<Capability, Map<Readiness, Count>>(Capability.class);
        pool.capacityGoals().forEach(goal -> counted.put(goal.capability(), new EnumMap<>(Readiness.class)));
        pledges.stream()
                .filter(pledge -> pledge.terms().poolId().equals(pool.id()) && pledge.validOn(on))
                .forEach(pledge -> counted.computeIfAbsent(pledge.terms().capability(), capability -> new EnumMap<>(Readiness.class))
                        .merge(pledge.readiness(), Count.NONE.plus(pledge), Count::plus));
        var lines = new ArrayList<Line>();
        counted.forEach((capability, byReadiness) -> {
            var full = new EnumMap<Readiness, Count>(Readiness.class);
            for (Readiness readiness : Readiness.values()) {
                full.put(readiness, byReadiness.getOrDefault(readiness, Count.NONE));
            }
            Count total = full.values().stream().reduce(Count.NONE, Count::plus);
            CapacityGoal goal = pool.goal(capability).orElse(null);
            Count shortfall = goal == null ? null
                    : new Count(Math.max(0, goal.units() - total.units()), Math.max(0, goal.personnel() - total.personnel()));
            lines.add(new Line(capability, goal, full, total, shortfall));
        });
        return new GapAnalysis(pool.id(), on, lines);
    }

    /** Whether any capability has a goal: without one, the analysis only counts what is pledged. */
    public boolean hasGoals() {
        return lines.stream().anyMatch(line -> line.goal() != null);
    }
}
