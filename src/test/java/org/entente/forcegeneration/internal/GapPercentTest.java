package org.entente.forcegeneration.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "At most X% from the best possible plan" must never say less than the gap is: its percent is rounded up, to one decimal. */
class GapPercentTest {

    @Test
    void aTinyGapReadsAsAtMostATenthOfAPercentNotAsNone() {
        assertThat(ForceGenerationViews.percentAtMost(0.00003)).isEqualTo(0.1);
        assertThat(ForceGenerationViews.percentAtMost(1e-9)).isEqualTo(0.1);
    }

    @Test
    void aGapBetweenTenthsIsRoundedUp() {
        assertThat(ForceGenerationViews.percentAtMost(0.15941)).isEqualTo(16.0);
        assertThat(ForceGenerationViews.percentAtMost(0.1501)).isEqualTo(15.1);
    }

    @Test
    void aGapOnATenthStaysThere() {
        assertThat(ForceGenerationViews.percentAtMost(0.159)).isEqualTo(15.9);
        assertThat(ForceGenerationViews.percentAtMost(0.05)).isEqualTo(5.0);
        assertThat(ForceGenerationViews.percentAtMost(0)).isEqualTo(0.0);
    }
}
