package org.entente.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.support.DatabaseTest;
import org.junit.jupiter.api.Test;

/** A load balancer's probes: the liveness and readiness of a running instance, open to everyone. */
class ProbesTest extends DatabaseTest {

    @Test
    void aRunningInstanceIsLiveAndReadyForTraffic() {
        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
            Answer answer = get(probe);
            assertThat(answer.status()).as(probe).isEqualTo(200);
            assertThat(answer.body().path("status").asString()).as(probe).isEqualTo("UP");
        }
    }
}
