package org.entente.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.entente.support.DatabaseTest;
import org.junit.jupiter.api.Test;

/**
 * A closed exercise stays readable as an exercise: closing takes back every role held in it, and from then on the secretariat
 * and observers of its organization read it as its observers (its restricted records too), while its former participants and the
 * organization's other role holders do not, and no one writes in it.
 */
class ClosedExerciseReadersTest extends DatabaseTest {

    @Test
    void theSecretariatAndObserversOfItsOrganizationReadAClosedExerciseAsItsObservers() {
        String director = tokenFor("closed-readers-director", "secretariat@CSTO");
        Answer created = postAs(director, "/api/v1/organizations/CSTO/exercises", json().writeValueAsBytes(Map.of("title", "Closed readers " + System.nanoTime())));
        assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
        String code = created.body().path("code").asString();
        String requests = "/api/v1/organizations/" + code + "/requests";
        String player = tokenFor("closed-readers-player", "liaison@" + code + "/KAZ");
        String observer = tokenFor("closed-readers-observer", "observer@CSTO");
        String liaison = tokenFor("closed-readers-liaison", "liaison@CSTO/KAZ");
        Answer filed = postAs(player, requests, json().writeValueAsBytes(Map.of("state", "KAZ", "threat", "terrorism", "description", "EXERCISE. Unrest")));
        assertThat(filed.status()).as("%s", filed.body()).isEqualTo(201);
        String request = requests + "/" + filed.body().path("id").asString();
        String pledges = "/api/v1/organizations/" + code + "/pledges?size=5";
        assertThat(getAs(observer, pledges).status()).as("while it runs, its participants read it").isEqualTo(403);
        assertThat(getAs(observer, request).status()).as("an open request is its organization's").isEqualTo(404);

        assertThat(postAs(director, "/api/v1/organizations/CSTO/exercises/" + code + "/closure", new byte[0]).status()).isEqualTo(200);

        assertThat(getAs(observer, pledges).status()).isEqualTo(200);
        Answer read = getAs(observer, request);
        assertThat(read.status()).as("%s", read.body()).isEqualTo(200);
        assertThat(read.body().path("status").asString()).as("still open: the organization's").isEqualTo("filed");
        assertThat(getAs(director, request).status()).isEqualTo(200);
        assertThat(getAs(player, request).status()).as("a former participant's role was taken back").isEqualTo(404);
        assertThat(getAs(liaison, request).status()).as("a liaison of the organization is neither its secretariat nor an observer").isEqualTo(404);
        assertThat(getAs(liaison, pledges).status()).isEqualTo(403);
        assertThat(getAs(observer, "/api/v1/organizations/CSTO/exercises/" + code).status()).isEqualTo(200);

        Answer written = postAs(director, "/api/v1/organizations/" + code + "/requests",
                json().writeValueAsBytes(Map.of("state", "KAZ", "threat", "terrorism", "description", "EXERCISE. After the end")));
        assertThat(written.status()).as("reading is all: %s", written.body()).isEqualTo(403);
        assertThat(getAs(observer, "/api/v1/me").body().toString()).as("a role it reads by, not one it holds").doesNotContain(code);
    }
}
