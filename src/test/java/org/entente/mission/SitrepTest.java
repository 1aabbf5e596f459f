package org.entente.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SitrepTest {

    @Test
    void aSitrepIsNumberedAndRevisedFromOne() {
        assertThatThrownBy(() -> SitrepBuilder.sitrep(0, 1).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SitrepBuilder.sitrep(1, 0).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SitrepBuilder.sitrep(1, 1).missionId(" ").build()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRevisionSupersedesTheRevisionBeforeItAndAFirstFilingNone() {
        assertThat(SitrepBuilder.sitrep(3, 2).build().supersedes()).contains(1);
        assertThat(SitrepBuilder.sitrep(3, 1).build().supersedes()).isEmpty();
    }

    @Test
    void thePeriodCoveredEndsOnOrAfterItStarts() {
        assertThatThrownBy(() -> SitrepBuilder.sitrep(1, 1).covering("2022-01-07T06:00:00Z", "2022-01-07T05:59:59Z").asOf("2022-01-07T06:00:00Z").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("period");
        assertThatCode(() -> SitrepBuilder.sitrep(1, 1).covering("2022-01-07T06:00:00Z", "2022-01-07T06:00:00Z").asOf("2022-01-07T06:00:00Z").build())
                .as("a report of one moment").doesNotThrowAnyException();
    }

    @Test
    void aSitrepIsAsOfNoEarlierThanThePeriodItCoversStarts() {
        assertThatThrownBy(() -> SitrepBuilder.sitrep(1, 1).asOf("2022-01-06T05:59:59Z").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("as of");
    }

    @Test
    void theNextSitrepIsDueAfterThisOnesAsOfTime() {
        assertThatThrownBy(() -> SitrepBuilder.sitrep(1, 1).nextDue("2022-01-07T06:00:00Z").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("next sitrep");
        assertThatCode(() -> SitrepBuilder.sitrep(1, 1).nextDue("2022-01-07T06:00:01Z").build()).doesNotThrowAnyException();
    }

    @Test
    void aSummaryIsBounded() {
        assertThatThrownBy(() -> SitrepBuilder.sitrep(1, 1).summary(" ").build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SitrepBuilder.sitrep(1, 1).summary("x".repeat(Sitrep.MAX_SUMMARY + 1)).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatCode(() -> SitrepBuilder.sitrep(1, 1).summary("x".repeat(Sitrep.MAX_SUMMARY)).build()).doesNotThrowAnyException();
    }

    @Test
    void incidentsAndNeedsAreEachBoundedTextInABoundedList() {
        assertThatThrownBy(() -> SitrepBuilder.sitrep(1, 1).incidents("").build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("incidents");
        assertThatThrownBy(() -> SitrepBuilder.sitrep(1, 1).needs("x".repeat(Sitrep.MAX_ITEM + 1)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs");
        String[] tooMany = new String[Sitrep.MAX_ITEMS + 1];
        Arrays.fill(tooMany, "water");
        assertThatThrownBy(() -> SitrepBuilder.sitrep(1, 1).needs(tooMany).build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most");
    }

    @Test
    void aSitrepSaysWhoPreparedIt() {
        assertThatThrownBy(() -> SitrepBuilder.sitrep(1, 1).preparedBy(" ").build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SitrepBuilder.sitrep(1, 1).preparedBy("x".repeat(Sitrep.MAX_PREPARED_BY + 1)).build())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
