package org.entente.mission.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.entente.mission.CasualtyFigures;
import org.entente.mission.Count;
import org.entente.mission.ReportedFigure;
import org.entente.mission.ReportedFigure.Category;
import org.entente.mission.ReportedFigure.Population;
import org.entente.register.PartialDate;
import org.junit.jupiter.api.Test;

class CasualtyChartTest {

    static ReportedFigure killed(String id, Population population, long value, String recorded, String reporter, ReportedFigure.Basis basis,
                                 String supersedes) {
        return new ReportedFigure(id, Category.KILLED, population, Count.exactly(value), new ReportedFigure.Span.Cumulative(),
                PartialDate.parse(recorded), Instant.parse(recorded + "T00:00:00Z"), reporter, basis, List.of("SRC-" + id), null,
                ReportedFigure.Status.PROVISIONAL, supersedes);
    }

    /** The government's toll of 164 revised to 225; an independent count of 230; and the security forces' 18. */
    static CasualtyFigures figures() {
        return new CasualtyFigures(List.of(
                killed("GOV-164", Population.ALL, 164, "2022-01-10", "Government", ReportedFigure.Basis.OFFICIAL, null),
                killed("GOV-225", Population.ALL, 225, "2022-01-15", "Government", ReportedFigure.Basis.OFFICIAL, "GOV-164"),
                killed("NGO-230", Population.ALL, 230, "2022-01-16", "Monitors", ReportedFigure.Basis.INDEPENDENT, null),
                killed("GOV-18", Population.SECURITY_FORCES, 18, "2022-01-07", "Government", ReportedFigure.Basis.OFFICIAL, null)));
    }

    private static CasualtyChart chartOf(List<CasualtyChart> charts, Population population) {
        return charts.stream().filter(chart -> chart.population().equals(population.code())).findFirst().orElseThrow();
    }

    @Test
    void everyRevisionOfThePreferredSeriesIsAPointJoinedInOrderAndAnotherReportersFigureStandsApart() {
        CasualtyChart all = chartOf(CasualtyChart.of(figures().crisisHeadlines()), Population.ALL);

        assertThat(all.points()).extracting(point -> point.figure().id()).containsExactly("GOV-164", "GOV-225", "NGO-230");
        assertThat(all.points()).extracting(CasualtyChart.Point::preferred).containsExactly(true, true, false);
        assertThat(all.line()).as("the two revisions joined, the other reporter not").startsWith("M");
        assertThat(all.line().split(" L")).hasSize(2);
        assertThat(all.points().get(1).y()).as("225 stands higher than 164").isLessThan(all.points().get(0).y());
        assertThat(all.points().get(1).x()).as("recorded later").isGreaterThan(all.points().get(0).x());
        assertThat(all.counts().getLast().count()).isGreaterThanOrEqualTo(230);
    }

    @Test
    void theHeadlinesOfAMissionShareOneTimeAxisEachWithItsOwnCounts() {
        List<CasualtyChart> charts = CasualtyChart.of(figures().crisisHeadlines());
        CasualtyChart all = chartOf(charts, Population.ALL);
        CasualtyChart security = chartOf(charts, Population.SECURITY_FORCES);

        assertThat(security.days()).isEqualTo(all.days());
        assertThat(security.days().getFirst().day()).isEqualTo("2022-01-06");
        assertThat(security.points().getFirst().x()).isLessThan(all.points().getFirst().x());
        assertThat(security.counts().getLast().count()).isLessThan(all.counts().getLast().count());
    }

    @Test
    void theLineRunsInTheOrderTheFiguresEnteredTheRecordEvenWhereALaterReportRevisesAnEarlierOne() {
        var figures = new CasualtyFigures(List.of(
                killed("ART-17", Population.SECURITY_FORCES, 17, "2022-01-10", "Government", ReportedFigure.Basis.OFFICIAL, null),
                killed("EARLY-18", Population.SECURITY_FORCES, 18, "2022-01-07", "Government", ReportedFigure.Basis.OFFICIAL, "ART-17")));

        CasualtyChart chart = CasualtyChart.of(figures.crisisHeadlines()).getFirst();

        assertThat(chart.points()).extracting(point -> point.figure().id()).as("in the order of the revisions").containsExactly("ART-17", "EARLY-18");
        CasualtyChart.Point early = chart.points().get(1);
        assertThat(chart.line()).as("from the earlier entry").startsWith("M" + Math.round(early.x() * 10) / 10.0 + " ");
    }

    @Test
    void noFigureNoChart() {
        assertThat(CasualtyChart.of(List.of())).isEmpty();
    }
}
