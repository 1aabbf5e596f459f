package org.entente.alerting.internal.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** ISO weeks as the digest counts them: Monday to Sunday, numbered in their week-based year, in UTC. */
class IsoWeekTest {

    @Test
    void theFirstWeekOf2022RunsFromMonday3ToSunday9January() {
        IsoWeek week = IsoWeek.parse("2022-W01");

        assertThat(week.monday()).isEqualTo(LocalDate.of(2022, 1, 3));
        assertThat(week.sunday()).isEqualTo(LocalDate.of(2022, 1, 9));
        assertThat(week.start()).isEqualTo(Instant.parse("2022-01-03T00:00:00Z"));
        assertThat(week.end()).isEqualTo(Instant.parse("2022-01-10T00:00:00Z"));
        assertThat(week.contains(Instant.parse("2022-01-09T23:59:59Z"))).isTrue();
        assertThat(week.contains(Instant.parse("2022-01-10T00:00:00Z"))).isFalse();
        assertThat(week).hasToString("2022-W01");
    }

    @Test
    void aDayAtTheTurnOfTheYearBelongsToItsWeekBasedYear() {
        assertThat(IsoWeek.containing(LocalDate.of(2022, 1, 2))).hasToString("2021-W52");
        assertThat(IsoWeek.containing(LocalDate.of(2020, 12, 31))).hasToString("2020-W53");
        assertThat(IsoWeek.containing(LocalDate.of(2024, 12, 30))).hasToString("2025-W01");
        assertThat(IsoWeek.parse("2022-W01").previous()).hasToString("2021-W52");
        assertThat(IsoWeek.parse("2020-W53").next()).hasToString("2021-W01");
    }

    @Test
    void theLastCompleteWeekIsTheOneBeforeTodays() {
        assertThat(IsoWeek.lastCompleteBefore(LocalDate.of(2026, 12, 5))).hasToString("2026-W48");
        assertThat(IsoWeek.lastCompleteBefore(LocalDate.of(2026, 12, 7))).as("on a Monday, the week just ended").hasToString("2026-W49");
    }

    @Test
    void refusesTextOfAnotherFormAndWeeksItsYearDoesNotHave() {
        assertThat(IsoWeek.parse("2020-W53")).isEqualTo(new IsoWeek(2020, 53));
        for (String text : new String[] {"2021-W53", "2022-W00", "2022-W1", "2022W01", "2022-01", "22-W01", "0001-W01", "9999-W01", ""}) {
            assertThatThrownBy(() -> IsoWeek.parse(text)).as(text).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> IsoWeek.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
