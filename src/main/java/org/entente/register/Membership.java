package org.entente.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The membership of every state that ever had an event in one organization, each history derived from its events. */
public record Membership(OrganizationCode organization, Map<StateCode, MembershipHistory> histories) {

    public Membership {
        histories = new TreeMap<>(histories);
    }

    public static Membership derive(OrganizationCode organization, List<MembershipEvent> events) {
        Map<StateCode, MembershipHistory> histories = events.stream()
                .map(MembershipEvent::state)
                .distinct()
                .collect(Collectors.toMap(Function.identity(), state -> MembershipHistory.derive(state, events)));
        return new Membership(organization, histories);
    }

    /** The membership as it stood on {@code day}: derived from the events dated on or before it only. */
    public Membership asOf(LocalDate day) {
        return derive(organization, timeline().stream().filter(event -> !event.date().date().isAfter(day)).toList());
    }

    /** Every state that holds a standing other than {@link Standing#NOT_MEMBER} on {@code day}, by state code. */
    public List<StateStanding> standingsOn(LocalDate day) {
        return histories.values().stream()
                .map(history -> new StateStanding(history.state(), history.standingOn(day)))
                .filter(standing -> standing.standing() != Standing.NOT_MEMBER)
                .toList();
    }

    /**
     * The members in good standing on {@code day}, by state code: members whose participation is neither
     * frozen nor suspended (pending a decision or by it). They vote in the council and share the burden of a force.
     */
    public List<StateCode> inGoodStandingOn(LocalDate day) {
        return standingsOn(day).stream().filter(standing -> standing.standing() == Standing.MEMBER).map(StateStanding::state).sorted().toList();
    }

    public Optional<MembershipHistory> history(StateCode state) {
        return Optional.ofNullable(histories.get(state));
    }

    /** Every event of every state, in date order. */
    public List<MembershipEvent> timeline() {
        return histories.values().stream()
                .flatMap(history -> history.events().stream())
                .sorted(MembershipHistory.CHRONOLOGICAL.thenComparing(MembershipEvent::state))
                .toList();
    }

    public List<SequenceViolation> violations() {
        return histories.values().stream().flatMap(history -> history.violations().stream()).toList();
    }
}
