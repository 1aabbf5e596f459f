package org.entente.mission;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.access.Actor;
import org.entente.register.OrganizationCode;
import org.entente.support.DatabaseTest;
import org.entente.support.RestrictedSitrep;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What other modules read of the missions for one reader ({@link Missions#readableBy}): each mission with its figures, and only
 * the sitreps that reader may read under their markings.
 */
class ReadableMissionsTest extends DatabaseTest {

    @Autowired
    private Missions missions;

    @Test
    void theKazakhstanMissionComesWithItsFiguresForEveryone() {
        Missions.Readable kazakhstan = missions.readableBy(OrganizationCode.of("CSTO"), Actor.ANONYMOUS).stream()
                .filter(readable -> readable.mission().id().equals("MIS-KAZ-2022")).findFirst().orElseThrow();

        assertThat(kazakhstan.figures().figures()).extracting(ReportedFigure::id).contains("KAZ-EARLY-SECURITY", "KAZ-225", "CSTO-NO-LOSSES");
    }

    @Test
    void aSitrepForTheContributorsIsReadByTheirLiaisonAndNotByEveryone() {
        RestrictedSitrep filed = RestrictedSitrep.filed(this, "TESTRM1");

        assertThat(missions.readableBy(filed.organization(), Actor.ANONYMOUS)).singleElement().satisfies(readable -> assertThat(readable.sitreps()).isEmpty());
        assertThat(missions.readableBy(filed.organization(), filed.contributor())).singleElement()
                .satisfies(readable -> assertThat(readable.sitreps()).extracting(Sitrep::number).containsExactly(1));
    }
}
