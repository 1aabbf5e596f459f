package org.entente.assistance.internal;

import java.time.Duration;

/** Durations as people read them: "2 h 5 min", "41 s", "3 d 4 h". */
final class Durations {

    private Durations() {
    }

    static String text(Duration duration) {
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
}
