package org.entente.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.register.MembershipEventFixtures.describeAll;
import static org.entente.register.MembershipEventFixtures.event;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MembershipTest {

    private static final OrganizationCode ORG = OrganizationCode.of("TEST");

    private static Membership uzbekistanAndArmenia() {
        return Membership.derive(ORG, List.of(
                event("U1", "UZB", MembershipEventType.SIGNED, "1992-05-15"),
                event("U2", "UZB", MembershipEventType.DID_NOT_RENEW, "1999-04-20"),
                event("U3", "UZB", MembershipEventType.ACCEDED, "2006-06-23"),
                event("U4", "UZB", MembershipEventType.SUSPENDED, "2012-12-19"),
                event("A1", "ARM", MembershipEventType.SIGNED, "1992-05-15")));
    }

    @Test
    void asOfAValidDateTheHistoryKnowsOnlyTheEventsUpToThatDay() {
        Membership in2010 = uzbekistanAndArmenia().asOf(LocalDate.parse("2010-01-01"));

        assertThat(describeAll(in2010.history(StateCode.of("UZB")).orElseThrow().standingPeriods()))
                .containsExactly("member [1992-05-15, 1999-04-20)", "member [2006-06-23, ...)");
        assertThat(in2010.timeline()).extracting(MembershipEvent::id).containsExactly("A1", "U1", "U2", "U3");
    }

    @Test
    void asOfTheDayOfAnEventThatEventCounts() {
        Membership onTheDay = uzbekistanAndArmenia().asOf(LocalDate.parse("2012-12-19"));

        assertThat(onTheDay.history(StateCode.of("UZB")).orElseThrow().standingOn(LocalDate.parse("2012-12-19")))
                .isEqualTo(Standing.SUSPENDED);
    }

    @Test
    void asOfADayBeforeAStatesFirstEventTheStateHasNoHistory() {
        Membership in1990 = uzbekistanAndArmenia().asOf(LocalDate.parse("1990-01-01"));

        assertThat(in1990.histories()).isEmpty();
        assertThat(in1990.standingsOn(LocalDate.parse("1990-01-01"))).isEmpty();
    }

    @Test
    void standingsOnADayListEveryStateWithAStandingInCodeOrder() {
        assertThat(uzbekistanAndArmenia().standingsOn(LocalDate.parse("2015-01-01"))).containsExactly(
                new StateStanding(StateCode.of("ARM"), Standing.MEMBER),
                new StateStanding(StateCode.of("UZB"), Standing.SUSPENDED));
    }
}
