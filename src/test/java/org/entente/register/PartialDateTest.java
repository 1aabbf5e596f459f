package org.entente.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

    @Test
    void readsADayAMonthOrAYearWithThePrecisionOfItsForm() {
        assertThat(PartialDate.parse("2024-02-22")).isEqualTo(new PartialDate(LocalDate.of(2024, 2, 22), DatePrecision.DAY));
        assertThat(PartialDate.parse("2012-06")).isEqualTo(new PartialDate(LocalDate.of(2012, 6, 1), DatePrecision.MONTH));
        assertThat(PartialDate.parse("2025")).isEqualTo(new PartialDate(LocalDate.of(2025, 1, 1), DatePrecision.YEAR));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-22", "2024-02-29", "2012-06", "2025", "0999", "1992-05-15"})
    void writesADateBackInTheFormItWasReadIn(String text) {
        assertThat(PartialDate.parse(text).toString()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-29", "2023-13", "2023-00", "2023-04-31", "2023-1-01", "2023/01/01", "23", "", "20240", "2024-02-22T00:00", "abcd", "12-2023"})
    void rejectsTextThatIsNotARealDateOfOneOfTheThreeForms(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse(text)).withMessageContaining("YYYY");
    }

    @Test
    void aMonthOrYearDateIsTheFirstDayOfItsMonthOrYear() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PartialDate(LocalDate.of(2012, 6, 28), DatePrecision.MONTH));
        assertThatIllegalArgumentException().isThrownBy(() -> new PartialDate(LocalDate.of(2025, 3, 1), DatePrecision.YEAR));
        assertThatIllegalArgumentException().isThrownBy(() -> new PartialDate(LocalDate.of(2025, 1, 2), DatePrecision.YEAR));
        assertThat(new PartialDate(LocalDate.of(2025, 1, 1), DatePrecision.YEAR).toString()).isEqualTo("2025");
    }

    @Test
    void ordersByTheFirstDayTheDateStandsFor() {
        assertThat(PartialDate.parse("2016")).isLessThan(PartialDate.parse("2016-01-02"));
        assertThat(PartialDate.parse("2016-02")).isGreaterThan(PartialDate.parse("2016-01-31"));
        assertThat(PartialDate.parse("2016-03")).isLessThan(PartialDate.parse("2016-03-02"));
        assertThat(PartialDate.parse("2016").compareTo(PartialDate.parse("2016-01-01"))).isZero();
    }

    @Test
    void theLastDayADateMayStandForIsTheEndOfItsMonthOrYear() {
        assertThat(PartialDate.parse("2021-05-14").lastDay()).isEqualTo(LocalDate.of(2021, 5, 14));
        assertThat(PartialDate.parse("2021-05").lastDay()).isEqualTo(LocalDate.of(2021, 5, 31));
        assertThat(PartialDate.parse("2024-02").lastDay()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(PartialDate.parse("2021").lastDay()).isEqualTo(LocalDate.of(2021, 12, 31));
    }

    @Test
    void theSameDayAtAnotherPrecisionIsAnotherDate() {
        assertThat(PartialDate.parse("2016")).isNotEqualTo(PartialDate.parse("2016-01-01"));
        assertThat(PartialDate.parse("2016-01")).isNotEqualTo(PartialDate.parse("2016"));
    }
}
