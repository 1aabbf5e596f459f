package org.entente.mission;

import java.util.Objects;
import org.entente.register.Coded;

/**
 * A number that sources report of people (a contingent's personnel, the killed or injured), with how the
 * source bounds the truth: exactly so many, about so many, at least so many, more than so many ("more than
 * a thousand injured" is {@code more_than 1000}: a lower bound, not a thousand), or up to so many ("up to 1,500
 * servicemen" is {@code up_to 1500}: a ceiling, not 1,500). The one value of a reported
 * number for strength ({@link Headcount}) and casualty figures ({@link ReportedFigure}) alike.
 */
public record Count(long value, Bound bound) implements Comparable<Count> {

    /** How a count bounds the number of people it counts. */
    public enum Bound implements Coded {
        EXACTLY, ABOUT, AT_LEAST, MORE_THAN, UP_TO
    }

    public Count {
        Objects.requireNonNull(bound, "bound");
        if (value < 0) {
            throw new IllegalArgumentException("a count is not negative: " + value);
        }
    }

    public static Count exactly(long value) {
        return new Count(value, Bound.EXACTLY);
    }

    public static Count about(long value) {
        return new Count(value, Bound.ABOUT);
    }

    public static Count atLeast(long value) {
        return new Count(value, Bound.AT_LEAST);
    }

    public static Count moreThan(long value) {
        return new Count(value, Bound.MORE_THAN);
    }

    public static Count upTo(long value) {
        return new Count(value, Bound.UP_TO);
    }

    /** Whether the source only gives a floor: the true number may be higher. */
    public boolean isLowerBound() {
        return bound == Bound.AT_LEAST || bound == Bound.MORE_THAN;
    }

    /** The least number of people this count allows ("more than 1,000" allows 1,001 at least; "about 500", 500 as said; "up to 1,500", none). */
    public long least() {
        return switch (bound) {
            case MORE_THAN -> value + 1;
            case UP_TO -> 0;
            case EXACTLY, ABOUT, AT_LEAST -> value;
        };
    }

    /**
     * Whether an exact number of people agrees with what the source said. An approximate count rules no number
     * out: "about 500" does not say how far from 500 the truth may be.
     */
    public boolean admits(long people) {
        return switch (bound) {
            case EXACTLY -> people == value;
            case ABOUT -> true;
            case AT_LEAST -> people >= value;
            case MORE_THAN -> people > value;
            case UP_TO -> people <= value;
        };
    }

    /** The count in words, as a claim's value holds it (digits alone; pages format numbers in the reader's language): "2030", "about 500", "more than 1000", "up to 1500". */
    public String words() {
        String number = Long.toString(value);
        return switch (bound) {
            case EXACTLY -> number;
            case ABOUT -> "about " + number;
            case AT_LEAST -> "at least " + number;
            case MORE_THAN -> "more than " + number;
            case UP_TO -> "up to " + number;
        };
    }

    /** Counts are ordered by the least number each allows, then a count that is not a floor before a floor of the same least. */
    @Override
    public int compareTo(Count other) {
        int byLeast = Long.compare(least(), other.least());
        return byLeast != 0 ? byLeast : Boolean.compare(isLowerBound(), other.isLowerBound());
    }
}
