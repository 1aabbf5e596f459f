package org.entente.register;

import java.util.List;
import java.util.stream.Collectors;

/** Membership events and readable descriptions of derived periods, for the register's unit tests. */
final class MembershipEventFixtures {

    private MembershipEventFixtures() {
    }

    /** An event with one placeholder source; {@code date} is ISO text whose form is its precision (2024-02-22, 2024-02, 2024). */
    static MembershipEvent event(String id, String state, MembershipEventType type, String date) {
        return new MembershipEvent(id, StateCode.of(state), type, PartialDate.parse(date), null, null, List.of("SRC"));
    }

    static MembershipHistory history(String state, MembershipEvent... events) {
        return MembershipHistory.derive(StateCode.of(state), List.of(events));
    }

    /** A period as {@code [from, until)}, with {@code ...} for an open end; dates in their written precision. */
    static String describe(Period period) {
        return "[" + period.from() + ", " + (period.until() == null ? "..." : period.until().toString()) + ")";
    }

    /** A standing period as {@code member [1992-05-15, 1999-04-20)}. */
    static String describe(StandingPeriod period) {
        return period.standing().code() + " " + describe(period.period());
    }

    static List<String> describeAll(List<StandingPeriod> periods) {
        return periods.stream().map(MembershipEventFixtures::describe).collect(Collectors.toList());
    }
}
