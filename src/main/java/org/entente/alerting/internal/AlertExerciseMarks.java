package org.entente.alerting.internal;

import java.util.Locale;
import java.util.Optional;
import org.entente.register.Exercise;
import org.entente.register.Exercises;
import org.entente.register.OrganizationCode;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * How alerting marks what it sends about an exercise (an organization the registry of exercises names), on every channel:
 * the mark that starts a mail's subject and a feed entry's title ({@code [EXERCISE CSTO-X1]}, {@code [УЧЕНИЯ CSTO-X1]},
 * {@code [LATIHAN CSTO-X1]}), the notice a mail starts with, the webhook's flag and the CAP status. Nothing for the real
 * record. Read from the registry when the alert is sent or the feed read: an organization is an exercise for good.
 */
@Component
public class AlertExerciseMarks {

    private final Exercises exercises;
    private final MessageSource messages;

    AlertExerciseMarks(Exercises exercises, MessageSource messages) {
        this.exercises = exercises;
        this.messages = messages;
    }

    /** The exercise registered under {@code organization}; empty for a real organization. */
    public Optional<Exercise> exercise(String organization) {
        return OrganizationCode.isValid(organization) ? exercises.of(OrganizationCode.of(organization)) : Optional.empty();
    }

    /** Whether {@code organization} is an exercise's. */
    public boolean isExercise(String organization) {
        return exercise(organization).isPresent();
    }

    /** The mark in {@code locale} that starts what is sent about the exercise {@code organization} ({@code [EXERCISE CSTO-X1]}); empty for the real record. */
    public Optional<String> mark(String organization, Locale locale) {
        return exercise(organization).map(exercise -> messages.getMessage("alert.exercise.mark", new Object[] {exercise.code().value()}, locale));
    }

    /** {@code text} after the exercise's mark and a space, or {@code text} itself for the real record. */
    public String marked(String organization, String text, Locale locale) {
        return mark(organization, locale).map(mark -> mark + " " + text).orElse(text);
    }

    /**
     * The sentence in {@code locale} that says what is sent is the exercise's and counts in no real record (it names the exercise's
     * code, title and organization); empty for the real record.
     */
    public Optional<String> notice(String organization, Locale locale) {
        return exercise(organization).map(exercise -> messages.getMessage("alert.exercise.notice",
                new Object[] {exercise.code().value(), exercise.title(), exercise.of().value()}, locale));
    }
}
