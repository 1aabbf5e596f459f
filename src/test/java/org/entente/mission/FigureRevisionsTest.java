package org.entente.mission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.command.Verdict;
import org.entente.mission.ReportedFigure.Population;
import org.junit.jupiter.api.Test;

class FigureRevisionsTest {

    private static final ReportedFigure TOLL = Figures.killed("TOLL", "Ministry", 164).build();

    @Test
    void aFigureThatRevisesNothingPassesBothPolicies() {
        ReportedFigure first = Figures.killed("NEW", "Ministry", 10).build();

        assertThat(FigureRevisions.revisesItsOwnSeries(first, List.of(TOLL))).isEqualTo(new Verdict.Allowed(FigureRevisions.REVISES_ITS_OWN_SERIES));
        assertThat(FigureRevisions.revisesTheLatestRevision(first, List.of(TOLL))).isEqualTo(new Verdict.Allowed(FigureRevisions.REVISES_THE_LATEST_REVISION));
    }

    @Test
    void aReporterRevisesItsOwnFigure() {
        ReportedFigure revision = Figures.killed("REV", "Ministry", 225).supersedes("TOLL").build();

        assertThat(FigureRevisions.revisesItsOwnSeries(revision, List.of(TOLL))).isInstanceOf(Verdict.Allowed.class);
    }

    @Test
    void aFigureOfAnotherReporterIsNeverRevisedByOneOfTheseSeriesButKeptBesideIt() {
        ReportedFigure monitors = Figures.killed("MON", "Monitors", 238).supersedes("TOLL").build();

        assertThat(FigureRevisions.revisesItsOwnSeries(monitors, List.of(TOLL))).isEqualTo(new Verdict.Refused(FigureRevisions.REVISES_ITS_OWN_SERIES,
                "figure MON (killed, all, by Monitors) cannot revise TOLL (killed, all, by Ministry): figures of different series are kept side by side, never merged"));
    }

    @Test
    void aFigureOfAnotherPopulationIsNotRevisedByIt() {
        ReportedFigure security = Figures.killed("SEC", "Ministry", 19).population(Population.SECURITY_FORCES).supersedes("TOLL").build();

        assertThat(FigureRevisions.revisesItsOwnSeries(security, List.of(TOLL))).isInstanceOf(Verdict.Refused.class);
    }

    @Test
    void aRevisionOfAFigureNotRecordedIsRefused() {
        ReportedFigure revision = Figures.killed("REV", "Ministry", 225).supersedes("GONE").build();

        assertThat(FigureRevisions.revisesItsOwnSeries(revision, List.of(TOLL)))
                .isEqualTo(new Verdict.Refused(FigureRevisions.REVISES_ITS_OWN_SERIES, "figure REV revises GONE, which is not recorded"));
    }

    @Test
    void aFigureIsRevisedOnceAndTheNextRevisionRevisesTheRevision() {
        ReportedFigure revision = Figures.killed("REV", "Ministry", 225).supersedes("TOLL").build();
        ReportedFigure second = Figures.killed("REV2", "Ministry", 230).supersedes("TOLL").build();
        ReportedFigure next = Figures.killed("REV3", "Ministry", 230).supersedes("REV").build();

        assertThat(FigureRevisions.revisesTheLatestRevision(second, List.of(TOLL, revision)))
                .isEqualTo(new Verdict.Refused(FigureRevisions.REVISES_THE_LATEST_REVISION, "figure TOLL is already revised by REV; revise that instead"));
        assertThat(FigureRevisions.revisesTheLatestRevision(next, List.of(TOLL, revision))).isInstanceOf(Verdict.Allowed.class);
        assertThat(FigureRevisions.revisesTheLatestRevision(revision, List.of(TOLL, revision))).isInstanceOf(Verdict.Allowed.class);
    }
}
