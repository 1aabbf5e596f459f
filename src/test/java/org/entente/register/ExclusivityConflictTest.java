package org.entente.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.register.MembershipEventFixtures.event;
import static org.entente.register.MembershipEventType.ACCEDED;
import static org.entente.register.MembershipEventType.DID_NOT_RENEW;
import static org.entente.register.MembershipEventType.OBSERVER_GRANTED;
import static org.entente.register.MembershipEventType.PARTICIPATION_FROZEN;
import static org.entente.register.MembershipEventType.SIGNED;
import static org.entente.register.MembershipEventType.SUSPENDED;
import static org.entente.register.MembershipEventType.WITHDREW;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExclusivityConflictTest {

    private static final OrganizationCode CSTO = OrganizationCode.of("CSTO");
    private static final OrganizationCode OTHER = OrganizationCode.of("OTHER");

    static Clause clause(String id, Set<ClauseKind> kinds, String from, String until) {
        return new Clause(id, "TREATY", "1", "Article 1", null, kinds, PartialDate.parse(from),
                until == null ? null : PartialDate.parse(until), List.of("SRC"));
    }

    static Clause exclusivity(String from, String until) {
        return clause("ART1", Set.of(ClauseKind.NON_AGGRESSION, ClauseKind.EXCLUSIVITY), from, until);
    }

    /** The organization: KAZ a member from 1992 on; UZB twice, its second membership ending in a suspension. */
    static Membership organization() {
        return Membership.derive(CSTO, List.of(
                event("K1", "KAZ", SIGNED, "1992-05-15"),
                event("U1", "UZB", SIGNED, "1992-05-15"),
                event("U2", "UZB", DID_NOT_RENEW, "1999-04-20"),
                event("U3", "UZB", ACCEDED, "2006-06-23"),
                event("U4", "UZB", PARTICIPATION_FROZEN, "2012-06-28"),
                event("U5", "UZB", SUSPENDED, "2012-12-19")));
    }

    static Map<OrganizationCode, Membership> other(MembershipEvent... events) {
        return Map.of(OTHER, Membership.derive(OTHER, List.of(events)));
    }

    private static List<String> describe(List<ExclusivityConflict> conflicts) {
        return conflicts.stream()
                .map(c -> c.state() + " " + c.clause() + " " + c.otherAlliance() + " " + MembershipEventFixtures.describe(c.overlap()))
                .sorted()
                .toList();
    }

    @Test
    void aMemberInAnotherAllianceWhileTheClauseIsInForceConflictsForExactlyTheSharedDays() {
        var conflicts = ExclusivityConflict.find(List.of(exclusivity("1994-04-20", null)), organization(),
                other(event("O1", "KAZ", ACCEDED, "2010-03-01"), event("O2", "KAZ", WITHDREW, "2011-06-15")));

        assertThat(describe(conflicts)).containsExactly("KAZ ART1 OTHER [2010-03-01, 2011-06-15)");
    }

    @Test
    void theOverlapIsBoundedByTheOwnMembershipAndTheClausePeriod() {
        var conflicts = ExclusivityConflict.find(List.of(exclusivity("1994-04-20", "2010-01-01")), organization(),
                other(event("O1", "UZB", ACCEDED, "1993-01-01")));

        // UZB's own memberships [1992-05-15, 1999-04-20) and [2006-06-23, 2012-12-19), clause until 2010:
        assertThat(describe(conflicts)).containsExactly(
                "UZB ART1 OTHER [1994-04-20, 1999-04-20)",
                "UZB ART1 OTHER [2006-06-23, 2010-01-01)");
    }

    @Test
    void aFrozenParticipationStillCountsButASuspensionDoesNot() {
        var conflicts = ExclusivityConflict.find(List.of(exclusivity("1994-04-20", null)), organization(),
                other(event("O1", "UZB", ACCEDED, "2012-07-01")));

        assertThat(describe(conflicts)).containsExactly("UZB ART1 OTHER [2012-07-01, 2012-12-19)");
    }

    @Test
    void noConflictWhileTheClauseIsNotInForce() {
        var before = ExclusivityConflict.find(List.of(exclusivity("1994-04-20", null)), organization(),
                other(event("O1", "KAZ", ACCEDED, "1993-01-01"), event("O2", "KAZ", WITHDREW, "1994-04-20")));
        var after = ExclusivityConflict.find(List.of(exclusivity("1994-04-20", "2000-01-01")), organization(),
                other(event("O1", "KAZ", ACCEDED, "2000-01-01")));

        assertThat(before).isEmpty();
        assertThat(after).isEmpty();
    }

    @Test
    void noConflictWithoutAnExclusivityClause() {
        var clauses = List.of(
                clause("ART2", Set.of(ClauseKind.CONSULTATION), "1994-04-20", null),
                clause("ART4", Set.of(ClauseKind.COLLECTIVE_DEFENCE), "1994-04-20", null));

        var conflicts = ExclusivityConflict.find(clauses, organization(), other(event("O1", "KAZ", ACCEDED, "2010-03-01")));

        assertThat(conflicts).isEmpty();
    }

    @Test
    void noConflictWhenTheMembershipsDoNotOverlapOrTheStateIsNotAMemberElsewhere() {
        var conflicts = ExclusivityConflict.find(List.of(exclusivity("1994-04-20", null)), organization(), other(
                event("O1", "UZB", ACCEDED, "2000-01-01"),
                event("O2", "UZB", WITHDREW, "2006-06-23"),
                event("O3", "FIN", SIGNED, "1995-01-01"),
                event("O4", "KAZ", OBSERVER_GRANTED, "2001-01-01")));

        assertThat(conflicts).isEmpty();
    }

    @Test
    void findsConflictsWithEveryOtherAlliance() {
        var others = Map.of(
                OTHER, Membership.derive(OTHER, List.of(event("O1", "KAZ", ACCEDED, "2010-03-01"))),
                OrganizationCode.of("THIRD"), Membership.derive(OrganizationCode.of("THIRD"), List.of(event("T1", "UZB", ACCEDED, "2007-01-01"))));

        var conflicts = ExclusivityConflict.find(List.of(exclusivity("1994-04-20", null)), organization(), others);

        assertThat(describe(conflicts)).containsExactly(
                "KAZ ART1 OTHER [2010-03-01, ...)",
                "UZB ART1 THIRD [2007-01-01, 2012-12-19)");
    }
}
