package org.entente.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One state's history in one organization, derived from its membership events and never typed in:
 * its membership periods (half-open, a frozen participation or a suspension pending a decision inside one), its
 * standing periods (member, participation frozen, suspended pending a decision, suspended, observer, partner), and
 * the events that could not happen
 * where they stand. Events are taken in date order; on one date, signatures and accessions first,
 * then confirmations, then the rest.
 */
public record MembershipHistory(StateCode state, List<MembershipEvent> events, List<StandingPeriod> membershipPeriods,
                                List<StandingPeriod> standingPeriods, List<SequenceViolation> violations) {

    static final Comparator<MembershipEvent> CHRONOLOGICAL = Comparator
            .comparing(MembershipEvent::date)
            .thenComparing(event -> event.type().sameDayRank())
            .thenComparing(MembershipEvent::id);

    public MembershipHistory {
        events = List.copyOf(events);
        membershipPeriods = List.copyOf(membershipPeriods);
        standingPeriods = List.copyOf(standingPeriods);
        violations = List.copyOf(violations);
    }

    /** Derives the history of {@code state} from its events (events of other states are ignored). */
    public static MembershipHistory derive(StateCode state, List<MembershipEvent> allEvents) {
        Objects.requireNonNull(state, "state");
        List<MembershipEvent> events = allEvents.stream()
                .filter(event -> event.state().equals(state))
                .sorted(CHRONOLOGICAL)
                .toList();
        var standings = new ArrayList<StandingPeriod>();
        var memberships = new ArrayList<StandingPeriod>();
        var violations = new ArrayList<SequenceViolation>();

        Standing current = Standing.NOT_MEMBER;
        MembershipEvent standingStart = null;
        MembershipEvent membershipStart = null;
        for (MembershipEvent event : events) {
            Transition transition = Transition.of(current, event.type());
            if (transition instanceof Transition.Rejected(String reason)) {
                violations.add(new SequenceViolation(event.id(), state, event.type(), event.date(), reason));
                continue;
            }
            Standing next = ((Transition.Allowed) transition).next();
            if (next == current) {
                continue; // a confirmation or a statement: the standing goes on
            }
            if (current != Standing.NOT_MEMBER) {
                standings.add(period(current, standingStart, event));
            }
            if (current.isMembership() && !next.isMembership()) {
                memberships.add(period(Standing.MEMBER, membershipStart, event));
            }
            if (!current.isMembership() && next.isMembership()) {
                membershipStart = event;
            }
            standingStart = event;
            current = next;
        }
        if (current != Standing.NOT_MEMBER) {
            standings.add(period(current, standingStart, null));
        }
        if (current.isMembership()) {
            memberships.add(period(Standing.MEMBER, membershipStart, null));
        }
        return new MembershipHistory(state, events, memberships, standings, violations);
    }

    private static StandingPeriod period(Standing standing, MembershipEvent start, MembershipEvent end) {
        return new StandingPeriod(standing, new Period(start.date(), end == null ? null : end.date()),
                start.id(), end == null ? null : end.id());
    }

    /** The state's standing on {@code day}: {@link Standing#NOT_MEMBER} outside every period. */
    public Standing standingOn(LocalDate day) {
        return standingPeriods.stream()
                .filter(period -> period.contains(day))
                .map(StandingPeriod::standing)
                .findFirst()
                .orElse(Standing.NOT_MEMBER);
    }

    public boolean isMemberOn(LocalDate day) {
        return standingOn(day).isMembership();
    }
}
