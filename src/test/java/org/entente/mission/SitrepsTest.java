package org.entente.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.entente.mission.ContingentTimeline.Milestone;
import org.entente.mission.Sitrep.Change.MilestoneReport;
import org.entente.mission.Sitrep.Change.SiteStatusChange;
import org.entente.mission.SitrepChange.Difference;
import org.entente.mission.SitrepChange.Field;
import org.junit.jupiter.api.Test;

class SitrepsTest {

    @Test
    void aRevisionIsKeptBesideTheRevisionItSupersedesAndBothStayReadable() {
        Sitreps log = Sitreps.none("MIS-KAZ-2022").filing(Kazakhstan2022Sitreps.first()).filing(Kazakhstan2022Sitreps.firstRevised());

        assertThat(log.revisions(1)).containsExactly(Kazakhstan2022Sitreps.first(), Kazakhstan2022Sitreps.firstRevised());
        assertThat(log.revision(1, 1)).contains(Kazakhstan2022Sitreps.first());
        assertThat(log.latest(1)).contains(Kazakhstan2022Sitreps.firstRevised());
    }

    @Test
    void theLogAsItStandsIsTheLatestRevisionOfEveryNumber() {
        Sitreps log = Kazakhstan2022Sitreps.log();

        assertThat(log.current()).containsExactly(Kazakhstan2022Sitreps.firstRevised(), Kazakhstan2022Sitreps.armenianArrival());
        assertThat(log.filed()).hasSize(3);
        assertThat(log.latest(3)).isEmpty();
        assertThat(log.revisions(3)).isEmpty();
    }

    @Test
    void aNewSitrepTakesTheNumberAfterTheHighestFiled() {
        assertThat(Sitreps.none("MIS-KAZ-2022").nextNumber()).isEqualTo(1);
        assertThat(Kazakhstan2022Sitreps.log().nextNumber()).isEqualTo(3);
        assertThat(Sitreps.none("MIS-KAZ-2022").filing(Kazakhstan2022Sitreps.first()).filing(Kazakhstan2022Sitreps.firstRevised()).nextNumber())
                .as("a revision takes no new number").isEqualTo(2);
    }

    @Test
    void aRevisionShowsWhatItChangedFieldByFieldWithTheOldAndTheNew() {
        SitrepChange change = Kazakhstan2022Sitreps.log().change(1, 2).orElseThrow();

        assertThat(change.number()).isEqualTo(1);
        assertThat(change.revision()).isEqualTo(2);
        assertThat(change.fields()).containsExactly(Field.CHANGES, Field.INCIDENTS, Field.NEEDS);
        assertThat(change.differences()).containsExactly(
                new Difference.Listed<>(Field.CHANGES,
                        List.of(new SiteStatusChange(Kazakhstan2022Sitreps.AIRPORT, new SiteStatus.Secured(Kazakhstan2022Sitreps.at("2022-01-07T03:00:00Z")))),
                        List.of(new SiteStatusChange(Kazakhstan2022Sitreps.AIRPORT, new SiteStatus.Secured(Kazakhstan2022Sitreps.at("2022-01-07T05:00:00Z"))))),
                new Difference.Listed<>(Field.INCIDENTS, List.of(), List.of("shots heard near the airport perimeter at 04:10; no casualties")),
                new Difference.Listed<>(Field.NEEDS, List.of("fuel for the transport aircraft at the airport"), List.of()));
    }

    @Test
    void aFieldGivenAnewShowsItsOldAndNewValue() {
        Sitrep first = Kazakhstan2022Sitreps.first();
        Sitrep revised = SitrepBuilder.from(first).revision(2).summary("Corrected.").asOf("2022-01-07T05:00:00Z").nextDue(null).build();

        assertThat(SitrepChange.between(first, revised).differences()).containsExactly(
                new Difference.Replaced<>(Field.AS_OF, first.asOf(), Instant.parse("2022-01-07T05:00:00Z")),
                new Difference.Replaced<>(Field.SUMMARY, first.summary(), "Corrected."),
                new Difference.Replaced<>(Field.NEXT_DUE, first.nextDue(), null));
    }

    @Test
    void theSameItemsInAnotherOrderAreNoChangeButAnItemRepeatedIs() {
        Sitrep first = SitrepBuilder.sitrep(1, 1).incidents("a", "b").build();

        assertThat(SitrepChange.between(first, SitrepBuilder.from(first).revision(2).incidents("b", "a").build()).differences()).isEmpty();
        assertThat(SitrepChange.between(first, SitrepBuilder.from(first).revision(2).incidents("a", "b", "a").build()).differences())
                .containsExactly(new Difference.Listed<>(Field.INCIDENTS, List.of(), List.of("a")));
    }

    @Test
    void aFirstRevisionOrOneNotFiledChangedNothing() {
        assertThat(Kazakhstan2022Sitreps.log().change(1, 1)).isEmpty();
        assertThat(Kazakhstan2022Sitreps.log().change(2, 2)).isEmpty();
    }

    @Test
    void aChangeIsBetweenARevisionAndTheOneItSupersedes() {
        Sitrep first = Kazakhstan2022Sitreps.first();

        assertThatThrownBy(() -> SitrepChange.between(first, SitrepBuilder.from(first).revision(3).build())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SitrepChange.between(first, Kazakhstan2022Sitreps.armenianArrival())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLogHoldsItsNumbersAndRevisionsWithoutAGapInWhateverOrderTheyAreGiven() {
        assertThat(new Sitreps("MIS-KAZ-2022", List.of(Kazakhstan2022Sitreps.armenianArrival(), Kazakhstan2022Sitreps.firstRevised(),
                Kazakhstan2022Sitreps.first())).filed()).containsExactlyElementsOf(Kazakhstan2022Sitreps.log().filed());
        assertThatThrownBy(() -> new Sitreps("MIS-KAZ-2022", List.of(Kazakhstan2022Sitreps.armenianArrival())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("the next number, 1, not 2");
        assertThatThrownBy(() -> new Sitreps("MIS-KAZ-2022", List.of(Kazakhstan2022Sitreps.firstRevised())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was not filed");
        assertThatThrownBy(() -> Kazakhstan2022Sitreps.log().filing(Kazakhstan2022Sitreps.firstRevised()))
                .as("a revision filed twice").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLogHoldsOneMissionsSitreps() {
        assertThatThrownBy(() -> Sitreps.none("MIS-OTHER").filing(Kazakhstan2022Sitreps.first()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MIS-KAZ-2022, not of MIS-OTHER");
    }

    @Test
    void aNewSitrepFiledAfterRevisionsTakesItsPlaceAtTheEnd() {
        Sitrep third = SitrepBuilder.sitrep(3, 1).changes(new MilestoneReport(Kazakhstan2022Sitreps.RUSSIA, Milestone.WITHDRAWAL_START, Moment.on("2022-01-13")))
                .covering("2022-01-12T06:00:00Z", "2022-01-13T06:00:00Z").filedAt("2022-01-13T07:00:00Z").build();

        Sitreps log = Kazakhstan2022Sitreps.log().filing(third);

        assertThat(log.current()).last().isEqualTo(third);
        assertThat(log.nextNumber()).isEqualTo(4);
    }
}
