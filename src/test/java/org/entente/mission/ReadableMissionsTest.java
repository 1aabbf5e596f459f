package org.entente.mission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.entente.access.Actor;
import org.entente.access.Role;
import org.entente.access.RoleGrant;
import org.entente.dataset.RequestFixtures;
import org.entente.register.OrganizationCode;
import org.entente.register.StateCode;
import org.entente.support.DatabaseTest;
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
        imported(RequestFixtures.withARequest(smallDataset("TESTRM1"), json()));
        String secretariat = tokenFor("readable-secretariat-testrm1", "secretariat@TESTRM1");
        String missionsPath = "/api/v1/organizations/TESTRM1/missions";
        var created = postAs(secretariat, missionsPath, json().writeValueAsBytes(Map.of("request", "EST-2019", "name", "Pact battalion in Estonia",
                "mandate", Map.of("text", "Hold the border posts", "tasks", List.of("border_monitoring")),
                "theatre", Map.of("area", "Narva", "lat", 59.38, "lon", 28.19, "timeZone", "Europe/Tallinn"), "sources", List.of("GAZETTE-2019"))));
        assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
        String path = missionsPath + "/" + created.body().path("id").asString();
        assertThat(postAs(secretariat, path + "/contingents", json().writeValueAsBytes(Map.of("state", "FIN",
                "units", List.of(Map.of("designation", "Pori Brigade company", "sources", List.of("GAZETTE-2019")))))).status()).isEqualTo(201);
        var filed = postAs(tokenFor("readable-liaison-fin-testrm1", "liaison@TESTRM1/FIN"), path + "/sitreps", json().writeValueAsBytes(Map.of(
                "scope", Map.of("kind", "contingent", "state", "FIN"), "from", "2019-12-20T06:00:00Z", "until", "2019-12-21T18:00:00Z",
                "summary", "The company is on the road to Narva.")));
        assertThat(filed.status()).as("%s", filed.body()).isEqualTo(201);
        OrganizationCode pact = OrganizationCode.of("TESTRM1");
        Actor finnishLiaison = new Actor.Person("readable-liaison-fin-testrm1", List.of(new RoleGrant(Role.LIAISON, pact, StateCode.of("FIN"))));

        assertThat(missions.readableBy(pact, Actor.ANONYMOUS)).singleElement().satisfies(readable -> assertThat(readable.sitreps()).isEmpty());
        assertThat(missions.readableBy(pact, finnishLiaison)).singleElement()
                .satisfies(readable -> assertThat(readable.sitreps()).extracting(Sitrep::number).containsExactly(1));
    }
}
