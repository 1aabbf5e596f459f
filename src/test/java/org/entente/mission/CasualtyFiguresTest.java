package org.entente.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.entente.mission.ReportedFigure.Basis;
import org.entente.mission.ReportedFigure.Category;
import org.entente.mission.ReportedFigure.Population;
import org.entente.mission.ReportedFigure.Span;
import org.entente.mission.ReportedFigure.Status;
import org.entente.register.PartialDate;
import org.junit.jupiter.api.Test;

class CasualtyFiguresTest {

    private static Headline killed(ReportedFigure... figures) {
        return new CasualtyFigures(List.of(figures)).headline(Category.KILLED, Population.ALL).orElseThrow();
    }

    @Test
    void anOfficialCountIsTheHeadlineOverAnIndependentCountOverAnEstimate() {
        ReportedFigure estimate = Figures.killed("E", "Analysts", 400).basis(Basis.ESTIMATE).asOf("2022-01-20").build();
        ReportedFigure independent = Figures.killed("I", "Human rights monitors", 238).basis(Basis.INDEPENDENT).asOf("2022-01-18").build();
        ReportedFigure official = Figures.killed("O", "Ministry", 225).build();

        assertThat(killed(estimate, independent, official).figure()).isEqualTo(official);
        assertThat(killed(estimate, independent).figure()).isEqualTo(independent);
    }

    @Test
    void aConfirmedFigureIsPreferredOverAProvisionalOneOfTheSameBasis() {
        ReportedFigure provisional = Figures.killed("P", "Ministry of Health", 230).asOf("2022-01-12").build();
        ReportedFigure confirmed = Figures.killed("C", "Prosecutor General", 225).status(Status.CONFIRMED).build();

        assertThat(killed(provisional, confirmed).figure()).isEqualTo(confirmed);
    }

    @Test
    void aLaterAsOfIsPreferredWhenBasisAndStatusAreTheSame() {
        ReportedFigure earlier = Figures.killed("A", "Ministry of Health", 164).asOf("2022-01-10").build();
        ReportedFigure later = Figures.killed("B", "Prosecutor General", 225).asOf("2022-01-15").build();

        assertThat(killed(later, earlier).figure()).isEqualTo(later);
    }

    @Test
    void theHeadlineDoesNotDependOnTheOrderFiguresWereStoredIn() {
        ReportedFigure one = Figures.killed("A", "Ministry of Health", 164).build();
        ReportedFigure other = Figures.killed("B", "Prosecutor General", 160).build();

        assertThat(killed(one, other).figure()).isEqualTo(killed(other, one).figure()).isEqualTo(one);
    }

    @Test
    void figuresOfDifferentReportersAreShownAsARangeWithEverySourceNeverSummed() {
        ReportedFigure official = Figures.killed("O", "Ministry", 225).sources(List.of("AP", "INDEP")).build();
        ReportedFigure monitors = Figures.killed("M", "Monitors", 238).basis(Basis.INDEPENDENT).sources(List.of("HRW")).build();

        Headline headline = killed(official, monitors);

        assertThat(headline.figure()).isEqualTo(official);
        assertThat(headline.range()).isEqualTo(new Headline.Range(official, monitors));
        assertThat(headline.range().agreed()).isFalse();
        assertThat(headline.currentFigures()).containsExactly(official, monitors);
        assertThat(headline.sources()).containsExactly("AP", "INDEP", "HRW");
    }

    @Test
    void aTotalAcrossSourcesIsNotOffered() {
        List<Method> numbers = new ArrayList<>();
        for (Class<?> type : List.of(CasualtyFigures.class, Headline.class, Headline.Range.class, FigureSeries.class)) {
            Arrays.stream(type.getDeclaredMethods())
                    .filter(method -> Modifier.isPublic(method.getModifiers()))
                    .filter(method -> method.getReturnType().isPrimitive() && method.getReturnType() != boolean.class && method.getReturnType() != void.class
                            || Number.class.isAssignableFrom(method.getReturnType()) || method.getReturnType() == Count.class)
                    .filter(method -> !List.of("hashCode").contains(method.getName()))
                    .forEach(numbers::add);
        }
        assertThat(numbers).as("every number a reader gets is a reported figure, with its reporter and sources").isEmpty();
        assertThat(Stream.of(CasualtyFigures.class, Headline.class, FigureSeries.class).flatMap(type -> Arrays.stream(type.getMethods())))
                .extracting(Method::getName)
                .noneMatch(name -> name.matches("(?i).*(sum|total|add|plus).*"));
    }

    @Test
    void theLowEndOfARangeIsTheLeastCountAndAMoreThanFloorSitsAboveItsNumber() {
        ReportedFigure exact = Figures.killed("X", "Ministry", 1000).build();
        ReportedFigure floor = Figures.killed("F", "Press", 0).count(Count.moreThan(1000)).basis(Basis.INDEPENDENT).build();

        assertThat(killed(floor, exact).range()).isEqualTo(new Headline.Range(exact, floor));
    }

