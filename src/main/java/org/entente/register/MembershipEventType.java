package org.entente.register;

/** What a membership event does; {@link MembershipHistory} gives each its effect on a state's standing. */
public enum MembershipEventType implements Coded {
    SIGNED, ACCEDED, ENTERED_INTO_FORCE, RENEWED, DID_NOT_RENEW, WITHDREW, SUSPENDED, REINSTATED,
    PARTICIPATION_FROZEN, PARTICIPATION_RESUMED, SUSPENDED_PENDING_DECISION, OBSERVER_GRANTED, OBSERVER_ENDED, PARTNER_GRANTED,
    PARTNER_ENDED, STATEMENT;

    public static MembershipEventType fromCode(String code) {
        return Coded.fromCode(MembershipEventType.class, code);
    }

    /**
     * The order of events on the same date, whatever their ids: a status granted or ended before a
     * membership begins; the membership begins, is confirmed, its participation frozen or resumed,
     * suspended pending a decision, it is suspended and reinstated, and ends last; statements come at the very end.
     */
    int sameDayRank() {
        return switch (this) {
            case OBSERVER_ENDED, PARTNER_ENDED -> 0;
            case OBSERVER_GRANTED, PARTNER_GRANTED -> 1;
            case SIGNED, ACCEDED -> 2;
            case ENTERED_INTO_FORCE, RENEWED -> 3;
            case PARTICIPATION_FROZEN, PARTICIPATION_RESUMED, SUSPENDED_PENDING_DECISION -> 4;
            case SUSPENDED -> 5;
            case REINSTATED -> 6;
            case DID_NOT_RENEW, WITHDREW -> 7;
            case STATEMENT -> 8;
        };
    }
}
