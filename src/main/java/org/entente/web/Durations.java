package org.entente.web;

import java.time.Duration;

/** Durations as people read them: "2 h 5 min", "41 s", "3 d 4 h", "-6 h". */
public final class Durations {

    private Durations() {
    }

    public static String text(Duration duration) {
        if (duration.isNegative()) {
            return "-" + text(duration.negated());
        }
        long seconds = duration.toSeconds();
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return duration.toMinutes() + " min" + (seconds % 60 == 0 ? "" : " " + seconds % 60 + " s");
        }
        if (seconds < 86_400) {
            return duration.toHours() + " h" + (duration.toMinutesPart() == 0 ? "" : " " + duration.toMinutesPart() + " min");
        }
        return duration.toDays() + " d" + (duration.toHoursPart() == 0 ? "" : " " + duration.toHoursPart() + " h");
    }

    /** An ISO-8601 duration ({@code PT26H}) as people read it ("1 d 2 h"); null for null. */
    public static String ofIso(String iso) {
        return iso == null ? null : text(Duration.parse(iso));
    }
}
