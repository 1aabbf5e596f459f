package org.entente.mission;

import java.time.Instant;
import java.util.List;
import org.entente.forces.GeoPoint;
import org.entente.mission.ContingentTimeline.Milestone;
import org.entente.mission.Sitrep.Change.MilestoneReport;
import org.entente.mission.Sitrep.Change.SiteStatusChange;
import org.entente.register.StateCode;

/**
 * A FIXTURE, NOT THE RECORD: sites and sitreps of the Kazakhstan mission made up for the tests, around the few facts the
 * facts file holds ({@link Kazakhstan2022Mission#sites()}: 14 objects of strategic importance, none named; the Russian
 * contingent's arrival on 6 January). Almaty airport's securing on 6-7 January is widely reported but is not in the facts
 * file: the article (source {@code ART}) names "Almaty Airport" among the "vital locations cleared of terrorists and
 * criminals" in Putin's words of 10 January, without saying by whom or when. So the site cites the article for its name
 * only; who held it, when it was assigned and secured, and every sitrep here, with who prepared it and what it says,
 * are the fixture's, not sourced facts.
 */
final class Kazakhstan2022Sitreps {

    static final String AIRPORT = "ALA-AIRPORT";
    static final StateCode RUSSIA = StateCode.of("RUS");
    static final StateCode ARMENIA = StateCode.of("ARM");

    private Kazakhstan2022Sitreps() {
    }

    static SiteStatus.Step at(String instant) {
        return new SiteStatus.Step(Moment.at(Instant.parse(instant)), List.of());
    }

    /** The airport as the fixture has it: assigned to the Russian contingent on the evening of 6 January (UTC), not yet secured. */
    static Site airportAssigned() {
        return new Site(AIRPORT, "Almaty International Airport", new GeoPoint(43.3521, 77.0405), MissionTask.PROTECT_SITES, RUSSIA, List.of("ART"),
                List.of(new SiteStatus.Assigned(at("2022-01-06T18:00:00Z"))));
    }

    /** The mission's sites: the facts' count of 14, and the fixture's airport. */
    static Sites sites() {
        return Kazakhstan2022Mission.sites().with(airportAssigned());
    }

    /** Sitrep 1 as first filed: the Russian contingent arrived (a fact: 6 January); the airport assigned and secured (the fixture's). */
    static Sitrep first() {
        return SitrepBuilder.sitrep(1, 1)
                .summary("First elements of the Collective Peacekeeping Forces arrived; Almaty airport assigned to the Russian contingent and secured.")
                .changes(new MilestoneReport(RUSSIA, Milestone.ARRIVAL, Moment.on("2022-01-06")),
                        new SiteStatusChange(AIRPORT, new SiteStatus.Assigned(at("2022-01-06T18:00:00Z"))),
                        new SiteStatusChange(AIRPORT, new SiteStatus.Secured(at("2022-01-07T03:00:00Z"))))
                .needs("fuel for the transport aircraft at the airport")
                .nextDue("2022-01-08T06:00:00Z")
                .build();
    }

    /** Sitrep 1, revision 2: the airport secured two hours later than first reported, an incident added, the need met. */
    static Sitrep firstRevised() {
        return SitrepBuilder.from(first()).revision(2)
                .changes(new MilestoneReport(RUSSIA, Milestone.ARRIVAL, Moment.on("2022-01-06")),
                        new SiteStatusChange(AIRPORT, new SiteStatus.Assigned(at("2022-01-06T18:00:00Z"))),
                        new SiteStatusChange(AIRPORT, new SiteStatus.Secured(at("2022-01-07T05:00:00Z"))))
                .incidents("shots heard near the airport perimeter at 04:10; no casualties")
                .needs()
                .filedAt("2022-01-07T10:00:00Z")
                .build();
    }

    /** Sitrep 2: the Armenian liaison reports the contingent's arrival (the day is the fixture's). */
    static Sitrep armenianArrival() {
        return SitrepBuilder.sitrep(2, 1).scope(Sitrep.Scope.contingent(ARMENIA)).preparedBy("liaison.arm")
                .covering("2022-01-07T06:00:00Z", "2022-01-08T06:00:00Z")
                .summary("The Armenian peacekeeping subdivision arrived in Almaty.")
                .changes(new MilestoneReport(ARMENIA, Milestone.ARRIVAL, Moment.on("2022-01-07")))
                .filedAt("2022-01-08T06:30:00Z")
                .build();
    }

    /** The log: sitrep 1 in both its revisions, and sitrep 2. */
    static Sitreps log() {
        return new Sitreps("MIS-KAZ-2022", List.of(first(), firstRevised(), armenianArrival()));
    }
}
