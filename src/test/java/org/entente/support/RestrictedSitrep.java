package org.entente.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.entente.access.Actor;
import org.entente.access.Role;
import org.entente.access.RoleGrant;
import org.entente.dataset.RequestFixtures;
import org.entente.register.OrganizationCode;
import org.entente.register.StateCode;

/**
 * A mission with one sitrep that not everyone may read, on an organization of the test's own (the small test document with its
 * request of Estonia): the mission on that request, a Finnish contingent, and a sitrep its liaison files now without a marking,
 * so for the contributors (Finland's liaison and the secretariat) only.
 *
 * @param organization the test's organization
 * @param mission the mission's API path
 * @param contributor Finland's liaison, who may read the sitrep
 */
public record RestrictedSitrep(OrganizationCode organization, String mission, Actor contributor) {

    /** Sets up the mission and files the sitrep, through the API, on the new organization {@code code} (e.g. {@code TESTRM1}). */
    public static RestrictedSitrep filed(DatabaseTest test, String code) {
        test.imported(RequestFixtures.withARequest(test.smallDataset(code), test.json()));
        String lower = code.toLowerCase(java.util.Locale.ROOT);
        String secretariat = test.tokenFor("restricted-secretariat-" + lower, "secretariat@" + code);
        String missions = "/api/v1/organizations/" + code + "/missions";
        var created = test.postAs(secretariat, missions, test.json().writeValueAsBytes(Map.of("request", "EST-2019", "name", "Pact battalion in Estonia",
                "mandate", Map.of("text", "Hold the border posts", "tasks", List.of("border_monitoring")),
                "theatre", Map.of("area", "Narva", "lat", 59.38, "lon", 28.19, "timeZone", "Europe/Tallinn"), "sources", List.of("GAZETTE-2019"))));
        assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
        String path = missions + "/" + created.body().path("id").asString();
        assertThat(test.postAs(secretariat, path + "/contingents", test.json().writeValueAsBytes(Map.of("state", "FIN",
                "units", List.of(Map.of("designation", "Pori Brigade company", "sources", List.of("GAZETTE-2019")))))).status()).isEqualTo(201);
        String liaison = "restricted-liaison-fin-" + lower;
        var filed = test.postAs(test.tokenFor(liaison, "liaison@" + code + "/FIN"), path + "/sitreps", test.json().writeValueAsBytes(Map.of(
                "scope", Map.of("kind", "contingent", "state", "FIN"), "from", "2019-12-20T06:00:00Z", "until", "2019-12-21T18:00:00Z",
                "summary", "The company is on the road to Narva.")));
        assertThat(filed.status()).as("%s", filed.body()).isEqualTo(201);
        assertThat(filed.body().path("revisions").path(0).path("sitrep").path("marking").asString()).isEqualTo("contributors");
        OrganizationCode organization = OrganizationCode.of(code);
        return new RestrictedSitrep(organization, path, new Actor.Person(liaison, List.of(new RoleGrant(Role.LIAISON, organization, StateCode.of("FIN")))));
    }
}
