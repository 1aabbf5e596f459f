package org.entente.register;

/** What a membership event does; {@link MembershipHistory} gives each its effect on a state's standing. */
public enum MembershipEventType implements Coded {
    SIGNED, ACCEDED, ENTERED_INTO_FORCE, RENEWED, DID_NOT_RENEW, WITHDREW, SUSPENDED, REINSTATED,
    PARTICIPATION_FROZEN, PARTICIPATION_RESUMED, OBSERVER_GRANTED, OBSERVER_ENDED, PARTNER_GRANTED,
    PARTNER_ENDED, STATEMENT;

    public static MembershipEventType fromCode(String code) {
        return Coded.fromCode(MembershipEventType.class, code);
    }

    /** Among events on the same date, those that begin a membership come first, confirmations next, the rest last. */
    int sameDayRank() {
        return switch (this) {
            case SIGNED, ACCEDED -> 0;
            case ENTERED_INTO_FORCE, RENEWED -> 1;
            default -> 2;
        };
    }
}
