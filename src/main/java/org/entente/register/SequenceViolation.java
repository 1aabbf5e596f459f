package org.entente.register;

/** A membership event that cannot happen where it stands in a state's sequence of events, and why. */
public record SequenceViolation(String event, StateCode state, MembershipEventType type, PartialDate date, String reason) {
}
