package org.entente.mission;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.entente.forces.Equipment;
import org.entente.forces.GeoPoint;
import org.entente.mission.ContingentTimeline.Milestone;
import org.entente.mission.Headcount.Basis;
import org.entente.mission.MissionState.Step;
import org.entente.register.OrganizationCode;
import org.entente.register.PartialDate;
import org.entente.register.Period;
import org.entente.register.StateCode;

/**
 * The CSTO's mission to Kazakhstan in January 2022 as the facts file records it ({@code facts.missions[MIS-KAZ-2022]} of
 * ../shared/data/csto-facts.json): the domain must hold it, disagreements and all.
 */
final class Kazakhstan2022Mission {

    static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    static final String CSC = "CSTO Collective Security Council";

    private Kazakhstan2022Mission() {
    }

    static Mission mission() {
        return new Mission("MIS-KAZ-2022", OrganizationCode.of("CSTO"), "CSTO Collective Peacekeeping Forces operation in Kazakhstan",
                StateCode.of("KAZ"), basis(), mandate(), "CPF", commander(), MandatePeriod.of(new Period(PartialDate.parse("2022-01-06"), null)),
                new Theatre("Almaty and Almaty Region", new GeoPoint(43.2389, 76.8897), ALMATY), forceStrength(), history(),
                List.of(armenia(), belarus(), kyrgyzstan(), russia(), tajikistan()));
    }

    static LegalBasis basis() {
        return new LegalBasis("REQ-KAZ-2022", "CST-ART4", new LegalBasis.Grounds.RecordedFromDataset(List.of("URDU_2022_01")));
    }

    static Mandate mandate() {
        return new Mandate("protection of important state and military facilities; assistance to law-enforcement forces in stabilising the situation",
                EnumSet.of(MissionTask.PROTECT_SITES, MissionTask.SUPPORT_LAW_ENFORCEMENT), List.of("ARMRADIO_2022_01_06", "ART"));
    }

    static Commander commander() {
        return new Commander("Andrei (Andrey) Nikolayevich Serdyukov", "Colonel General", StateCode.of("RUS"), List.of("TASS_SERDYUKOV", "TREND_2022_01_13"));
    }

    /**
     * Planned on the decision (6 January), deploying with the first arrival (6 January), deployed (the facts date no day
     * the whole force was in place: known to the month), drawing down from 13 January, withdrawn 19 January.
     */
    static List<MissionState> history() {
        return List.of(
                new MissionState.Planned(step("2022-01-06", "ARMRADIO_2022_01_06")),
                new MissionState.Deploying(step("2022-01-06", "ARMRADIO_2022_01_06")),
                new MissionState.Deployed(step("2022-01", "ARMRADIO_2022_01_13")),
                new MissionState.DrawingDown(step("2022-01-13", "ARMRADIO_2022_01_13")),
                new MissionState.Withdrawn(step("2022-01-19", "SBBY_2022_01_20")));
    }

    static Step step(String day, String source) {
        return new Step(CSC, PartialDate.parse(day), List.of(source));
    }

    /** The whole force: about 2,030 reported, against the 2,500 announced and the article's "more than 2,500 paratroopers". */
    static Strength forceStrength() {
        Headcount reported = new Headcount(Count.about(2030), Basis.REPORTED, "more than 2,000 peacekeepers, about 250 equipment units",
                null, List.of("REUTERS_IT_2022", "NEWSWEP_2022"));
        Headcount announced = new Headcount(Count.exactly(2500), Basis.ANNOUNCED, "announced/planned size (Zas, 6 Jan 2022)",
                PartialDate.parse("2022-01-06"), List.of("SPUTNIK_2022_01_06"));
        Headcount article = new Headcount(Count.moreThan(2500), Basis.REPORTED, "more than 2,500 paratroopers", null, List.of("ART"));
        return new Strength(List.of(reported, announced, article), reported, "the size reported deployed, not the size announced");
    }

