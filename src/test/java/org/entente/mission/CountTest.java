package org.entente.mission;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one reported number of people, for strength and casualty figures alike (its floors are tested with the figures). */
class CountTest {

    @Test
    void anApproximateCountRulesNoNumberOutAndIsNoFloor() {
        Count about500 = Count.about(500);

        assertThat(about500.admits(480)).isTrue();
        assertThat(about500.admits(520)).isTrue();
        assertThat(about500.isLowerBound()).isFalse();
        assertThat(about500.least()).isEqualTo(500);
        assertThat(about500).isLessThan(Count.atLeast(500)).isGreaterThan(Count.exactly(499));
    }

    @Test
    void aCountReadsAsTheSourceBoundsIt() {
        assertThat(Count.exactly(2030).words()).isEqualTo("2030");
        assertThat(Count.about(500).words()).isEqualTo("about 500");
        assertThat(Count.atLeast(19).words()).isEqualTo("at least 19");
        assertThat(Count.moreThan(1000).words()).isEqualTo("more than 1000");
        assertThat(Count.upTo(1500).words()).isEqualTo("up to 1500");
    }

    @Test
    void aCeilingAdmitsNoMoreThanItsNumberAndAllowsNoneAtLeast() {
        Count upTo1500 = Count.upTo(1500);

        assertThat(upTo1500.admits(1500)).isTrue();
        assertThat(upTo1500.admits(1200)).isTrue();
        assertThat(upTo1500.admits(1501)).isFalse();
        assertThat(upTo1500.isLowerBound()).isFalse();
        assertThat(upTo1500.least()).isZero();
        assertThat(upTo1500.bound().code()).isEqualTo("up_to");
    }
}
