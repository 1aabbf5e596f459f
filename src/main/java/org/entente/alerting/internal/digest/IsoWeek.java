package org.entente.alerting.internal.digest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO 8601 week: Monday to Sunday, numbered within its week-based year ({@code 2022-W01} is 3 to 9 January 2022; week 1 is
 * the week with the year's first Thursday). Its days are counted in UTC: it starts at its Monday's midnight UTC and ends at the
 * next Monday's.
 */
public record IsoWeek(int year, int week) implements Comparable<IsoWeek> {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Comparator<IsoWeek> ORDER = Comparator.comparingInt(IsoWeek::year).thenComparingInt(IsoWeek::week);

    public IsoWeek {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("a week's year is from 0001 to 9999, not " + year);
        }
        long weeks = LocalDate.of(year, 6, 1).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
        if (week < 1 || week > weeks) {
            throw new IllegalArgumentException(String.format("%04d has weeks 1 to %d, not %d", year, weeks, week));
        }
    }

    /** The week {@code day} falls in. */
    public static IsoWeek containing(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return new IsoWeek(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The last complete week before {@code today}: the one before today's week. */
    public static IsoWeek lastCompleteBefore(LocalDate today) {
        return containing(today).previous();
    }

    /**
     * The week {@code text} names in the ISO form {@code 2022-W01} (week-based year, {@code W}, two-digit week); an
     * {@link IllegalArgumentException} saying why for any other text or a week its year does not have.
     */
    public static IsoWeek parse(String text) {
        Matcher matcher = TEXT.matcher(text == null ? "" : text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not an ISO week of the form 2022-W01 (week-based year, W, week of two digits)");
        }
        int year = Integer.parseInt(matcher.group(1));
        if (year < 2 || year > 9998) {
            throw new IllegalArgumentException("'" + text + "' is a week of the year " + year
                    + "; weeks of the years 0002 to 9998 are read, so that each has a week before and after it");
        }
        return new IsoWeek(year, Integer.parseInt(matcher.group(2)));
    }

    public LocalDate monday() {
        return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
    }

    public LocalDate sunday() {
        return monday().plusDays(6);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(monday()) && !day.isAfter(sunday());
    }

    /** Its Monday's midnight UTC. */
    public Instant start() {
        return monday().atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The next Monday's midnight UTC: the week is {@code [start, end)}. */
    public Instant end() {
        return next().start();
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start()) && instant.isBefore(end());
    }

    public IsoWeek previous() {
        return containing(monday().minusWeeks(1));
    }

    public IsoWeek next() {
        return containing(monday().plusWeeks(1));
    }

    @Override
    public int compareTo(IsoWeek other) {
        return ORDER.compare(this, other);
    }

    /** {@code 2022-W01}. */
    @Override
    public String toString() {
        return String.format("%04d-W%02d", year, week);
    }
}
