package org.entente.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TimesTest {

    private static final Times ENGLISH = new Times(Locale.ENGLISH);
    private static final Times RUSSIAN = new Times(Locale.of("ru"));
    private static final Times INDONESIAN = new Times(Locale.of("id"));

    @Test
    void writesADayInTheLanguagesOwnWayWithTheMonthInWords() {
        assertThat(ENGLISH.date("1992-05-15")).isEqualTo("May 15, 1992");
        assertThat(RUSSIAN.date("1992-05-15")).isEqualTo("15 мая 1992\u202fг.");
        assertThat(INDONESIAN.date("1992-05-15")).isEqualTo("15 Mei 1992");
        assertThat(RUSSIAN.date(LocalDate.of(2022, 1, 6))).isEqualTo("6 янв. 2022\u202fг.");
    }

    @Test
    void writesAMonthOrAYearKnownOnlyToThatPrecisionWithoutInventingADay() {
        assertThat(ENGLISH.date("2022-01")).isEqualTo("January 2022");
        assertThat(RUSSIAN.date("2022-01")).isEqualTo("январь 2022\u202fг.");
        assertThat(INDONESIAN.date("2022-01")).isEqualTo("Januari 2022");
        assertThat(RUSSIAN.date("1999")).isEqualTo("1999");
    }

    @Test
    void writesAnInstantWhereADayIsExpectedAsAnInstantInTheLanguage() {
        assertThat(ENGLISH.date("2026-12-04T17:34:59.327292Z")).isEqualTo(ENGLISH.text("2026-12-04T17:34:59.327292Z")).contains("2026").contains("UTC")
                .doesNotContain("T17");
    }

    @Test
    void writesAReasonsValuesAsThePageDoesLeavingCountsNumbersForPlurals() {
        assertThat(RUSSIAN.value(java.time.Instant.parse("2022-01-06T12:00:00Z"))).isEqualTo(RUSSIAN.text("2022-01-06T12:00:00Z"));
        assertThat(RUSSIAN.value(LocalDate.of(2022, 1, 6))).isEqualTo("6 янв. 2022\u202fг.");
        assertThat(RUSSIAN.value("1994-04-20")).isEqualTo(RUSSIAN.date("1994-04-20"));
        assertThat(RUSSIAN.value(5L)).isEqualTo(5L);
        assertThat(RUSSIAN.value("CST-ART4")).isEqualTo("CST-ART4");
    }

    @Test
    void leavesWhatIsNoDateAsItIs() {
        assertThat(RUSSIAN.date(null)).isEmpty();
        assertThat(RUSSIAN.date("—")).isEqualTo("—");
        assertThat(RUSSIAN.date("2022-02-30")).isEqualTo("2022-02-30");
    }

    @Test
    void givesTheIsoDayForMachines() {
        assertThat(RUSSIAN.isoDate(LocalDate.of(2022, 1, 6))).isEqualTo("2022-01-06");
        assertThat(RUSSIAN.isoDate("2022-01")).isEqualTo("2022-01");
        assertThat(RUSSIAN.isoDate("soon")).isNull();
    }

    @Test
    void writesADurationInItsTwoLargestUnitsInTheLanguage() {
        assertThat(ENGLISH.duration(Duration.ofMinutes(125).toSeconds())).isEqualTo("2 hr, 5 min");
        assertThat(RUSSIAN.duration(Duration.ofMinutes(125).toSeconds())).isEqualTo("2 ч 5 мин");
        assertThat(RUSSIAN.duration(Duration.ofSeconds(107).toSeconds())).isEqualTo("1 мин 47 с");
        assertThat(INDONESIAN.duration(Duration.ofHours(28).toSeconds())).isEqualTo("1 hr, 4 j");
        assertThat(RUSSIAN.duration(41L)).isEqualTo("41 с");
    }

    @Test
    void writesATimeThatPassedExactlyWhereItIsKnownElseInWholeDays() {
        assertThat(RUSSIAN.elapsed(107L, null)).isEqualTo(RUSSIAN.duration(107L));
        assertThat(RUSSIAN.elapsed(null, 2L)).isEqualTo("2 дня");
        assertThat(RUSSIAN.elapsed(null, null)).isEmpty();
    }

    @Test
    void writesWholeDaysWithTheLanguagesPlurals() {
        assertThat(ENGLISH.days(1)).isEqualTo("1 day");
        assertThat(ENGLISH.days(2)).isEqualTo("2 days");
        assertThat(RUSSIAN.days(1)).isEqualTo("1 день");
        assertThat(RUSSIAN.days(2)).isEqualTo("2 дня");
        assertThat(RUSSIAN.days(5)).isEqualTo("5 дней");
        assertThat(INDONESIAN.days(5)).isEqualTo("5 hari");
    }
}
