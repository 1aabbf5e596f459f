package org.entente.register;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A state that was a member of an organization while that organization's exclusivity clause was in
 * force and, for the same days, a member of another organization registered as a military alliance.
 */
public record ExclusivityConflict(StateCode state, String clause, OrganizationCode otherAlliance, Period overlap) {

    /**
     * Finds every conflict: for each exclusivity clause of the organization, each membership period of
     * each of its members, and each membership period of the same state in another alliance, the days
     * all three share.
     */
    public static List<ExclusivityConflict> find(List<Clause> clauses, Membership membership, Map<OrganizationCode, Membership> otherAlliances) {
        var conflicts = new ArrayList<ExclusivityConflict>();
        for (Clause clause : clauses) {
            if (!clause.isOfKind(ClauseKind.EXCLUSIVITY)) {
                continue;
            }
            for (MembershipHistory history : membership.histories().values()) {
                for (StandingPeriod own : history.membershipPeriods()) {
                    var bound = own.period().intersect(clause.inForce());
                    if (bound.isEmpty()) {
                        continue;
                    }
                    otherAlliances.forEach((alliance, other) -> other.history(history.state()).ifPresent(otherHistory ->
                            otherHistory.membershipPeriods().forEach(theirs -> theirs.period().intersect(bound.get())
                                    .ifPresent(overlap -> conflicts.add(new ExclusivityConflict(history.state(), clause.id(), alliance, overlap))))));
                }
            }
        }
        return conflicts;
    }
}
