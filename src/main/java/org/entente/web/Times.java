package org.entente.web;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Instants, days and durations as a page shows them, in the page's language (ICU's formats for it): an instant (the
 * {@code instant} fragment of {@code fragments.html}) to the minute with its zone (UTC, or the theatre's where the page has
 * one); a day, or a month or year known only to that precision, with the month in words (the {@code date} fragment); a
 * duration in its two largest units; whole days with the language's plurals. The ISO text stays in the
 * {@code <time datetime>} for machines.
 */
public record Times(Locale locale) {

    /** A date as the dataset format writes one: a day, a month or a year. */
    private static final Pattern DATASET_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    /** {@code instant} (an {@link Instant} or its ISO text) in UTC; empty for null. */
    public String text(Object instant) {
        return text(instant, null);
    }

    /** {@code instant} (an {@link Instant} or its ISO text) in {@code zone} (a zone id; UTC when null or unknown); empty for null. */
    public String text(Object instant, Object zone) {
        Instant at = instant(instant);
        if (at == null) {
            return instant == null ? "" : instant.toString();
        }
        ZoneId in = zone(zone);
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale).withZone(in);
        return format.format(at.truncatedTo(ChronoUnit.MINUTES)) + " " + (in.equals(ZoneOffset.UTC) ? "UTC" : in.getId());
    }

    /** The ISO instant of {@code instant} (an {@link Instant} or its ISO text), for a {@code datetime} attribute; null for null. */
    public String iso(Object instant) {
        Instant at = instant(instant);
        return at == null ? null : at.toString();
    }

    /**
     * {@code date} (a {@link LocalDate}, or a day, month or year as the dataset format writes them, or anything whose text
     * is one) in the language: "15 мая 1992 г.", "январь 2022 г.", "1999"; an instant (a filed request's receipt) as
     * {@link #text(Object)} writes it; what is neither is written as it is, null as empty.
     */
    public String date(Object date) {
        String iso = isoDate(date);
        if (iso == null) {
            return instant(date) != null ? text(date) : date == null ? "" : date.toString();
        }
        if (iso.length() == 4) {
            return iso;
        }
        LocalDate day = LocalDate.parse(iso.length() == 7 ? iso + "-01" : iso);
        DateFormat format = DateFormat.getInstanceForSkeleton(iso.length() == 7 ? "yMMMM" : "yMMMd", ULocale.forLocale(locale));
        format.setTimeZone(TimeZone.GMT_ZONE);
        return format.format(Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    /**
     * A value of a reason as the page writes it ({@code wording} in {@code fragments.html}): an instant as {@link #text(Object)}
     * writes it, a day (a {@link LocalDate} or its ISO text) as {@link #date(Object)} does, a number left a number (a message's
     * plural reads it), anything else as it is.
     */
    public Object value(Object value) {
        if (value instanceof Instant) {
            return text(value);
        }
        if (value instanceof LocalDate || value instanceof CharSequence && isoDate(value) != null) {
            return date(value);
        }
        return value;
    }

    /** The ISO text of {@code date} (a day, month or year) for a {@code datetime} attribute; null for what is no date. */
    public String isoDate(Object date) {
        if (date == null) {
            return null;
        }
        String text = date.toString();
        if (!DATASET_DATE.matcher(text).matches()) {
            return null;
        }
        try {
            LocalDate.parse(text.length() == 4 ? text + "-01-01" : text.length() == 7 ? text + "-01" : text);
            return text;
        } catch (DateTimeException noSuchDay) {
            return null;
        }
    }

    /** A duration of {@code seconds} in its two largest units (days, hours, minutes, seconds): "2 ч 5 мин", "41 s". */
    public String duration(Long seconds) {
        if (seconds == null) {
            return "";
        }
        Duration duration = Duration.ofSeconds(seconds);
        long[] amounts = {duration.toDays(), duration.toHoursPart(), duration.toMinutesPart(), duration.toSecondsPart()};
        MeasureUnit[] units = {MeasureUnit.DAY, MeasureUnit.HOUR, MeasureUnit.MINUTE, MeasureUnit.SECOND};
        int largest = 0;
        while (largest < units.length - 1 && amounts[largest] == 0) {
            largest++;
        }
        List<Measure> measures = new ArrayList<>();
        measures.add(new Measure(amounts[largest], units[largest]));
        if (largest < units.length - 1 && amounts[largest + 1] != 0) {
            measures.add(new Measure(amounts[largest + 1], units[largest + 1]));
        }
        return MeasureFormat.getInstance(ULocale.forLocale(locale), MeasureFormat.FormatWidth.SHORT).formatMeasures(measures.toArray(Measure[]::new));
    }

    /** A time that passed: exactly {@code seconds} where known ({@link #duration}), else {@code days} whole days ({@link #days}); empty for neither. */
    public String elapsed(Long seconds, Long days) {
        return seconds != null ? duration(seconds) : days != null ? days(days) : "";
    }

    /** {@code days} whole days with the language's plural: "1 day", "2 дня", "5 hari". */
    public String days(long days) {
        return MeasureFormat.getInstance(ULocale.forLocale(locale), MeasureFormat.FormatWidth.WIDE).format(new Measure(days, MeasureUnit.DAY));
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant at) {
            return at;
        }
        if (value instanceof CharSequence text && !text.isEmpty()) {
            try {
                return Instant.parse(text);
            } catch (DateTimeException notAnInstant) {
                return null;
            }
        }
        return null;
    }

    private static ZoneId zone(Object zone) {
        if (zone == null || zone.toString().isBlank()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(zone.toString());
        } catch (DateTimeException unknown) {
            return ZoneOffset.UTC;
        }
    }
}
