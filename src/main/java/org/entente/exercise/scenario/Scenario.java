package org.entente.exercise.scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.entente.exercise.ExerciseClock;
import org.entente.register.OrganizationCode;

/**
 * A scenario: a timed list of injects on an exercise's clock (docs/scenario-format.md). Its {@code name} is a code
 * ({@code CSTO-FLOOD-2027}); it assumes the record of {@code organization}; its clock starts at the world instant {@code world}
 * and runs {@code speed} world seconds per real second by default (144: a day in ten minutes); {@code replayOf} names the
 * recorded request it replays, or is null. Injects arrive at offsets from {@code world}, in order; ids are unique, every source
 * an inject cites is the scenario's, every inject a sitrep or revision names comes before it and is of the right kind, and a
 * sitrep reports no figure as of a world instant after it arrives.
 */
public record Scenario(String name, String title, String summary, OrganizationCode organization, Instant world, int speed, String replayOf,
                       List<ScenarioSource> sources, List<Inject> injects) {

    /** A scenario's name: capital letters, digits and '-', 2 to 40, starting with a letter ({@code REPLAY-KAZ-2022}). */
    public static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9-]{1,39}");
    /** A document-local id, as the dataset format's. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,79}");
    /** The fastest clock: a day in a second, as fast as an exercise's clock runs (the schema's maximum says the same). */
    public static final int MAX_SPEED = (int) ExerciseClock.MAX_SPEED;

    public Scenario {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a scenario's name is capital letters, digits and '-' (2 to 40, a letter first), not '" + name + "'");
        }
        if (title == null || title.isBlank() || summary == null || summary.isBlank()) {
            throw new IllegalArgumentException("scenario " + name + " has a title and a summary");
        }
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(world, "world");
        if (speed < 1 || speed > MAX_SPEED) {
            throw new IllegalArgumentException("a scenario's speed is 1 (real time) to " + MAX_SPEED + " world seconds a second, not " + speed);
        }
        sources = List.copyOf(sources);
        injects = List.copyOf(injects);
        Set<String> sourceIds = new HashSet<>();
        sources.forEach(source -> {
            if (!sourceIds.add(source.id())) {
                throw new IllegalArgumentException("the source id '" + source.id() + "' is used twice");
            }
        });
        Map<String, Inject> earlier = new HashMap<>();
        Duration last = Duration.ZERO;
        for (Inject inject : injects) {
            if (earlier.containsKey(inject.id())) {
                throw new IllegalArgumentException("the inject id '" + inject.id() + "' is used twice");
            }
            if (inject.at().compareTo(last) < 0) {
                throw new IllegalArgumentException("inject " + inject.id() + " arrives at " + inject.at() + ", before the inject ahead of it (" + last + ")");
            }
            for (String source : inject.sources()) {
                if (!sourceIds.contains(source)) {
                    throw new IllegalArgumentException("inject " + inject.id() + " cites no source of the scenario: '" + source + "'");
                }
            }
            if (inject.payload() instanceof InjectPayload.Sitrep sitrep) {
                for (ScenarioFigure figure : sitrep.figures()) {
                    if (figure.asOf().isAfter(world.plus(inject.at()))) {
                        throw new IllegalArgumentException("sitrep " + inject.id() + " reports a figure as of " + figure.asOf() + ", after it arrives");
                    }
                }
            }
            whyNotAReference(inject, earlier, sourceIds).ifPresent(why -> {
                throw new IllegalArgumentException("inject " + inject.id() + ": " + why);
            });
            earlier.put(inject.id(), inject);
            last = inject.at();
        }
    }

    /**
     * Why an inject's payload names what it may not (an inject that is not earlier or not of the right kind, a figure the sitrep
     * does not give, a source the scenario does not have), or empty where all it names is there.
     */
    public static Optional<String> whyNotAReference(Inject inject, Map<String, Inject> earlier, Set<String> sources) {
        return switch (inject.payload()) {
            case InjectPayload.Sitrep sitrep -> earlier(sitrep.request(), InjectKind.REQUEST_ARRIVES, earlier);
            case InjectPayload.SourceRevises revision -> earlier(revision.sitrep(), InjectKind.SITREP, earlier)
                    .or(() -> ((InjectPayload.Sitrep) earlier.get(revision.sitrep()).payload()).figures().stream()
                            .anyMatch(figure -> figure.isNamedBy(revision.figure(), revision.population(), revision.asOf()))
                            ? Optional.empty()
                            : Optional.of("sitrep " + revision.sitrep() + " gives no " + revision.figure().code() + " figure"
                                    + (revision.population() == null ? "" : " of " + revision.population().code()) + " as of " + revision.asOf()))
                    .or(() -> sources.contains(revision.source()) ? Optional.empty()
                            : Optional.of("no source with the id '" + revision.source() + "' in this scenario"));
            case InjectPayload.RequestArrives request -> Optional.empty();
            case InjectPayload.UnitDropsOut drop -> Optional.empty();
            case InjectPayload.SiteFalls site -> Optional.empty();
            case InjectPayload.Message message -> Optional.empty();
            case InjectPayload.Milestone milestone -> Optional.empty();
        };
    }

    private static Optional<String> earlier(String id, InjectKind kind, Map<String, Inject> earlier) {
        Inject named = earlier.get(id);
        if (named == null) {
            return Optional.of("no earlier inject with the id '" + id + "' (a " + kind.code() + " inject before this one)");
        }
        return named.kind() == kind ? Optional.empty() : Optional.of("inject " + id + " is a " + named.kind().code() + ", not a " + kind.code());
    }

    /** How long the scenario runs on its clock: to its last inject (zero without injects). */
    public Duration duration() {
        return injects.isEmpty() ? Duration.ZERO : injects.getLast().at();
    }

    /** The world instant an offset on the scenario's clock stands for. */
    public Instant worldAt(Duration offset) {
        return world.plus(offset);
    }

    /** The milestones, in order: the steps the after-action report compares the exercise's own with. */
    public List<Inject> milestones() {
        return injects.stream().filter(inject -> !inject.isDelivered()).toList();
    }
}
