package org.entente.alerting.internal.cap;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * CAP 1.2's date and time (3.3.2): {@code 2002-05-24T16:49:00-07:00}, to the second, with a numeric offset.
 * "Alphabetic timezone designators such as 'Z' MUST NOT be used"; UTC is written {@code -00:00}.
 */
final class CapTime {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private CapTime() {
    }

    /** A time CAP can write: whole seconds, an offset of whole minutes, a year of four digits. */
    static OffsetDateTime check(String field, OffsetDateTime time) {
        Objects.requireNonNull(time, field);
        if (time.getNano() != 0) {
            throw new IllegalArgumentException("a CAP time is to the second; " + field + " has a fraction: " + time);
        }
        if (time.getOffset().getTotalSeconds() % 60 != 0) {
            throw new IllegalArgumentException("a CAP time's offset is in hours and minutes; " + field + " has seconds: " + time.getOffset());
        }
        if (time.getYear() < 0 || time.getYear() > 9999) {
            throw new IllegalArgumentException("a CAP time's year has four digits: " + time);
        }
        return time;
    }

    /** The time as CAP writes it: never {@code Z}; {@code -00:00} for UTC. */
    static String format(OffsetDateTime time) {
        check("time", time);
        return LOCAL.format(time) + offset(time.getOffset());
    }

    private static String offset(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        if (seconds == 0) {
            return "-00:00";
        }
        int minutes = Math.abs(seconds) / 60;
        return String.format(Locale.ROOT, "%s%02d:%02d", seconds < 0 ? "-" : "+", minutes / 60, minutes % 60);
    }
}
