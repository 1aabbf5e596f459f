package org.entente.exercise.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.entente.exercise.scenario.AfterAction;
import org.entente.exercise.scenario.AfterAction.InjectOutcome;
import org.entente.exercise.scenario.AfterAction.StepComparison;
import org.entente.register.StateCode;
import org.entente.register.States;
import org.entente.web.Csv;

/**
 * An exercise's after-action report as the API and the CSV download give it (docs/exercises.md, "After action"): durations are
 * ISO-8601 ({@code PT26H}) of world time, each step's from the scenario's start, each inject's answer from its arrival; world instants
 * are UTC.
 */
record AfterActionView(String exercise, String organization, String scenario, int version, String replayOf, Instant start, Instant now,
                       List<StepView> steps, List<InjectOutcomeView> injects, ForceView force) {

    /**
     * A step: when history took it and when the exercise did, from the start (null: history has no such milestone, or the exercise has
     * not taken it yet), by how much the exercise was later or earlier, and where it stands: {@code late}, {@code ahead}, {@code on_time},
     * {@code not_reached}, or {@code no_history}.
     */
    record StepView(String step, String history, String exercise, String late, String ahead, String standing) {
    }

    /**
     * An inject that expects an answer: its id and title, its offset from the start, what it expects and within how long, when it arrived
     * (world time; null: not yet), its status (the {@link InjectOutcome.Status} codes), when it was answered after it arrived and by how
     * much too late (null where not).
     */
    record InjectOutcomeView(String id, String title, String at, String expects, String within, Instant arrived, String status,
                             String answeredAfter, String lateBy) {
    }

    /** The force comparison: the exercise's accepted package (its request there, when accepted) against the mission history sent. */
    record ForceView(String request, Instant acceptedAt, String historicalMission, List<StateForceView> states) {
    }

    /** A state's units and personnel in the exercise's package, and whether it sent a contingent in history, its units and preferred strength. */
    record StateForceView(String state, int units, int personnel, boolean sent, int historicalUnits, String historicalStrength) {

        /** The state's name in {@code language} (its code where the register knows no such state). */
        public String name(String language) {
            return States.find(StateCode.of(state)).map(found -> found.name(language)).orElse(state);
        }
    }

    static AfterActionView of(AfterActionReports.Report report) {
        AfterAction comparison = report.comparison();
        return new AfterActionView(report.exercise().code().value(), report.exercise().of().value(), report.scenario().name(), report.version(),
                report.scenario().replayOf(), report.scenario().world(), report.now(),
                comparison.steps().stream().map(AfterActionView::step).toList(),
                comparison.injects().stream().map(AfterActionView::inject).toList(),
                report.force().map(force -> new ForceView(force.request(), force.acceptedAt(), force.historicalMission(), force.states().stream()
                        .map(row -> new StateForceView(row.state().value(), row.units(), row.personnel(), row.sent(), row.historicalUnits(),
                                row.historicalStrength()))
                        .toList())).orElse(null));
    }

    private static StepView step(StepComparison step) {
        return new StepView(step.step().code(), iso(step.history()), iso(step.exercise()), iso(step.late()), iso(step.ahead()), step.standing().code());
    }

    private static InjectOutcomeView inject(InjectOutcome outcome) {
        return new InjectOutcomeView(outcome.inject().id(), outcome.inject().title(), outcome.inject().at().toString(),
                outcome.inject().expects().action().code(), outcome.inject().expects().within().toString(), outcome.arrived().orElse(null),
                outcome.status().code(), iso(outcome.answeredAfter()), iso(outcome.lateBy()));
    }

    private static String iso(Optional<Duration> duration) {
        return duration.map(Duration::toString).orElse(null);
    }

    /**
     * The report as one CSV table (docs/exercises.md): a row per step ({@code section} {@code step}: history and exercise in hours from the
     * start, difference the exercise's minus history's), per inject that expects an answer ({@code inject}: history its offset in hours,
     * exercise the hours it was answered after it arrived, difference the hours it was late by) and per state of the force comparison
     * ({@code force}: history the contingent's units and strength, exercise the package's personnel and units); {@code status} the standing.
     */
    static Csv.Table csv(AfterActionReports.Report report) {
        List<List<Object>> rows = new ArrayList<>();
        for (StepComparison step : report.comparison().steps()) {
            rows.add(Arrays.asList("step", step.step().code(), null, hours(step.history()), hours(step.exercise()), hours(step.difference()),
                    step.standing().code()));
        }
        for (InjectOutcome outcome : report.comparison().injects()) {
            rows.add(Arrays.asList("inject", outcome.inject().id(), outcome.inject().title(), hours(Optional.of(outcome.inject().at())),
                    hours(outcome.answeredAfter()), hours(outcome.lateBy()), outcome.status().code()));
        }
        report.force().ifPresent(force -> force.states().forEach(state -> {
            String history = force.historicalMission() == null ? null : !state.sent() ? "no contingent"
                    : state.historicalUnits() + " units listed; strength " + Optional.ofNullable(state.historicalStrength()).orElse("not in the record");
            rows.add(Arrays.asList("force", state.state().value(), null, history, state.personnel() + " personnel, " + state.units() + " units", null, null));
        }));
        return new Csv.Table(List.of("section", "item", "title", "history", "exercise", "difference", "status"), rows);
    }

    /** A duration in hours, to two decimals ({@code 26}, {@code 1.5}, {@code -6}); null for none. */
    static String hours(Optional<Duration> duration) {
        return duration.map(hours -> BigDecimal.valueOf(hours.toMillis()).divide(BigDecimal.valueOf(3_600_000), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString()).orElse(null);
    }
}