    @Test
    void aRevisionReplacesTheFigureItRevisesEvenWhenBothAreDatedOnlyToTheMonth() {
        ReportedFigure first = Figures.killed("A", "Ministry", 18).asOf("2022-01").recordedAt("2022-01-09T00:00:00Z").build();
        ReportedFigure revision = Figures.killed("B", "Ministry", 17).asOf("2022-01").recordedAt("2022-01-08T00:00:00Z").supersedes("A").build();

        Headline headline = killed(first, revision);

        assertThat(headline.figure()).isEqualTo(revision);
        assertThat(headline.history()).containsExactly(first, revision);
        assertThat(headline.others()).isEmpty();
    }

    @Test
    void aRevisionDatedOnlyToTheMonthStillComesAfterAndReplacesTheDayFigureItRevises() {
        ReportedFigure dayFigure = Figures.killed("A", "Ministry", 230).asOf("2022-01-15").build();
        ReportedFigure monthRevision = Figures.killed("B", "Ministry", 225).asOf("2022-01").supersedes("A").build();

        Headline headline = killed(monthRevision, dayFigure);

        assertThat(headline.figure()).isEqualTo(monthRevision);
        assertThat(headline.history()).containsExactly(dayFigure, monthRevision);
    }

    @Test
    void aRetractedFigureIsNeverTheHeadlineAndTheFigureItRevisedStandsAgain() {
        ReportedFigure first = Figures.killed("A", "Ministry", 164).asOf("2022-01-10").build();
        ReportedFigure retracted = Figures.killed("B", "Ministry", 225).asOf("2022-01-15").supersedes("A").status(Status.RETRACTED).build();

        Headline headline = killed(first, retracted);

        assertThat(headline.figure()).isEqualTo(first);
        assertThat(headline.history()).as("the retracted figure stays in the history, marked").containsExactly(first, retracted);
    }

    @Test
    void aSeriesWhoseEveryFigureIsRetractedGivesNoHeadlineButStaysInTheSeries() {
        CasualtyFigures figures = new CasualtyFigures(List.of(Figures.killed("A", "Ministry", 164).status(Status.RETRACTED).build()));

        assertThat(figures.headline(Category.KILLED, Population.ALL)).isEmpty();
        assertThat(figures.series(Category.KILLED, Population.ALL)).singleElement().satisfies(series -> assertThat(series.current()).isEmpty());
    }

    @Test
    void aFigureForAPeriodIsNeverTheHeadlineNorAddedToOne() {
        ReportedFigure cumulative = Figures.killed("A", "Ministry", 164).asOf("2022-01-10").build();
        ReportedFigure oneDay = Figures.killed("B", "Ministry", 12).asOf("2022-01-11")
                .span(new Span.ForPeriod(PartialDate.parse("2022-01-11"), PartialDate.parse("2022-01-11"))).build();

        Headline headline = killed(cumulative, oneDay);

        assertThat(headline.figure()).isEqualTo(cumulative);
        assertThat(headline.history()).containsExactly(cumulative, oneDay);
    }

    @Test
    void theMissionsOwnLossesAreKeptApartAndNeverPartOfTheCrisisAll() {
        ReportedFigure crisis = Figures.killed("A", "Ministry", 225).build();
        ReportedFigure mission = Figures.killed("B", "Organization", 2).population(Population.MISSION_PERSONNEL).build();
        CasualtyFigures figures = new CasualtyFigures(List.of(crisis, mission));

        assertThat(figures.crisisHeadlines()).extracting(Headline::figure).containsExactly(crisis);
        assertThat(figures.missionLosses()).extracting(Headline::figure).containsExactly(mission);
    }

    @Test
    void aReportedZeroHasAHeadlineWhileACategoryNobodyReportedHasNone() {
        CasualtyFigures figures = new CasualtyFigures(List.of(
                Figures.killed("A", "Organization", 0).population(Population.MISSION_PERSONNEL).build()));

        assertThat(figures.headline(Category.KILLED, Population.MISSION_PERSONNEL)).get()
                .satisfies(zero -> assertThat(zero.figure().count()).isEqualTo(Count.exactly(0)));
        assertThat(figures.headline(Category.MISSING, Population.MISSION_PERSONNEL)).isEmpty();
    }

    @Test
    void aFigureIsRecordedOnce() {
        ReportedFigure figure = Figures.killed("A", "Ministry", 164).build();

        assertThatThrownBy(() -> new CasualtyFigures(List.of(figure, figure)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("recorded twice");
    }

    @Test
    void figuresThatBreakARevisionPolicyAreNotHeldTogether() {
        ReportedFigure ministry = Figures.killed("A", "Ministry", 164).build();
        ReportedFigure monitors = Figures.killed("B", "Monitors", 238).supersedes("A").build();

        assertThatThrownBy(() -> new CasualtyFigures(List.of(ministry, monitors)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("never merged");
    }
}
