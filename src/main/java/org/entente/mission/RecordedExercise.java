package org.entente.mission;

import java.util.List;
import java.util.Objects;
import org.entente.register.PartialDate;
import org.entente.register.StateCode;

/**
 * One of an organization's exercises as the sources record it: its name (and the name in its own language where the
 * sources give it), the series it belongs to, its period (a day, a month or a year at each end, as precisely as the
 * sources date it; {@code to} is its last day, absent where the sources date only the start), the state that hosted it
 * (none where several did or the sources do not say), where it was held, the states that took part, and how many
 * personnel and pieces of equipment took part as the sources claim them: a {@link Strength} each, never a typed number.
 * Its status says whether it was held, or is known only as planned (no report that it took place), postponed or cancelled.
 * A fact of the record, not an exercise run in Entente.
 */
public record RecordedExercise(String id, String name, String nameOriginal, String series, Status status, PartialDate from, PartialDate to,
                               StateCode host, String area, Participants participants, Strength personnel, Strength equipment, String notes,
                               List<String> sources) {

    /** Whether the exercise took place: held, or known only as planned, or postponed, or cancelled. */
    public enum Status implements org.entente.register.Coded {
        HELD, PLANNED, POSTPONED, CANCELLED
    }

    public RecordedExercise {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(from, "from");
        if (to != null && to.lastDay().isBefore(from.date())) {
            throw new IllegalArgumentException("an exercise does not end (" + to + ") before it starts (" + from + ")");
        }
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("an exercise cites at least one source");
        }
    }

    /** The states that took part, as the sources list them, with a note where they say more (a member that stayed away). */
    public record Participants(List<StateCode> states, String note, List<String> sources) {

        public Participants {
            states = List.copyOf(states);
            sources = List.copyOf(sources);
            if (states.stream().distinct().count() != states.size()) {
                throw new IllegalArgumentException("a state takes part once");
            }
            if (sources.isEmpty()) {
                throw new IllegalArgumentException("the participants are cited: at least one source");
            }
        }
    }
}
