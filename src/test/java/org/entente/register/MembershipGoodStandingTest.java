package org.entente.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who is in good standing on a day: members whose participation is neither frozen nor suspended; not observers, not former members. */
class MembershipGoodStandingTest {

    private static MembershipEvent event(String state, MembershipEventType type, String date) {
        return new MembershipEvent(state + "-" + type.code() + "-" + date, StateCode.of(state), type, PartialDate.parse(date), null, null, List.of("S"));
    }

    @Test
    void onlyMembersWhoseParticipationIsNeitherFrozenNorSuspendedAreInGoodStanding() {
        Membership membership = Membership.derive(OrganizationCode.of("TEST"), List.of(
                event("RUS", MembershipEventType.SIGNED, "1992-05-15"),
                event("KAZ", MembershipEventType.SIGNED, "1992-05-15"),
                event("ARM", MembershipEventType.SIGNED, "1992-05-15"),
                event("ARM", MembershipEventType.PARTICIPATION_FROZEN, "2024-02-22"),
                event("UZB", MembershipEventType.SIGNED, "1992-05-15"),
                event("UZB", MembershipEventType.SUSPENDED, "2012-12-19"),
                event("SRB", MembershipEventType.OBSERVER_GRANTED, "2013-04-01")));

        assertThat(membership.inGoodStandingOn(LocalDate.parse("2025-01-01"))).extracting(StateCode::value).containsExactly("KAZ", "RUS");
        assertThat(membership.inGoodStandingOn(LocalDate.parse("2010-01-01"))).extracting(StateCode::value).containsExactly("ARM", "KAZ", "RUS", "UZB");
    }

    @Test
    void aMemberSuspendedPendingADecisionIsAMemberButNotInGoodStanding() {
        Membership membership = Membership.derive(OrganizationCode.of("TEST"), List.of(
                event("RUS", MembershipEventType.SIGNED, "1992-05-15"),
                event("UZB", MembershipEventType.ACCEDED, "2006-06-23"),
                event("UZB", MembershipEventType.SUSPENDED_PENDING_DECISION, "2012-06-28")));

        LocalDate pending = LocalDate.parse("2012-07-01");
        assertThat(membership.history(StateCode.of("UZB")).orElseThrow().isMemberOn(pending)).isTrue();
        assertThat(membership.inGoodStandingOn(pending)).extracting(StateCode::value).containsExactly("RUS");
    }
}
