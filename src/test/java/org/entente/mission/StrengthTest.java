package org.entente.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.entente.mission.Headcount.Basis;
import org.entente.provenance.Claim;
import org.entente.provenance.Disagreement;
import org.junit.jupiter.api.Test;

class StrengthTest {

    @Test
    void thePreferredHeadcountIsShownWithItsReasonAndTheOthersBesideIt() {
        Strength armenia = Kazakhstan2022Mission.armenia().strength();

        assertThat(armenia.preferred().personnel()).isEqualTo(100);
        assertThat(armenia.reason()).isEqualTo("the later report of the contingent deployed");
        assertThat(armenia.others()).containsExactly(Kazakhstan2022Mission.ARMENIA_EARLY);
    }

    @Test
    void anUnpublishedFigureIsAClaimPreferredBesideAnOutsidersEstimate() {
        Strength belarus = Kazakhstan2022Mission.belarus().strength();

        assertThat(belarus.preferred()).isEqualTo(Kazakhstan2022Mission.BELARUS_UNPUBLISHED);
        assertThat(belarus.preferred().personnel()).isNull();
        assertThat(belarus.others()).extracting(Headcount::personnel).containsExactly(500);
        assertThat(belarus.range()).contains(new Strength.Range(500, 500));
    }

    @Test
    void theForceKeepsTheSizeAnnouncedBesideTheSizeReported() {
        Strength force = Kazakhstan2022Mission.forceStrength();

        assertThat(force.preferred().personnel()).isEqualTo(2030);
        assertThat(force.preferred().basis()).isEqualTo(Basis.REPORTED);
        assertThat(force.others()).extracting(Headcount::count, Headcount::basis)
                .containsExactly(Tuple.tuple(Count.exactly(2500), Basis.ANNOUNCED),
                        Tuple.tuple(Count.moreThan(2500), Basis.REPORTED));
    }

    @Test
    void theRangeRunsFromTheLeastToTheMostFigureASourceStates() {
        assertThat(Kazakhstan2022Mission.forceStrength().range()).contains(new Strength.Range(2030, 2500));
        assertThat(Kazakhstan2022Mission.armenia().strength().range()).contains(new Strength.Range(70, 100));
    }

    @Test
    void aStrengthNoSourceGivesANumberForHasNoRange() {
        assertThat(Kazakhstan2022Mission.russia().strength().range()).isEmpty();
    }

    @Test
    void theDisagreementIsKeptAsTheRegisterKeepsOne() {
        Disagreement disagreement = Kazakhstan2022Mission.armenia().strength().disagreement("DIS-MIS-KAZ-2022-ARM", "contingent:MIS-KAZ-2022:ARM").orElseThrow();

        assertThat(disagreement.attribute()).isEqualTo("personnel");
        assertThat(disagreement.reason()).isEqualTo("the later report of the contingent deployed");
        assertThat(disagreement.preferred()).isEqualTo(new Claim("100", "peacekeeping subdivision", true, List.of("JAMNEWS_2022")));
        assertThat(disagreement.others()).extracting(Claim::value).containsExactly("70");
        assertThat(Kazakhstan2022Mission.belarus().strength().disagreement("D", "contingent:MIS-KAZ-2022:BLR").orElseThrow().claims())
                .extracting(Claim::value).containsExactly("not published", "about 500");
        assertThat(Kazakhstan2022Mission.forceStrength().disagreement("D", "mission:MIS-KAZ-2022").orElseThrow().others())
                .extracting(Claim::value).containsExactly("2500", "more than 2500");
    }

    @Test
    void aStrengthOneSourceAloneGivesHasNoDisagreement() {
        Strength kyrgyzstan = Kazakhstan2022Mission.kyrgyzstan().strength();

        assertThat(kyrgyzstan.disagreement("D", "contingent:MIS-KAZ-2022:KGZ")).isEmpty();
        assertThat(kyrgyzstan.reason()).isEqualTo("the only figure the sources give");
        assertThat(kyrgyzstan.others()).isEmpty();
    }

    @Test
    void thePreferredHeadcountIsOneOfTheClaimsEachListedOnceAndPreferredForAReason() {
        Headcount other = new Headcount(Count.exactly(90), Basis.REPORTED, null, null, List.of("X"));

        assertThatThrownBy(() -> new Strength(List.of(Kazakhstan2022Mission.ARMENIA_REPORTED), other, "newer"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Strength(List.of(other, other), other, "newer")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Strength(List.of(other), other, " ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aHeadcountStatesANumberOfPersonnelFromOneToTheMostUnlessItSaysNoneWasPublished() {
        Headcount unpublished = new Headcount(null, Basis.REPORTED, "not officially published", null, List.of("X"));
        assertThat(unpublished.notPublished()).isTrue();
        assertThat(unpublished.personnel()).isNull();
        assertThat(unpublished.claim(false).value()).isEqualTo("not published");
        assertThat(new Headcount(Count.about(500), Basis.ESTIMATED, null, null, List.of("X")).claim(false).value()).isEqualTo("about 500");
        assertThatThrownBy(() -> new Headcount(Count.exactly(0), Basis.REPORTED, null, null, List.of("X"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Headcount(Count.exactly(Headcount.MAX_PERSONNEL + 1), Basis.REPORTED, null, null, List.of("X")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aHeadcountCitesASource() {
        assertThatThrownBy(() -> new Headcount(Count.exactly(100), Basis.REPORTED, null, null, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noSumOfStrengthsIsOffered() {
        Stream<Method> methods = Stream.of(Strength.class, Contingent.class, Mission.class).flatMap(type -> Stream.of(type.getMethods()));

        assertThat(methods.map(method -> method.getName().toLowerCase(Locale.ROOT)))
                .noneMatch(name -> name.contains("sum") || name.contains("total") || name.contains("add"));
    }
}
