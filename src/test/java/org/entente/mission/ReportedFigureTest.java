package org.entente.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.entente.mission.ReportedFigure.Span;
import org.entente.register.PartialDate;
import org.junit.jupiter.api.Test;

class ReportedFigureTest {

    @Test
    void moreThanAThousandIsALowerBoundNotAThousand() {
        Count moreThanAThousand = Count.moreThan(1000);

        assertThat(moreThanAThousand.isLowerBound()).isTrue();
        assertThat(moreThanAThousand.least()).isEqualTo(1001);
        assertThat(moreThanAThousand.admits(1000)).isFalse();
        assertThat(moreThanAThousand.admits(1001)).isTrue();
        assertThat(moreThanAThousand).isNotEqualTo(Count.exactly(1000)).isGreaterThan(Count.exactly(1000)).isLessThan(Count.exactly(1002));
    }

    @Test
    void atLeastAdmitsItsOwnValueAndExactlyAdmitsNothingElse() {
        assertThat(Count.atLeast(19).admits(19)).isTrue();
        assertThat(Count.atLeast(19).isLowerBound()).isTrue();
        assertThat(Count.exactly(19).admits(20)).isFalse();
        assertThat(Count.exactly(19).isLowerBound()).isFalse();
        assertThat(Count.exactly(1001)).isLessThan(Count.moreThan(1000));
    }

    @Test
    void aReportedZeroIsACountButANegativeOneIsNot() {
        assertThat(Count.exactly(0).admits(0)).isTrue();
        assertThatThrownBy(() -> Count.exactly(-1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not negative");
    }

    @Test
    void aFigureCitesAtLeastOneSourceAndNeverSupersedesItself() {
        assertThatThrownBy(() -> Figures.killed("F1", "Ministry", 10).sources(List.of()).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one source");
        assertThatThrownBy(() -> Figures.killed("F1", "Ministry", 10).supersedes("F1").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("supersede itself");
    }

    @Test
    void aPeriodEndsOnOrAfterItStarts() {
        assertThatThrownBy(() -> new Span.ForPeriod(PartialDate.parse("2022-01-10"), PartialDate.parse("2022-01-09")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Figures.killed("F1", "Ministry", 10).span(new Span.ForPeriod(PartialDate.parse("2022-01-10"), PartialDate.parse("2022-01-10")))
                .build().cumulative()).isFalse();
    }

    @Test
    void categoriesPopulationsBasesAndStatusesAreNamedByLowerCaseCodes() {
        assertThat(ReportedFigure.Population.MISSION_PERSONNEL.code()).isEqualTo("mission_personnel");
        assertThat(ReportedFigure.Category.DETAINED.code()).isEqualTo("detained");
        assertThat(Count.Bound.MORE_THAN.code()).isEqualTo("more_than");
    }
}
