package org.entente.mission;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.entente.register.PartialDate;
import org.entente.register.Period;

/**
 * How long a mission's mandate runs: the period first decided (half-open; open-ended while the decision sets no
 * end, e.g. "until the situation stabilises") and the extensions decided since, each moving the end later.
 */
public record MandatePeriod(Period decided, List<Extension> extensions) {

    /** A decision to extend the mandate: until when, decided on which day, and the sources. */
    public record Extension(PartialDate until, PartialDate decidedOn, List<String> sources) {
        public Extension {
            Objects.requireNonNull(until, "until");
            Objects.requireNonNull(decidedOn, "decided on");
            sources = List.copyOf(sources);
        }
    }

    public MandatePeriod {
        Objects.requireNonNull(decided, "decided");
        extensions = List.copyOf(extensions);
        PartialDate end = decided.until();
        for (Extension extension : extensions) {
            if (end == null) {
                throw new IllegalArgumentException("a mandate without an end is not extended");
            }
            if (!extension.until().date().isAfter(end.date())) {
                throw new IllegalArgumentException("an extension moves the mandate's end later than " + end + ", not to " + extension.until());
            }
            end = extension.until();
        }
    }

    public static MandatePeriod of(Period decided) {
        return new MandatePeriod(decided, List.of());
    }

    /** The period the mandate runs for with every extension: from its start to the last extension's end (open while it has none). */
    public Period current() {
        return extensions.isEmpty() ? decided : new Period(decided.from(), extensions.getLast().until());
    }

    /** This period with {@code extension} decided: its end moved later. */
    public MandatePeriod extended(Extension extension) {
        var extended = new ArrayList<>(extensions);
        extended.add(extension);
        return new MandatePeriod(decided, extended);
    }
}
