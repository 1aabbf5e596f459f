package org.entente.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.register.MembershipEventFixtures.describe;
import static org.entente.register.MembershipEventFixtures.describeAll;
import static org.entente.register.MembershipEventFixtures.event;
import static org.entente.register.MembershipEventFixtures.history;
import static org.entente.register.MembershipEventType.ACCEDED;
import static org.entente.register.MembershipEventType.DID_NOT_RENEW;
import static org.entente.register.MembershipEventType.ENTERED_INTO_FORCE;
import static org.entente.register.MembershipEventType.OBSERVER_ENDED;
import static org.entente.register.MembershipEventType.OBSERVER_GRANTED;
import static org.entente.register.MembershipEventType.PARTICIPATION_FROZEN;
import static org.entente.register.MembershipEventType.PARTICIPATION_RESUMED;
import static org.entente.register.MembershipEventType.PARTNER_ENDED;
import static org.entente.register.MembershipEventType.PARTNER_GRANTED;
import static org.entente.register.MembershipEventType.REINSTATED;
import static org.entente.register.MembershipEventType.RENEWED;
import static org.entente.register.MembershipEventType.SIGNED;
import static org.entente.register.MembershipEventType.STATEMENT;
import static org.entente.register.MembershipEventType.SUSPENDED;
import static org.entente.register.MembershipEventType.SUSPENDED_PENDING_DECISION;
import static org.entente.register.MembershipEventType.WITHDREW;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MembershipHistoryTest {

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void aSignatureStartsAMembershipThatLastsWhileNothingEndsIt() {
        var history = history("KAZ", event("S", "KAZ", SIGNED, "1992-05-15"));

        assertThat(describeAll(history.membershipPeriods())).containsExactly("member [1992-05-15, ...)");
        assertThat(describeAll(history.standingPeriods())).containsExactly("member [1992-05-15, ...)");
        assertThat(history.violations()).isEmpty();
        assertThat(history.isMemberOn(day("2999-12-31"))).isTrue();
    }

    @Test
    void aMembershipIsHalfOpenMemberOnItsStartDateAndNotOnItsEndDate() {
        var history = history("AZE",
                event("A", "AZE", ACCEDED, "1993-09-24"),
                event("B", "AZE", DID_NOT_RENEW, "1999-04-20"));

        assertThat(describeAll(history.membershipPeriods())).containsExactly("member [1993-09-24, 1999-04-20)");
        assertThat(history.isMemberOn(day("1993-09-23"))).isFalse();
        assertThat(history.isMemberOn(day("1993-09-24"))).isTrue();
        assertThat(history.isMemberOn(day("1999-04-19"))).isTrue();
        assertThat(history.isMemberOn(day("1999-04-20"))).isFalse();
        assertThat(history.standingOn(day("1999-04-20"))).isEqualTo(Standing.NOT_MEMBER);
    }

    @Test
    void periodsNameTheEventsThatBeganAndEndedThem() {
        var history = history("GEO",
                event("GEO-IN", "GEO", ACCEDED, "1993-12-09"),
                event("GEO-OUT", "GEO", WITHDREW, "1999-04-20"));

        StandingPeriod period = history.membershipPeriods().getFirst();
        assertThat(period.startEvent()).isEqualTo("GEO-IN");
        assertThat(period.endEvent()).isEqualTo("GEO-OUT");
    }

    @Test
    void aSuspensionEndsTheMembershipAndIsAStandingPeriodOfItsOwn() {
        var history = history("UZB",
                event("A", "UZB", ACCEDED, "2006-06-23"),
                event("B", "UZB", SUSPENDED, "2012-12-19"));

        assertThat(describeAll(history.membershipPeriods())).containsExactly("member [2006-06-23, 2012-12-19)");
        assertThat(describeAll(history.standingPeriods())).containsExactly(
                "member [2006-06-23, 2012-12-19)",
                "suspended [2012-12-19, ...)");
        assertThat(history.standingOn(day("2012-12-19"))).isEqualTo(Standing.SUSPENDED);
        assertThat(history.isMemberOn(day("2012-12-19"))).isFalse();
        assertThat(history.membershipPeriods().getFirst().endEvent()).isEqualTo("B");
    }

    @Test
    void aFrozenParticipationDoesNotEndTheMembership() {
        var history = history("ARM",
                event("A", "ARM", SIGNED, "1992-05-15"),
                event("B", "ARM", PARTICIPATION_FROZEN, "2024-02-22"));

        assertThat(describeAll(history.membershipPeriods())).containsExactly("member [1992-05-15, ...)");
        assertThat(describeAll(history.standingPeriods())).containsExactly(
                "member [1992-05-15, 2024-02-22)",
                "participation_frozen [2024-02-22, ...)");
        assertThat(history.standingOn(day("2024-02-21"))).isEqualTo(Standing.MEMBER);
        assertThat(history.standingOn(day("2024-02-22"))).isEqualTo(Standing.PARTICIPATION_FROZEN);
        assertThat(history.isMemberOn(day("2024-02-22"))).isTrue();
    }

    @Test
    void derivesUzbekistansTwoMembershipsFromTheDocumentedExample() {
        var history = history("UZB",
                event("EV-UZB-SIGN-1992", "UZB", SIGNED, "1992-05-15"),
                event("EV-UZB-INFORCE-1994", "UZB", ENTERED_INTO_FORCE, "1994-04-20"),
                event("EV-UZB-EXIT-1999", "UZB", DID_NOT_RENEW, "1999-04-20"),
                event("EV-UZB-REJOIN-2006", "UZB", ACCEDED, "2006-06-23"),
                event("EV-UZB-SUSPEND-NOTE-2012", "UZB", SUSPENDED_PENDING_DECISION, "2012-06-28"),
                event("EV-UZB-SUSPEND-CSC-2012", "UZB", SUSPENDED, "2012-12-19"));

        assertThat(describeAll(history.membershipPeriods())).containsExactly(
                "member [1992-05-15, 1999-04-20)",
                "member [2006-06-23, 2012-12-19)");
        assertThat(describeAll(history.standingPeriods())).containsExactly(
                "member [1992-05-15, 1999-04-20)",
                "member [2006-06-23, 2012-06-28)",
                "suspended_pending_decision [2012-06-28, 2012-12-19)",
                "suspended [2012-12-19, ...)");
        assertThat(history.violations()).isEmpty();
        assertThat(history.isMemberOn(day("2003-01-01"))).isFalse();
        assertThat(history.isMemberOn(day("2012-07-01"))).isTrue();
    }

    @Test
    void aSuspensionPendingTheCouncilsDecisionKeepsTheMembershipUntilTheCouncilSuspends() {
        var history = history("UZB",
                event("A", "UZB", ACCEDED, "2006-06-23"),
                event("B", "UZB", SUSPENDED_PENDING_DECISION, "2012-06-28"),
                event("C", "UZB", SUSPENDED, "2012-12-19"));

        assertThat(history.violations()).isEmpty();
        assertThat(describeAll(history.membershipPeriods())).containsExactly("member [2006-06-23, 2012-12-19)");
        assertThat(history.standingOn(day("2012-06-28"))).isEqualTo(Standing.SUSPENDED_PENDING_DECISION);
        assertThat(history.isMemberOn(day("2012-12-18"))).isTrue();
        assertThat(history.standingOn(day("2012-12-19"))).isEqualTo(Standing.SUSPENDED);
    }

    @Test
    void aCouncilThatDoesNotSuspendLeavesAnActiveMemberByResumption() {
        var history = history("UZB",
                event("A", "UZB", ACCEDED, "2006-06-23"),
                event("B", "UZB", SUSPENDED_PENDING_DECISION, "2012-06-28"),
                event("C", "UZB", PARTICIPATION_RESUMED, "2012-12-19"));

        assertThat(history.violations()).isEmpty();
        assertThat(describeAll(history.standingPeriods())).containsExactly(
                "member [2006-06-23, 2012-06-28)",
                "suspended_pending_decision [2012-06-28, 2012-12-19)",
                "member [2012-12-19, ...)");
    }

    @Test
    void onlyAMemberCanBeSuspendedPendingADecisionAndNotTwice() {
        var outsider = history("UZB", event("A", "UZB", SUSPENDED_PENDING_DECISION, "2012-06-28"));
        var twice = history("UZB",
                event("A", "UZB", ACCEDED, "2006-06-23"),
                event("B", "UZB", SUSPENDED_PENDING_DECISION, "2012-06-28"),
                event("C", "UZB", SUSPENDED_PENDING_DECISION, "2012-07-01"));
        var suspended = history("UZB",
                event("A", "UZB", ACCEDED, "2006-06-23"),
                event("B", "UZB", SUSPENDED, "2012-06-28"),
                event("C", "UZB", SUSPENDED_PENDING_DECISION, "2012-07-01"));

        assertThat(outsider.violations()).extracting(SequenceViolation::event).containsExactly("A");
        assertThat(twice.violations()).extracting(SequenceViolation::event).containsExactly("C");
        assertThat(suspended.violations()).extracting(SequenceViolation::event).containsExactly("C");
    }

    @Test
    void resumingAFrozenParticipationMakesAnActiveMemberAgainWithinTheSameMembership() {
        var history = history("ARM",
                event("A", "ARM", SIGNED, "1992-05-15"),
                event("B", "ARM", PARTICIPATION_FROZEN, "2024-02-22"),
                event("C", "ARM", PARTICIPATION_RESUMED, "2026-01-01"));

        assertThat(describeAll(history.membershipPeriods())).containsExactly("member [1992-05-15, ...)");
        assertThat(describeAll(history.standingPeriods())).containsExactly(
                "member [1992-05-15, 2024-02-22)",
                "participation_frozen [2024-02-22, 2026-01-01)",
                "member [2026-01-01, ...)");
    }

    @Test
    void reinstatementEndsTheSuspensionAndStartsANewMembership() {
        var history = history("UZB",
                event("A", "UZB", ACCEDED, "2006-06-23"),
                event("B", "UZB", SUSPENDED, "2012-12-19"),
                event("C", "UZB", REINSTATED, "2020-01-01"));

        assertThat(describeAll(history.membershipPeriods())).containsExactly(
                "member [2006-06-23, 2012-12-19)",
                "member [2020-01-01, ...)");
        assertThat(describeAll(history.standingPeriods())).containsExactly(
                "member [2006-06-23, 2012-12-19)",
                "suspended [2012-12-19, 2020-01-01)",
                "member [2020-01-01, ...)");
        assertThat(history.membershipPeriods().get(1).startEvent()).isEqualTo("C");
    }

    @Test
    void aSuspendedStateMayWithdrawWhichEndsTheSuspension() {
        var history = history("UZB",
                event("A", "UZB", ACCEDED, "2006-06-23"),
                event("B", "UZB", SUSPENDED, "2012-12-19"),
                event("C", "UZB", WITHDREW, "2014-01-01"));

        assertThat(history.violations()).isEmpty();
        assertThat(describeAll(history.standingPeriods())).containsExactly(
                "member [2006-06-23, 2012-12-19)",
                "suspended [2012-12-19, 2014-01-01)");
        assertThat(history.standingOn(day("2014-01-01"))).isEqualTo(Standing.NOT_MEMBER);
    }

    @Test
    void observerAndPartnerAreStandingsButNotMembership() {
        var history = history("SRB",
                event("A", "SRB", OBSERVER_GRANTED, "2013-04-01"),
                event("B", "SRB", PARTNER_GRANTED, "2015-01-01"),
                event("C", "SRB", PARTNER_ENDED, "2017-01-01"),
                event("D", "SRB", OBSERVER_GRANTED, "2018-01-01"),
                event("E", "SRB", OBSERVER_ENDED, "2019-01-01"));

        assertThat(history.violations()).isEmpty();
        assertThat(history.membershipPeriods()).isEmpty();
        assertThat(describeAll(history.standingPeriods())).containsExactly(
                "observer [2013-04-01, 2015-01-01)",
                "partner [2015-01-01, 2017-01-01)",
                "observer [2018-01-01, 2019-01-01)");
        assertThat(history.standingOn(day("2014-01-01"))).isEqualTo(Standing.OBSERVER);
        assertThat(history.isMemberOn(day("2014-01-01"))).isFalse();
        assertThat(history.standingOn(day("2017-06-01"))).isEqualTo(Standing.NOT_MEMBER);
    }

    @Test
    void anObserverOrPartnerThatSignsBecomesAMember() {
        var observer = history("SRB",
                event("A", "SRB", OBSERVER_GRANTED, "2013-04-01"),
                event("B", "SRB", SIGNED, "2016-01-01"));
        var partner = history("SRB",
                event("A", "SRB", PARTNER_GRANTED, "2013-04-01"),
                event("B", "SRB", ACCEDED, "2016-01-01"));

        for (MembershipHistory history : List.of(observer, partner)) {
            assertThat(history.violations()).isEmpty();
            assertThat(describeAll(history.membershipPeriods())).containsExactly("member [2016-01-01, ...)");
            assertThat(history.standingOn(day("2016-01-01"))).isEqualTo(Standing.MEMBER);
        }
    }

    @Test
    void statementsAndConfirmationsChangeNothing() {
        var plain = history("ARM",
                event("A", "ARM", SIGNED, "1992-05-15"),
                event("B", "ARM", PARTICIPATION_FROZEN, "2024-02-22"));
        var withStatements = history("ARM",
                event("0", "ARM", STATEMENT, "1991-01-01"),
                event("A", "ARM", SIGNED, "1992-05-15"),
                event("A2", "ARM", ENTERED_INTO_FORCE, "1994-04-20"),
                event("A3", "ARM", RENEWED, "1999-04-02"),
                event("B", "ARM", PARTICIPATION_FROZEN, "2024-02-22"),
                event("C", "ARM", STATEMENT, "2024-05-08"),
                event("D", "ARM", RENEWED, "2024-06-01"),
                event("E", "ARM", STATEMENT, "2025"));

        assertThat(withStatements.violations()).isEmpty();
        assertThat(withStatements.membershipPeriods()).isEqualTo(plain.membershipPeriods());
        assertThat(withStatements.standingPeriods()).isEqualTo(plain.standingPeriods());
        assertThat(withStatements.events()).hasSize(8);
    }

    @Test
    void aStatementOfANonMemberLeavesItANonMember() {
        var history = history("ARM", event("A", "ARM", STATEMENT, "2024-01-01"));

        assertThat(history.violations()).isEmpty();
        assertThat(history.standingPeriods()).isEmpty();
        assertThat(history.standingOn(day("2024-01-01"))).isEqualTo(Standing.NOT_MEMBER);
    }

    @Test
    void onOneDateSignaturesComeFirstThenConfirmationsThenTheRestWhateverTheOrderGiven() {
        var history = history("BLR",
                event("A-LEAVE", "BLR", WITHDREW, "1999-04-20"),
                event("B-FORCE", "BLR", ENTERED_INTO_FORCE, "1993-12-31"),
                event("C-FREEZE", "BLR", PARTICIPATION_FROZEN, "1993-12-31"),
                event("D-SIGN", "BLR", ACCEDED, "1993-12-31"));

        assertThat(history.violations()).isEmpty();
        assertThat(history.events()).extracting(MembershipEvent::id).containsExactly("D-SIGN", "B-FORCE", "C-FREEZE", "A-LEAVE");
        assertThat(describeAll(history.standingPeriods())).containsExactly(
                "member [1993-12-31, 1993-12-31)",
                "participation_frozen [1993-12-31, 1999-04-20)");
        assertThat(describeAll(history.membershipPeriods())).containsExactly("member [1993-12-31, 1999-04-20)");
        assertThat(history.standingOn(day("1993-12-31"))).isEqualTo(Standing.PARTICIPATION_FROZEN);
    }

    @Test
    void onOneDateASuspensionComesBeforeAReinstatementWhateverTheirIds() {
        var history = history("UZB",
                event("0", "UZB", SIGNED, "2006-06-23"),
                event("B", "UZB", SUSPENDED, "2012-12-19"),
                event("A", "UZB", REINSTATED, "2012-12-19"));

        assertThat(history.violations()).isEmpty();
        assertThat(history.standingOn(day("2012-12-19"))).isEqualTo(Standing.MEMBER);
        assertThat(describeAll(history.membershipPeriods())).containsExactly("member [2006-06-23, 2012-12-19)", "member [2012-12-19, ...)");
    }

    @Test
    void amongEventsOfOneKindOnOneDateTheIdDecidesTheOrder() {
        // "A" (acceded) comes before "B" (signed): signing while already a member is rejected.
        var history = history("UZB",
                event("B", "UZB", SIGNED, "2006-06-23"),
                event("A", "UZB", ACCEDED, "2006-06-23"));

        assertThat(history.violations()).extracting(SequenceViolation::event).containsExactly("B");
    }

    @Test
    void notRenewingWhileSuspendedEndsTheSuspension() {
        var history = history("UZB",
                event("1", "UZB", SIGNED, "2006-06-23"),
                event("2", "UZB", SUSPENDED, "2012-12-19"),
                event("3", "UZB", DID_NOT_RENEW, "2017-04-20"));

        assertThat(history.violations()).isEmpty();
        assertThat(history.standingOn(day("2016-01-01"))).isEqualTo(Standing.SUSPENDED);
        assertThat(history.standingOn(day("2017-04-20"))).isEqualTo(Standing.NOT_MEMBER);
    }

    @Test
    void aSignatureAndAnEndOnTheSameDayLeaveNoMembershipThatDay() {
        var history = history("EST",
                event("Z-SIGN", "EST", SIGNED, "2015-03-10"),
                event("A-OUT", "EST", WITHDREW, "2015-03-10"));

        assertThat(history.violations()).isEmpty();
        assertThat(history.isMemberOn(day("2015-03-10"))).isFalse();
        assertThat(history.membershipPeriods()).allSatisfy(period -> assertThat(period.period().isEmpty()).isTrue());
    }

    @Test
    void datesKnownToTheYearOrMonthStandForTheirFirstDayAndKeepTheirPrecision() {
        var history = history("LVA",
                event("A", "LVA", ACCEDED, "2016"),
                event("B", "LVA", WITHDREW, "2020-02"));

        assertThat(describeAll(history.membershipPeriods())).containsExactly("member [2016, 2020-02)");
        Period period = history.membershipPeriods().getFirst().period();
        assertThat(period.from().precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(period.until().precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(history.isMemberOn(day("2015-12-31"))).isFalse();
        assertThat(history.isMemberOn(day("2016-01-01"))).isTrue();
        assertThat(history.isMemberOn(day("2020-01-31"))).isTrue();
        assertThat(history.isMemberOn(day("2020-02-01"))).isFalse();
    }

    @Test
    void aYearPrecisionDateSortsBeforeDayPrecisionDatesOfThatYear() {
        var history = history("LVA",
                event("A", "LVA", WITHDREW, "2016-03-01"),
                event("B", "LVA", ACCEDED, "2016"));

        assertThat(history.violations()).isEmpty();
        assertThat(describeAll(history.membershipPeriods())).containsExactly("member [2016, 2016-03-01)");
    }

    @Test
    void eventsOfOtherStatesAreIgnored() {
        var history = MembershipHistory.derive(StateCode.of("KAZ"), List.of(
                event("A", "KAZ", SIGNED, "1992-05-15"),
                event("B", "RUS", WITHDREW, "1993-01-01"),
                event("C", "RUS", SIGNED, "1992-05-15")));

        assertThat(history.events()).extracting(MembershipEvent::id).containsExactly("A");
        assertThat(history.violations()).isEmpty();
        assertThat(describeAll(history.membershipPeriods())).containsExactly("member [1992-05-15, ...)");
    }

    @Test
    void aRejectedEventIsRecordedWithWhatAndWhenAndIsOtherwiseSkipped() {
        var history = history("GEO",
                event("EARLY-EXIT", "GEO", WITHDREW, "1993-01-01"),
                event("IN", "GEO", ACCEDED, "1993-12-09"),
                event("OUT", "GEO", DID_NOT_RENEW, "1999-04-20"));

        assertThat(history.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.event()).isEqualTo("EARLY-EXIT");
            assertThat(violation.state()).isEqualTo(StateCode.of("GEO"));
            assertThat(violation.type()).isEqualTo(WITHDREW);
            assertThat(violation.date()).isEqualTo(PartialDate.parse("1993-01-01"));
            assertThat(violation.reason()).contains("withdrawal").contains("not signed");
        });
        assertThat(describeAll(history.membershipPeriods())).containsExactly("member [1993-12-09, 1999-04-20)");
    }

    @Test
    void membershipListsTheStandingOfEveryStateThatHasOneOnADate() {
        var membership = Membership.derive(OrganizationCode.of("CSTO"), List.of(
                event("1", "UZB", SIGNED, "1992-05-15"),
                event("2", "UZB", SUSPENDED, "2012-12-19"),
                event("3", "ARM", SIGNED, "1992-05-15"),
                event("4", "ARM", PARTICIPATION_FROZEN, "2024-02-22"),
                event("5", "AZE", ACCEDED, "1993-09-24"),
                event("6", "AZE", DID_NOT_RENEW, "1999-04-20"),
                event("7", "SRB", OBSERVER_GRANTED, "2013-04-01")));

        assertThat(membership.standingsOn(day("2025-01-01"))).containsExactly(
                new StateStanding(StateCode.of("ARM"), Standing.PARTICIPATION_FROZEN),
                new StateStanding(StateCode.of("SRB"), Standing.OBSERVER),
                new StateStanding(StateCode.of("UZB"), Standing.SUSPENDED));
        assertThat(membership.timeline()).extracting(MembershipEvent::id).containsExactly("1", "3", "5", "6", "2", "7", "4");
    }

    /** Each case: the events before (all allowed), then the event that cannot follow them. */
    static Stream<Arguments> rejectedSequences() {
        return Stream.of(
                rejected("a withdrawal before any signature", WITHDREW),
                rejected("not renewing before any signature", DID_NOT_RENEW),
                rejected("entry into force before any signature", ENTERED_INTO_FORCE),
                rejected("renewing when not a member", RENEWED),
                rejected("renewing after the membership ended", RENEWED, SIGNED, DID_NOT_RENEW),
                rejected("renewing while suspended", RENEWED, SIGNED, SUSPENDED),
                rejected("signing twice: two overlapping memberships", SIGNED, SIGNED),
                rejected("acceding while already a member", ACCEDED, SIGNED),
                rejected("signing while the participation is frozen", SIGNED, SIGNED, PARTICIPATION_FROZEN),
                rejected("signing while suspended instead of being reinstated", SIGNED, SIGNED, SUSPENDED),
                rejected("reinstating a state that never was a member", REINSTATED),
                rejected("reinstating an active member", REINSTATED, SIGNED),
                rejected("reinstating a member whose participation is frozen", REINSTATED, SIGNED, PARTICIPATION_FROZEN),
                rejected("reinstating a state that withdrew", REINSTATED, SIGNED, WITHDREW),
                rejected("suspending a non-member", SUSPENDED),
                rejected("suspending twice", SUSPENDED, SIGNED, SUSPENDED),
                rejected("freezing the participation of a non-member", PARTICIPATION_FROZEN),
                rejected("freezing a frozen participation", PARTICIPATION_FROZEN, SIGNED, PARTICIPATION_FROZEN),
                rejected("freezing the participation of a suspended state", PARTICIPATION_FROZEN, SIGNED, SUSPENDED),
                rejected("resuming a participation that is not frozen", PARTICIPATION_RESUMED, SIGNED),
                rejected("withdrawing twice", WITHDREW, SIGNED, WITHDREW),
                rejected("granting observer status to a member", OBSERVER_GRANTED, SIGNED),
                rejected("granting observer status to an observer", OBSERVER_GRANTED, OBSERVER_GRANTED),
                rejected("ending the observer status of a non-observer", OBSERVER_ENDED, PARTNER_GRANTED),
                rejected("granting partner status to a member", PARTNER_GRANTED, SIGNED, PARTICIPATION_FROZEN),
                rejected("granting partner status to a suspended state", PARTNER_GRANTED, SIGNED, SUSPENDED),
                rejected("ending the partner status of a non-partner", PARTNER_ENDED, OBSERVER_GRANTED),
                rejected("an observer withdrawing", WITHDREW, OBSERVER_GRANTED));
    }

    private static Arguments rejected(String description, MembershipEventType event, MembershipEventType... before) {
        return Arguments.of(description, List.of(before), event);
    }

    @ParameterizedTest(name = "rejects {0}")
    @MethodSource("rejectedSequences")
    void rejectsAnEventThatCannotFollowTheStandingBeforeIt(String description, List<MembershipEventType> before, MembershipEventType type) {
        var events = new ArrayList<MembershipEvent>();
        for (int i = 0; i < before.size(); i++) {
            events.add(event("E" + i, "GEO", before.get(i), (2000 + i) + "-01-01"));
        }
        events.add(event("BAD", "GEO", type, "2010-06-15"));
        var withoutTheBadEvent = MembershipHistory.derive(StateCode.of("GEO"), events.subList(0, before.size()));

        var history = MembershipHistory.derive(StateCode.of("GEO"), events);

        assertThat(withoutTheBadEvent.violations()).as("the events before are allowed").isEmpty();
        assertThat(history.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.event()).isEqualTo("BAD");
            assertThat(violation.type()).isEqualTo(type);
            assertThat(violation.reason()).isNotBlank();
        });
        assertThat(history.standingPeriods()).as("a rejected event changes no standing").isEqualTo(withoutTheBadEvent.standingPeriods());
        assertThat(history.membershipPeriods()).isEqualTo(withoutTheBadEvent.membershipPeriods());
    }

    @Test
    void describesTheStandingInTheReasonForARejection() {
        var history = history("UZB",
                event("A", "UZB", SIGNED, "1992-05-15"),
                event("B", "UZB", SUSPENDED, "2012-12-19"),
                event("C", "UZB", RENEWED, "2013-01-01"));

        assertThat(history.violations()).singleElement()
                .satisfies(violation -> assertThat(violation.reason()).contains("suspended"));
        assertThat(describe(history.standingPeriods().getLast())).isEqualTo("suspended [2012-12-19, ...)");
    }
}