    static final Headcount ARMENIA_REPORTED = new Headcount(Count.exactly(100), Basis.REPORTED, "peacekeeping subdivision", null, List.of("JAMNEWS_2022"));
    /** The facts file calls it an "early Sputnik estimate" without naming the source; the Sputnik report of 6 January stands for it here. */
    static final Headcount ARMENIA_EARLY = new Headcount(Count.exactly(70), Basis.ESTIMATED, "early Sputnik estimate", null, List.of("SPUTNIK_2022_01_06"));

    static Contingent armenia() {
        return new Contingent(StateCode.of("ARM"), List.of(new Contingent.Unit.Recorded("12th Peacekeeping Brigade (per one report)", List.of("JAMNEWS_2022"))),
                List.of(), new Strength(List.of(ARMENIA_REPORTED, ARMENIA_EARLY), ARMENIA_REPORTED, "the later report of the contingent deployed"),
                ContingentTimeline.empty());
    }

    static final Headcount BELARUS_UNPUBLISHED = new Headcount(null, Basis.REPORTED, "not officially published", null,
            List.of("BELSAT_2022_01_06"));
    static final Headcount BELARUS_ESTIMATE = new Headcount(Count.about(500), Basis.ESTIMATED, "approximate early estimate", null, List.of("APOSTROPHE"));

    static Contingent belarus() {
        return new Contingent(StateCode.of("BLR"), List.of(new Contingent.Unit.Recorded(
                "peacekeeping company of the 103rd Vitebsk Airborne (Special Operations) Brigade", List.of("BELSAT_2022_01_06"))),
                List.of(), new Strength(List.of(BELARUS_UNPUBLISHED, BELARUS_ESTIMATE), BELARUS_UNPUBLISHED,
                        "no official figure was published; the estimate is an outsider's"), ContingentTimeline.empty());
    }

    static Contingent kyrgyzstan() {
        return new Contingent(StateCode.of("KGZ"), List.of(new Contingent.Unit.Recorded("150 servicemen", List.of("ARMRADIO_KGZ"))),
                List.of(new Equipment("automobile and armoured vehicles", 19)),
                Strength.of(new Headcount(Count.exactly(150), Basis.AUTHORISED, "parliament decision", null, List.of("ARMRADIO_KGZ"))),
                ContingentTimeline.empty());
    }

    static Contingent russia() {
        return new Contingent(StateCode.of("RUS"), List.of(new Contingent.Unit.Recorded(
                "units of 45th Guards Spetsnaz Brigade (VDV), 98th Guards Airborne Division, 31st Guards Air Assault Brigade", List.of("RMOL_2022", "TASS_SERDYUKOV"))),
                List.of(), Strength.of(new Headcount(null, Basis.REPORTED, "not officially published; bulk of the force", null,
                        List.of("RMOL_2022", "TASS_SERDYUKOV"))),
                new ContingentTimeline(Map.of(), Map.of(
                        Milestone.ARRIVAL, new ContingentTimeline.Reported(Moment.on("2022-01-06"), List.of("ARMRADIO_2022_01_06")),
                        Milestone.WITHDRAWAL_START, new ContingentTimeline.Reported(Moment.on("2022-01-13"), List.of("ARMRADIO_2022_01_13")),
                        Milestone.WITHDRAWAL_COMPLETE, new ContingentTimeline.Reported(Moment.on("2022-01-19"), List.of("SBBY_2022_01_20")))));
    }

    /**
     * The mission's sites as the facts give them: none named, and "14 objects of strategic importance" guarded, in Shoigu's
     * words of 13 January ({@code facilities_guarded}).
     */
    static Sites sites() {
        return new Sites(List.of(), new Sites.ReportedCount(Count.exactly(14), "objects of strategic importance", PartialDate.parse("2022-01-13"),
                List.of("ARMRADIO_2022_01_13")));
    }

    static Contingent tajikistan() {
        return new Contingent(StateCode.of("TJK"), List.of(), List.of(),
                Strength.of(new Headcount(Count.about(200), Basis.REPORTED, "approximate (RIA source)", null, List.of("ASIAPLUS_TJK"))),
                ContingentTimeline.empty());
    }
}
