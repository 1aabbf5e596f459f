package org.entente.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.entente.register.MembershipEventFixtures.describe;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodTest {

    /** A period from ISO texts; an empty or missing {@code until} is open. */
    static Period period(String from, String until) {
        return new Period(PartialDate.parse(from), until == null || until.isEmpty() ? null : PartialDate.parse(until));
    }

    private static Optional<String> intersection(Period a, Period b) {
        return a.intersect(b).map(MembershipEventFixtures::describe);
    }

    @Test
    void containsItsStartDayButNotItsEndDay() {
        Period period = period("1993-09-24", "1999-04-20");

        assertThat(period.contains(LocalDate.of(1993, 9, 23))).isFalse();
        assertThat(period.contains(LocalDate.of(1993, 9, 24))).isTrue();
        assertThat(period.contains(LocalDate.of(1999, 4, 19))).isTrue();
        assertThat(period.contains(LocalDate.of(1999, 4, 20))).isFalse();
    }

    @Test
    void anOpenPeriodContainsEveryDayFromItsStart() {
        Period period = period("1992-05-15", null);

        assertThat(period.contains(LocalDate.of(1992, 5, 14))).isFalse();
        assertThat(period.contains(LocalDate.of(9999, 12, 31))).isTrue();
        assertThat(period.isEmpty()).isFalse();
    }

    @Test
    void aPeriodEndingWhereItStartsHoldsNoDay() {
        Period period = period("2015-03-10", "2015-03-10");

        assertThat(period.isEmpty()).isTrue();
        assertThat(period.contains(LocalDate.of(2015, 3, 10))).isFalse();
    }

    @Test
    void cannotEndBeforeItStarts() {
        assertThatIllegalArgumentException().isThrownBy(() -> period("1999-04-20", "1999-04-19"));
    }

    @ParameterizedTest(name = "[{0}, {1}) ∩ [{2}, {3}) = {4}")
    @CsvSource(nullValues = "none", value = {
            // overlapping
            "1992-05-15, 1999-04-20, 1994-04-20, ,           '[1994-04-20, 1999-04-20)'",
            // one within the other
            "2006-06-23, 2012-12-19, 1994-04-20, ,           '[2006-06-23, 2012-12-19)'",
            "2000-01-01, 2020-01-01, 2005-01-01, 2006-01-01, '[2005-01-01, 2006-01-01)'",
            // both open
            "1992-05-15, ,           1994-04-20, ,           '[1994-04-20, ...)'",
            // equal
            "2010-03-01, 2011-06-15, 2010-03-01, 2011-06-15, '[2010-03-01, 2011-06-15)'",
            // one day in common
            "2010-03-01, 2011-06-15, 2011-06-14, ,           '[2011-06-14, 2011-06-15)'",
            // touching: the end day of one is the start day of the other, so no day is shared
            "1992-05-15, 1999-04-20, 1999-04-20, ,           none",
            // disjoint
            "1992-05-15, 1999-04-20, 2006-06-23, 2012-12-19, none",
            // an empty period shares nothing
            "2015-03-10, 2015-03-10, 2000-01-01, ,           none",
            // precisions are kept
            "2016,       2020-02,    2015-06-01, ,           '[2016, 2020-02)'",
    })
    void theIntersectionIsTheDaysBothShare(String fromA, String untilA, String fromB, String untilB, String expected) {
        Period a = period(fromA, untilA);
        Period b = period(fromB, untilB);

        assertThat(intersection(a, b)).isEqualTo(Optional.ofNullable(expected));
        assertThat(intersection(b, a)).as("in either order").isEqualTo(Optional.ofNullable(expected));
    }

    @Test
    void theIntersectionHoldsExactlyTheDaysInBoth() {
        Period a = period("2000-01-10", "2000-03-01");
        Period b = period("2000-02-01", "2000-04-01");
        Period both = a.intersect(b).orElseThrow();

        for (LocalDate day = LocalDate.of(1999, 12, 1); day.isBefore(LocalDate.of(2000, 5, 1)); day = day.plusDays(1)) {
            assertThat(both.contains(day)).as("%s", day).isEqualTo(a.contains(day) && b.contains(day));
        }
        assertThat(describe(both)).isEqualTo("[2000-02-01, 2000-03-01)");
    }
}
