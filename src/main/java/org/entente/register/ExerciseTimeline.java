package org.entente.register;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The exercises of an organization as its membership timeline shows them, beside membership: what a module that records
 * exercises (the missions module, which keeps them with their claims) offers the register's pages, so that the register
 * names no module above it. Without one, an organization has none to show.
 */
public interface ExerciseTimeline {

    /** The organization's exercises as recorded at {@code recordedAt}, in the order they started. */
    List<Mark> of(OrganizationCode organization, Instant recordedAt);

    /**
     * One exercise on the timeline: its name (and its name in its own language, where known), its status ({@code held}, or known
     * only as {@code planned}, {@code postponed}, {@code cancelled}), its period ({@code to}, its last
     * day, absent where the sources date only its start), its host (absent where several hosted it), where it was held, the
     * states that took part, its personnel and equipment as the preferred claim of each (absent where no source gives one), and
     * its sources.
     */
    record Mark(String id, String name, String nameOriginal, String status, PartialDate from, PartialDate to, StateCode host, String area,
                List<StateCode> participants, String participantsNote, Figure personnel, Figure equipment, List<String> sources) {

        public Mark {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(from, "from");
            participants = List.copyOf(participants);
            sources = List.copyOf(sources);
        }

        /** Whether the exercise took place, as far as the sources say. */
        public boolean held() {
            return "held".equals(status);
        }

        /** The last day the exercise may have run on: its end's last day, or its start's where it has no end. */
        public java.time.LocalDate lastDay() {
            return (to == null ? from : to).lastDay();
        }
    }

    /**
     * A count as the sources claim it, as a page shows it: the preferred claim, and every other claim beside it.
     */
    record Figure(Claimed preferred, List<Claimed> others) {

        public Figure {
            Objects.requireNonNull(preferred, "preferred");
            others = List.copyOf(others);
        }

        /** How many sources claim another count than the preferred claim's: "2 sources differ". */
        public int differing() {
            return Math.toIntExact(others.stream()
                    .filter(other -> !Objects.equals(other.value(), preferred.value()) || !Objects.equals(other.bound(), preferred.bound()))
                    .flatMap(other -> other.sources().stream()).distinct().count());
        }
    }

    /**
     * One claim of a count: its number (null where the sources say none was published) and bound ({@code exactly}, {@code about},
     * {@code at_least}, {@code more_than}, {@code up_to}), the sources' wording, and the sources.
     */
    record Claimed(Long value, String bound, String wording, List<String> sources) {

        public Claimed {
            sources = List.copyOf(sources);
        }
    }
}
