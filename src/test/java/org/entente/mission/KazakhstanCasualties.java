package org.entente.mission;

import java.time.Instant;
import java.util.List;
import org.entente.mission.ReportedFigure.Basis;
import org.entente.mission.ReportedFigure.Category;
import org.entente.mission.ReportedFigure.Population;
import org.entente.mission.ReportedFigure.Span;
import org.entente.mission.ReportedFigure.Status;
import org.entente.register.PartialDate;

/**
 * The casualty figures of the January 2022 unrest in Kazakhstan and of the CSTO mission, as the facts
 * file gives them ({@code article_claims_review}, {@code missions[0].losses}): the article's early
 * figure, the official tolls that revised it, and the CSTO's report of no losses. Dates the facts do
 * not give to the day are kept to the month; the order of revisions then comes from what each revises.
 */
final class KazakhstanCasualties {

    static final String KAZAKHSTAN = "Government of Kazakhstan";
    static final String CSTO = "CSTO";
    /** When the figures entered the record: the dataset's import. */
    static final Instant RECORDED = Instant.parse("2026-01-01T00:00:00Z");

    private static final PartialDate JANUARY_2022 = PartialDate.parse("2022-01");
    private static final PartialDate FIFTEENTH = PartialDate.parse("2022-01-15");

    private KazakhstanCasualties() {
    }

    static CasualtyFigures figures() {
        return new CasualtyFigures(List.of(
                // the article: "according to President Tokayev ... 17 police and 26 protesters killed and more than a thousand injured"
                official("KAZ-ART-POLICE", Category.KILLED, Population.SECURITY_FORCES, Count.exactly(17), JANUARY_2022,
                        List.of("ART"), "17 polisi tewas (17 police killed)", null),
                official("KAZ-ART-PROTESTERS", Category.KILLED, Population.PROTESTERS, Count.exactly(26), JANUARY_2022,
                        List.of("ART"), "26 pengunjuk rasa tewas (26 protesters killed)", null),
                official("KAZ-ART-INJURED", Category.INJURED, Population.ALL, Count.moreThan(1000), JANUARY_2022,
                        List.of("ART"), "lebih dari seribu orang terluka (more than a thousand injured)", null),
                // the early official toll; the government's "armed criminals" are counted with the protesters, in its own words
                official("KAZ-EARLY-SECURITY", Category.KILLED, Population.SECURITY_FORCES, Count.exactly(18), JANUARY_2022,
                        List.of("INDEP_2022"), "18 security officers", "KAZ-ART-POLICE"),
                official("KAZ-EARLY-ARMED", Category.KILLED, Population.PROTESTERS, Count.exactly(26), JANUARY_2022,
                        List.of("INDEP_2022"), "26 armed criminals", "KAZ-ART-PROTESTERS"),
                official("KAZ-164", Category.KILLED, Population.ALL, Count.exactly(164), JANUARY_2022,
                        List.of("INDEP_2022"), "164 dead (about 10 January)", null),
                official("KAZ-225", Category.KILLED, Population.ALL, Count.exactly(225), FIFTEENTH,
                        List.of("AP_2022_01_15", "INDEP_2022"), "225 dead", "KAZ-164"),
                official("KAZ-225-SECURITY", Category.KILLED, Population.SECURITY_FORCES, Count.exactly(19), FIFTEENTH,
                        List.of("AP_2022_01_15", "INDEP_2022"), "including 19 security personnel", "KAZ-EARLY-SECURITY"),
                official("KAZ-4353", Category.INJURED, Population.ALL, Count.exactly(4353), FIFTEENTH,
                        List.of("AP_2022_01_15", "INDEP_2022"), "4,353 injured", "KAZ-ART-INJURED"),
                // the CSTO Secretary General: no losses of personnel (the facts file names no source of its own; his report to the council)
                new ReportedFigure("CSTO-NO-LOSSES", Category.KILLED, Population.MISSION_PERSONNEL, Count.exactly(0), new Span.Cumulative(),
                        JANUARY_2022, RECORDED, CSTO, Basis.OFFICIAL, List.of("SBBY_2022_01_20"),
                        "no losses of personnel, weapons or equipment", Status.CONFIRMED, null)));
    }

    private static ReportedFigure official(String id, Category category, Population population, Count count, PartialDate asOf,
            List<String> sources, String wording, String supersedes) {
        return new ReportedFigure(id, category, population, count, new Span.Cumulative(), asOf, RECORDED, KAZAKHSTAN, Basis.OFFICIAL,
                sources, wording, Status.PROVISIONAL, supersedes);
    }
}
