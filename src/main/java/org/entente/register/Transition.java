package org.entente.register;

import java.util.Locale;

/** The outcome of applying one membership event to a state's standing: the next standing, or why the event cannot happen then. */
public sealed interface Transition {

    record Allowed(Standing next) implements Transition {
    }

    record Rejected(String reason) implements Transition {
    }

    /**
     * The membership lifecycle: which event may follow which standing, and what it leads to.
     * Signing or acceding starts a membership; not renewing, withdrawing or a suspension ends it; a
     * frozen participation, or a suspension pending the council's decision, keeps it (the council then
     * suspends, or the participation resumes); confirmations (entry into force, renewal) need a membership;
     * statements change nothing.
     */
    static Transition of(Standing current, MembershipEventType event) {
        return switch (event) {
            case SIGNED, ACCEDED -> switch (current) {
                case NOT_MEMBER, OBSERVER, PARTNER -> to(Standing.MEMBER);
                case MEMBER, PARTICIPATION_FROZEN, SUSPENDED_PENDING_DECISION -> reject("the state is already a member; two memberships of one state cannot overlap");
                case SUSPENDED -> reject("the state's membership is suspended; it returns by reinstatement, not by a new signature");
            };
            case ENTERED_INTO_FORCE, RENEWED -> current.isMembership() ? stay(current) : reject("the state is not a member then (" + describe(current) + ")");
            case DID_NOT_RENEW -> leave(current, "not renewing");
            case WITHDREW -> leave(current, "a withdrawal");
            case SUSPENDED -> current.isMembership() ? to(Standing.SUSPENDED) : reject("only a membership can be suspended (" + describe(current) + ")");
            case REINSTATED -> current == Standing.SUSPENDED ? to(Standing.MEMBER) : reject("only a suspended state can be reinstated (" + describe(current) + ")");
            case PARTICIPATION_FROZEN -> current == Standing.MEMBER ? to(Standing.PARTICIPATION_FROZEN) : reject("only an active member can freeze its participation (" + describe(current) + ")");
            case PARTICIPATION_RESUMED -> current == Standing.PARTICIPATION_FROZEN || current == Standing.SUSPENDED_PENDING_DECISION
                    ? to(Standing.MEMBER) : reject("the state's participation is neither frozen nor suspended pending a decision (" + describe(current) + ")");
            case SUSPENDED_PENDING_DECISION -> current == Standing.MEMBER || current == Standing.PARTICIPATION_FROZEN
                    ? to(Standing.SUSPENDED_PENDING_DECISION)
                    : reject("only a member not already awaiting a decision can be suspended pending one (" + describe(current) + ")");
            case OBSERVER_GRANTED -> current == Standing.NOT_MEMBER || current == Standing.PARTNER ? to(Standing.OBSERVER) : reject("observer status is for non-members (" + describe(current) + ")");
            case OBSERVER_ENDED -> current == Standing.OBSERVER ? to(Standing.NOT_MEMBER) : reject("the state is not an observer (" + describe(current) + ")");
            case PARTNER_GRANTED -> current == Standing.NOT_MEMBER || current == Standing.OBSERVER ? to(Standing.PARTNER) : reject("partner status is for non-members (" + describe(current) + ")");
            case PARTNER_ENDED -> current == Standing.PARTNER ? to(Standing.NOT_MEMBER) : reject("the state is not a partner (" + describe(current) + ")");
            case STATEMENT -> stay(current);
        };
    }

    /** Not renewing and withdrawing end a membership, or a suspension; they need one before them. */
    private static Transition leave(Standing current, String what) {
        return current.isMembership() || current == Standing.SUSPENDED
                ? to(Standing.NOT_MEMBER)
                : reject(what + " needs a membership before it: the state has not signed or acceded (" + describe(current) + ")");
    }

    private static Transition to(Standing next) {
        return new Allowed(next);
    }

    private static Transition stay(Standing current) {
        return new Allowed(current);
    }

    private static Transition reject(String reason) {
        return new Rejected(reason);
    }

    private static String describe(Standing standing) {
        return "its standing then: " + standing.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
