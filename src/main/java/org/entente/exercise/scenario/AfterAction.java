package org.entente.exercise.scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.entente.exercise.scenario.Expectation.Action;
import org.entente.exercise.scenario.InjectPayload.Milestone.Step;

/**
 * The after-action comparison of an exercise with its scenario, all in world time on the exercise's clock: each step of the
 * crisis cycle timed from the scenario's start against history's (its milestones), and, for each inject that expects an
 * answer, whether the first matching action after it arrived came within its time, later, or not at all.
 */
public record AfterAction(List<StepComparison> steps, List<InjectOutcome> injects) {

    public AfterAction {
        steps = List.copyOf(steps);
        injects = List.copyOf(injects);
    }

    /** A step, timed from the scenario's start: as history took it (empty where the scenario has no such milestone) and as the exercise did (empty: not yet). */
    public record StepComparison(Step step, Optional<Duration> history, Optional<Duration> exercise) {
        public StepComparison {
            Objects.requireNonNull(step, "step");
            Objects.requireNonNull(history, "history");
            Objects.requireNonNull(exercise, "exercise");
        }

        /** By how much the exercise took the step later than history; empty where it was not later, or either is missing. */
        public Optional<Duration> late() {
            return difference().filter(Duration::isPositive);
        }

        /** By how much the exercise took the step earlier than history; empty where it was not earlier, or either is missing. */
        public Optional<Duration> ahead() {
            return difference().filter(Duration::isNegative).map(Duration::negated);
        }

        /** The exercise's time minus history's (negative: ahead); empty where either is missing. */
        public Optional<Duration> difference() {
            return exercise.flatMap(taken -> history.map(taken::minus));
        }

        /** Where the step stands against history. */
        public Standing standing() {
            if (exercise.isEmpty()) {
                return Standing.NOT_REACHED;
            }
            if (history.isEmpty()) {
                return Standing.NO_HISTORY;
            }
            return late().isPresent() ? Standing.LATE : ahead().isPresent() ? Standing.AHEAD : Standing.ON_TIME;
        }
    }

    /** Where a step stands against history: not taken yet; taken, without a time in history; later, earlier or as history. */
    public enum Standing implements org.entente.register.Coded {
        NOT_REACHED, NO_HISTORY, LATE, AHEAD, ON_TIME
    }

    /** What an inject that expects an answer got: when it arrived (world time; empty: not yet), and when it was answered after it. */
    public record InjectOutcome(Inject inject, Optional<Instant> arrived, Status status, Optional<Duration> answeredAfter) {

        /** Where an inject stands: not arrived yet; arrived and awaited (its time not up); answered within its time; later; not at all in its time. */
        public enum Status implements org.entente.register.Coded {
            NOT_ARRIVED, AWAITED, ANSWERED, LATE, UNANSWERED
        }

        public InjectOutcome {
            Objects.requireNonNull(inject, "inject");
            Objects.requireNonNull(arrived, "arrived");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(answeredAfter, "answeredAfter");
        }

        /** By how much the answer came after the inject's time was up; empty where it came in time or not at all. */
        public Optional<Duration> lateBy() {
            Duration within = inject.expects().within();
            return answeredAfter.map(after -> after.minus(within)).filter(Duration::isPositive);
        }
    }

    /**
     * The comparison of an exercise that runs {@code scenario}: {@code reached}, the world instant the exercise took each step at
     * (a step missing: not yet); {@code arrived}, the world instant each inject arrived at, by id; {@code actions}, the world
     * instants the exercise took each action at (a request filed, a decision, ...); {@code now}, the world instant of the report.
     * An inject is answered by the first action it expects at or after it arrived: within its time, later, or, once its time is
     * up without one, unanswered.
     */
    public static AfterAction of(Scenario scenario, Map<Step, Instant> reached, Map<String, Instant> arrived, Map<Action, List<Instant>> actions,
                                 Instant now) {
        List<StepComparison> steps = Arrays.stream(Step.values()).map(step -> new StepComparison(step,
                scenario.milestones().stream().filter(milestone -> ((InjectPayload.Milestone) milestone.payload()).step() == step)
                        .map(Inject::at).findFirst(),
                Optional.ofNullable(reached.get(step)).map(at -> Duration.between(scenario.world(), at)))).toList();
        List<InjectOutcome> injects = scenario.injects().stream().filter(inject -> inject.expectation().isPresent())
                .map(inject -> outcome(inject, Optional.ofNullable(arrived.get(inject.id())), actions.getOrDefault(inject.expects().action(), List.of()), now))
                .toList();
        return new AfterAction(steps, injects);
    }

    private static InjectOutcome outcome(Inject inject, Optional<Instant> arrived, List<Instant> actions, Instant now) {
        if (arrived.isEmpty()) {
            return new InjectOutcome(inject, arrived, InjectOutcome.Status.NOT_ARRIVED, Optional.empty());
        }
        Instant at = arrived.get();
        Optional<Duration> answeredAfter = actions.stream().filter(action -> !action.isBefore(at)).min(Instant::compareTo)
                .map(action -> Duration.between(at, action));
        Duration within = inject.expects().within();
        InjectOutcome.Status status = answeredAfter.map(after -> after.compareTo(within) <= 0 ? InjectOutcome.Status.ANSWERED : InjectOutcome.Status.LATE)
                .orElse(Duration.between(at, now).compareTo(within) < 0 ? InjectOutcome.Status.AWAITED : InjectOutcome.Status.UNANSWERED);
        return new InjectOutcome(inject, arrived, status, answeredAfter);
    }

    /** The injects that went unanswered in their time. */
    public List<InjectOutcome> unanswered() {
        return injects.stream().filter(outcome -> outcome.status() == InjectOutcome.Status.UNANSWERED).toList();
    }
}
