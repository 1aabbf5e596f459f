package org.entente.register;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;

/**
 * A calendar date with its precision: {@code 2024-02-22} (day), {@code 2024-02} (month) or
 * {@code 2024} (year). Its ISO text form carries the precision, so {@link #parse} and
 * {@link #toString} are inverses. For ordering and periods the date stands for its first day.
 */
public record PartialDate(LocalDate date, DatePrecision precision) implements Comparable<PartialDate> {

    public PartialDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
        if (precision != DatePrecision.DAY && date.getDayOfMonth() != 1
                || precision == DatePrecision.YEAR && date.getMonthValue() != 1) {
            throw new IllegalArgumentException(date + " is not the first day of its " + precision.name().toLowerCase(Locale.ROOT));
        }
    }

    public static PartialDate ofDay(LocalDate date) {
        return new PartialDate(date, DatePrecision.DAY);
    }

    private static final java.util.regex.Pattern WRITTEN_AS_A_DAY = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /**
     * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; throws {@link IllegalArgumentException} on anything else,
     * saying whether the text is of another form or of this form but no day of the calendar ({@code 2022-02-30}).
     */
    public static PartialDate parse(String text) {
        Objects.requireNonNull(text, "date");
        try {
            return switch (text.length()) {
                case 4 -> new PartialDate(LocalDate.of(Integer.parseInt(text), 1, 1), DatePrecision.YEAR);
                case 7 -> new PartialDate(YearMonth.parse(text).atDay(1), DatePrecision.MONTH);
                case 10 -> ofDay(LocalDate.parse(text));
                default -> throw new IllegalArgumentException("'" + text + "' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
            };
        } catch (DateTimeParseException | NumberFormatException e) {
            noSuchDay(text).ifPresent(why -> {
                throw new IllegalArgumentException(why);
            });
            throw new IllegalArgumentException("'" + text + "' is not a valid date of the form YYYY, YYYY-MM or YYYY-MM-DD");
        }
    }

    /** Why {@code text} names no day although it is written as one ({@code 2022-02-30}); empty for any other text. */
    public static java.util.Optional<String> noSuchDay(String text) {
        if (text == null || !WRITTEN_AS_A_DAY.matcher(text).matches()) {
            return java.util.Optional.empty();
        }
        try {
            LocalDate.parse(text);
            return java.util.Optional.empty();
        } catch (DateTimeParseException e) {
            return java.util.Optional.of("'" + text + "' is written as a date (YYYY-MM-DD) but is no day of the calendar");
        }
    }

    /** The last day this date may stand for: the day itself, or the last day of its month or year. */
    public LocalDate lastDay() {
        return switch (precision) {
            case DAY -> date;
            case MONTH -> YearMonth.from(date).atEndOfMonth();
            case YEAR -> date.withDayOfYear(date.lengthOfYear());
        };
    }

    @Override
    public int compareTo(PartialDate other) {
        return date.compareTo(other.date);
    }

    @Override
    public String toString() {
        return switch (precision) {
            case DAY -> date.toString();
            case MONTH -> YearMonth.from(date).toString();
            case YEAR -> String.format("%04d", date.getYear());
        };
    }
}
