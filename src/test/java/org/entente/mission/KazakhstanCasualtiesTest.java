package org.entente.mission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.entente.mission.ReportedFigure.Category;
import org.entente.mission.ReportedFigure.Population;
import org.junit.jupiter.api.Test;

class KazakhstanCasualtiesTest {

    private final CasualtyFigures figures = KazakhstanCasualties.figures();

    @Test
    void theKilledHeadlineIsTheLatestOfficialTollOf225WithEverySourceBehindIt() {
        Headline killed = figures.headline(Category.KILLED, Population.ALL).orElseThrow();

        assertThat(killed.figure().id()).isEqualTo("KAZ-225");
        assertThat(killed.figure().count()).isEqualTo(Count.exactly(225));
        assertThat(killed.figure().reportedBy()).isEqualTo(KazakhstanCasualties.KAZAKHSTAN);
        assertThat(killed.sources()).containsExactly("AP_2022_01_15", "INDEP_2022");
        assertThat(killed.others()).isEmpty();
        assertThat(killed.range().agreed()).isTrue();
        assertThat(killed.range().low()).isEqualTo(killed.figure());
    }

    @Test
    void theKilledTollRanFrom164To225EachPointWithItsSource() {
        Headline killed = figures.headline(Category.KILLED, Population.ALL).orElseThrow();

        assertThat(killed.history()).extracting(figure -> figure.count().value()).containsExactly(164L, 225L);
        assertThat(killed.history()).extracting(ReportedFigure::sources)
                .containsExactly(java.util.List.of("INDEP_2022"), java.util.List.of("AP_2022_01_15", "INDEP_2022"));
    }

    @Test
    void theArticlesSeventeenPoliceAndTwentySixProtestersAreNeverAddedIntoATotal() {
        assertThat(figures.headline(Category.KILLED, Population.ALL).orElseThrow().history())
                .extracting(figure -> figure.count().value())
                .doesNotContain(43L, 44L);
        assertThat(figures.figures()).noneMatch(figure -> figure.count().value() == 43 || figure.count().value() == 44);
    }

    @Test
    void theSecurityForcesTollWasRevisedFrom17To18To19EvenThoughTheFirstTwoAreDatedOnlyToTheMonth() {
        Headline security = figures.headline(Category.KILLED, Population.SECURITY_FORCES).orElseThrow();

        assertThat(security.figure().count()).isEqualTo(Count.exactly(19));
        assertThat(security.history()).extracting(ReportedFigure::id).containsExactly("KAZ-ART-POLICE", "KAZ-EARLY-SECURITY", "KAZ-225-SECURITY");
        assertThat(security.history()).extracting(figure -> figure.sources().getFirst()).containsExactly("ART", "INDEP_2022", "AP_2022_01_15");
    }

    @Test
    void theProtestersHeadlineKeepsTheGovernmentsOwnWords() {
        Headline protesters = figures.headline(Category.KILLED, Population.PROTESTERS).orElseThrow();

        assertThat(protesters.figure().wording()).isEqualTo("26 armed criminals");
        assertThat(protesters.history()).extracting(ReportedFigure::id).containsExactly("KAZ-ART-PROTESTERS", "KAZ-EARLY-ARMED");
    }

    @Test
    void theArticlesMoreThanAThousandInjuredWasALowerBoundThatTheCountOf4353Revised() {
        Headline injured = figures.headline(Category.INJURED, Population.ALL).orElseThrow();
        ReportedFigure early = injured.history().getFirst();

        assertThat(injured.figure().count()).isEqualTo(Count.exactly(4353));
        assertThat(early.count().isLowerBound()).isTrue();
        assertThat(early.count().admits(1000)).isFalse();
        assertThat(early.count().admits(injured.figure().count().value())).isTrue();
    }

    @Test
    void theCstoReportedNoLossesAZeroThatIsAFigureKeptApartFromTheCrisis() {
        assertThat(figures.missionLosses()).singleElement().satisfies(losses -> {
            assertThat(losses.category()).isEqualTo(Category.KILLED);
            assertThat(losses.figure().count()).isEqualTo(Count.exactly(0));
            assertThat(losses.sources()).containsExactly("SBBY_2022_01_20");
        });
        assertThat(figures.headline(Category.INJURED, Population.MISSION_PERSONNEL)).isEmpty();
        assertThat(figures.crisisHeadlines()).extracting(Headline::population).doesNotContain(Population.MISSION_PERSONNEL);
        assertThat(figures.crisisHeadlines()).extracting(headline -> headline.figure().id())
                .containsExactly("KAZ-225-SECURITY", "KAZ-EARLY-ARMED", "KAZ-225", "KAZ-4353");
    }

    @Test
    void everySourceTheFiguresCiteIsASourceOfTheBuiltInDataset() throws IOException {
        String dataset;
        try (InputStream in = getClass().getResourceAsStream("/dataset/csto.json")) {
            dataset = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(figures.figures()).flatExtracting(ReportedFigure::sources)
                .allSatisfy(source -> assertThat(dataset).contains("\"id\": \"" + source + "\""));
    }
}
