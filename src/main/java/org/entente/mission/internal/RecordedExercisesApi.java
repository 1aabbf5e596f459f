package org.entente.mission.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.entente.mission.RecordedExercise;
import org.entente.mission.RecordedExercises;
import org.entente.mission.internal.MissionViews.StrengthView;
import org.entente.register.Organization;
import org.entente.register.Register;
import org.entente.register.StateCode;
import org.entente.web.PageOf;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** An organization's exercises as the record holds them, with their sources and claims, as the register stood at an instant. */
@RestController
@Tag(name = "Exercises", description = "An organization's exercises as sourced facts: name, period, host, participants, personnel and equipment as claims")
class RecordedExercisesApi {

    private static final String RECORDED_AT = "Read the register as it stood at this instant (ISO 8601, e.g. 2026-01-01T00:00:00Z); default now";

    private final RecordedExercises exercises;
    private final Register register;
    private final Clock clock;

    RecordedExercisesApi(RecordedExercises exercises, Register register, Clock clock) {
        this.exercises = exercises;
        this.register = register;
        this.clock = clock;
    }

    /** An exercise's period: its first day and its last (absent where the sources date only its start), each at its precision. */
    record RecordedExercisePeriodView(String from, String to) {
    }

    /** The states that took part, what the sources say besides, and the sources. */
    record ParticipantsView(List<String> states, String note, List<String> sources) {
    }

    /**
     * An exercise: its personnel and equipment as strengths (the preferred claim and why, the others beside it, the range),
     * never a typed number; absent where no source gives one.
     */
    record RecordedExerciseView(String id, String name, String nameOriginal, String series, String status, RecordedExercisePeriodView period, String host, String area,
                        ParticipantsView participants, StrengthView personnel, StrengthView equipment, String notes, List<String> sources) {

        static RecordedExerciseView of(RecordedExercise exercise) {
            var participants = exercise.participants() == null ? null : new ParticipantsView(
                    exercise.participants().states().stream().map(StateCode::value).toList(), exercise.participants().note(),
                    exercise.participants().sources());
            return new RecordedExerciseView(exercise.id(), exercise.name(), exercise.nameOriginal(), exercise.series(), exercise.status().code(),
                    new RecordedExercisePeriodView(exercise.from().toString(), exercise.to() == null ? null : exercise.to().toString()),
                    exercise.host() == null ? null : exercise.host().value(), exercise.area(), participants,
                    StrengthView.of(exercise.personnel()), StrengthView.of(exercise.equipment()), exercise.notes(), exercise.sources());
        }
    }

    @GetMapping("/api/v1/organizations/{organization}/recorded-exercises")
    @Operation(summary = "The organization's exercises, in the order they started, with their sources and claims",
            description = "Each exercise as the dataset records it: status (held, or known only as planned, postponed, cancelled), period (from, to: a day, a month or a year, as precisely as the sources date it), "
                    + "host, area, participants, personnel and equipment each as the claims of the sources with one preferred; the disagreements "
                    + "about one are at /disagreements?subject=exercise:{id}.")
    PageOf<RecordedExerciseView> exercises(@PathVariable String organization, @RequestParam(defaultValue = "0") int page,
                                   @RequestParam(defaultValue = "" + PageOf.DEFAULT_SIZE) int size,
                                   @Parameter(description = RECORDED_AT) @RequestParam(required = false) Instant recordedAt) {
        PageOf.check(page, size);
        Instant at = recordedAt == null ? clock.instant() : recordedAt;
        Organization org = register.organizationNamed("organization", organization, at);
        return PageOf.of(exercises.all(org.code(), at).stream().map(RecordedExerciseView::of).toList(), page, size);
    }
}
