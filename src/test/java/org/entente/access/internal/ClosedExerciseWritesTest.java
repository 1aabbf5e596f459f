package org.entente.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.entente.access.Decision;
import org.entente.register.Exercises;
import org.entente.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A page session keeps the roles it signed in with, so closing an exercise (which takes back every role held in it) does not
 * reach it: the access table itself refuses every write under the address of an exercise that no longer runs, while reads go on.
 */
class ClosedExerciseWritesTest extends DatabaseTest {

    @Autowired
    private Exercises exercises;

    private static MockHttpServletRequest request(String method, String path) {
        var request = new MockHttpServletRequest(method, path);
        request.setRequestURI(path);
        return request;
    }

    @Test
    void aSessionThatKeptItsRoleInAClosedExerciseWritesNothingThereAndStillReads() {
        String director = tokenFor("closed-exercise-director", "secretariat@CSTO");
        Answer created = postAs(director, "/api/v1/organizations/CSTO/exercises", json().writeValueAsBytes(Map.of("title", "Closed drill " + System.nanoTime())));
        assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
        String code = created.body().path("code").asString();
        var kept = new UsernamePasswordAuthenticationToken("closed-exercise-director", null,
                List.of(new SimpleGrantedAuthority("secretariat@" + code), new SimpleGrantedAuthority("secretariat@CSTO")));
        var policy = new PolicyAuthorization(exercises);
        String pledges = "/api/v1/organizations/" + code + "/pledges";
        assertThat(policy.decide(kept, request("POST", pledges))).as("while it runs").isInstanceOf(Decision.Allowed.class);

        assertThat(postAs(director, "/api/v1/organizations/CSTO/exercises/" + code + "/closure", new byte[0]).status()).isEqualTo(200);

        assertThat(policy.decide(kept, request("POST", pledges))).isInstanceOf(Decision.Refused.class)
                .satisfies(refused -> assertThat(((Decision.Refused) refused).reason()).contains(code).contains("closed"));
        assertThat(policy.decide(kept, request("POST", "/organizations/" + code + "/forces/pledges"))).isInstanceOf(Decision.Refused.class);
        assertThat(policy.decide(kept, request("GET", "/api/v1/organizations/" + code))).isInstanceOf(Decision.Allowed.class);
        assertThat(policy.decide(kept, request("POST", "/api/v1/organizations/CSTO/pledges"))).as("the real record is not the exercise")
                .isInstanceOf(Decision.Allowed.class);
    }
}
