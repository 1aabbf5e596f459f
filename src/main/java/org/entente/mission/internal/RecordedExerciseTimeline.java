package org.entente.mission.internal;

import java.time.Instant;
import java.util.List;
import org.entente.mission.Count;
import org.entente.mission.RecordedExercise;
import org.entente.mission.Headcount;
import org.entente.mission.RecordedExercises;
import org.entente.mission.Strength;
import org.entente.register.ExerciseTimeline;
import org.entente.register.OrganizationCode;
import org.springframework.stereotype.Component;

/** The recorded exercises as the register's timeline shows them: each figure by its preferred claim, with the
 * others beside it. */
@Component
class RecordedExerciseTimeline implements ExerciseTimeline {

    private final RecordedExercises exercises;

    RecordedExerciseTimeline(RecordedExercises exercises) {
        this.exercises = exercises;
    }

    @Override
    public List<Mark> of(OrganizationCode organization, Instant recordedAt) {
        return exercises.all(organization, recordedAt).stream().map(RecordedExerciseTimeline::mark).toList();
    }

    private static Mark mark(RecordedExercise exercise) {
        var participants = exercise.participants();
        return new Mark(exercise.id(), exercise.name(), exercise.nameOriginal(), exercise.status().code(), exercise.from(), exercise.to(), exercise.host(), exercise.area(),
                participants == null ? List.of() : participants.states(), participants == null ? null : participants.note(),
                figure(exercise.personnel()), figure(exercise.equipment()), exercise.sources());
    }

    private static Figure figure(Strength strength) {
        return strength == null ? null
                : new Figure(claimed(strength.preferred()), strength.others().stream().map(RecordedExerciseTimeline::claimed).toList());
    }

    private static Claimed claimed(Headcount headcount) {
        Count count = headcount.count();
        return new Claimed(count == null ? null : count.value(), count == null ? null : count.bound().code(), headcount.wording(), headcount.sources());
    }
}
