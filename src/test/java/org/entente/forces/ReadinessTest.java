package org.entente.forces;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadinessTest {

    @Test
    void aPledgeRisesOneRungAtATimeFromPledgedToVerifiedToRapidDeployment() {
        assertThat(Readiness.PLEDGED.mayRiseTo(Readiness.VERIFIED)).isTrue();
        assertThat(Readiness.VERIFIED.mayRiseTo(Readiness.RAPID_DEPLOYMENT)).isTrue();
    }

    @Test
    void noRungIsSkippedAndNoVerificationGoesDown() {
        assertThat(Readiness.PLEDGED.mayRiseTo(Readiness.RAPID_DEPLOYMENT)).isFalse();
        assertThat(Readiness.RAPID_DEPLOYMENT.mayRiseTo(Readiness.VERIFIED)).isFalse();
        assertThat(Readiness.VERIFIED.mayRiseTo(Readiness.VERIFIED)).isFalse();
        assertThat(Readiness.RAPID_DEPLOYMENT.above()).isEmpty();
    }

    @Test
    void anEditSendsEveryRungBackToPledged() {
        for (Readiness readiness : Readiness.values()) {
            assertThat(readiness.afterEdit()).isEqualTo(Readiness.PLEDGED);
        }
    }
}
