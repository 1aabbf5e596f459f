package org.entente.forces;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.entente.access.Actor;
import org.entente.access.Role;
import org.entente.command.Verdict;
import org.entente.register.Membership;
import org.entente.register.OrganizationCode;
import org.entente.register.Standing;
import org.entente.register.StateCode;

/**
 * The named policies a pledge and every change to it must pass, each allowing it or saying why not.
 * {@link #forCreation}, {@link #forEdit}, {@link #forVerification} and {@link #forWithdrawal} list the
 * verdicts of every policy that applies to a command, so that a refusal gives every reason at once.
 */
public final class PledgePolicies {

    public static final String POOL_EXISTS = "pool-exists";
    public static final String STATE_IN_GOOD_STANDING = "state-in-good-standing";
    public static final String PERSONNEL_WITHIN_BOUNDS = "personnel-within-bounds";
    public static final String NOTICE_WITHIN_BOUNDS = "notice-to-move-within-bounds";
    public static final String WITHIN_NATIONAL_CAP = "personnel-within-national-cap";
    public static final String EXPIRY_IN_THE_FUTURE = "expiry-in-the-future";
    public static final String OWN_STATE = "liaison-for-own-state";
    public static final String SECRETARIAT_VERIFIES = "secretariat-verifies";
    public static final String ONE_RUNG_UP = "one-rung-up";
    public static final String NOT_WITHDRAWN = "not-withdrawn";
    public static final String DESIGNATION_NOT_RESERVED = "designation-not-reserved";

    private PledgePolicies() {
    }

    /** The pledge names a pool of the organization. */
    public static Verdict poolExists(String poolId, List<ForcePool> pools) {
        return pools.stream().anyMatch(pool -> pool.id().equals(poolId))
                ? new Verdict.Allowed(POOL_EXISTS)
                : new Verdict.Refused(POOL_EXISTS, "no pool '" + poolId + "'" + (pools.isEmpty() ? "; the organization has none"
                        : "; the pools are " + pools.stream().map(ForcePool::id).sorted().toList()));
    }

    /** The pledging state is a member in good standing today: a member, neither suspended nor with its participation frozen. */
    public static Verdict stateInGoodStanding(Membership membership, StateCode state, LocalDate today) {
        Standing standing = membership.history(state).map(history -> history.standingOn(today)).orElse(Standing.NOT_MEMBER);
        return standing == Standing.MEMBER
                ? new Verdict.Allowed(STATE_IN_GOOD_STANDING)
                : new Verdict.Refused(STATE_IN_GOOD_STANDING, state + " is not a member in good standing of " + membership.organization()
                        + " on " + today + " (" + standing.code().replace('_', ' ') + ")");
    }

    /** A unit has personnel, and no more than {@link PledgeTerms#MAX_PERSONNEL}. */
    public static Verdict personnelWithinBounds(int personnel) {
        return personnel > 0 && personnel <= PledgeTerms.MAX_PERSONNEL
                ? new Verdict.Allowed(PERSONNEL_WITHIN_BOUNDS)
                : new Verdict.Refused(PERSONNEL_WITHIN_BOUNDS, "a unit's personnel is from 1 to " + PledgeTerms.MAX_PERSONNEL + ", not " + personnel);
    }

    /** A unit moves within {@link PledgeTerms#MAX_NOTICE_TO_MOVE_HOURS} hours of the order, and not before it. */
    public static Verdict noticeWithinBounds(int hours) {
        return hours >= 0 && hours <= PledgeTerms.MAX_NOTICE_TO_MOVE_HOURS
                ? new Verdict.Allowed(NOTICE_WITHIN_BOUNDS)
                : new Verdict.Refused(NOTICE_WITHIN_BOUNDS, "a notice to move is from 0 to " + PledgeTerms.MAX_NOTICE_TO_MOVE_HOURS
                        + " hours, not " + hours);
    }

    /**
     * The bounds of the terms' figures: what the commands refuse, and what a feature reading stored pledges
     * leaves out (a pledge written around the commands, or before a bound existed).
     */
    public static List<Verdict> withinBounds(PledgeTerms terms) {
        return List.of(personnelWithinBounds(terms.personnel()), noticeWithinBounds(terms.noticeToMoveHours()));
    }

    /** A unit larger than its state's national cap could never be sent. */
    public static Verdict withinNationalCap(PledgeTerms terms) {
        Integer cap = terms.caveats().nationalCapPersonnel();
        return cap == null || terms.personnel() <= cap
                ? new Verdict.Allowed(WITHIN_NATIONAL_CAP)
                : new Verdict.Refused(WITHIN_NATIONAL_CAP, "the unit's " + terms.personnel() + " personnel exceed the national cap of " + cap);
    }

    /** A pledge stands for some time yet: its expiry is after today. */
    public static Verdict expiryInTheFuture(LocalDate expiresOn, LocalDate today) {
        return expiresOn.isAfter(today)
                ? new Verdict.Allowed(EXPIRY_IN_THE_FUTURE)
                : new Verdict.Refused(EXPIRY_IN_THE_FUTURE, "the pledge expires on " + expiresOn + ", which is not after today (" + today + ")");
    }

    /**
     * The designation prefix of the demo's illustrative catalogue ({@link PledgeTerms#ILLUSTRATIVE_PREFIX}) is the system's
     * alone: no person's pledge passes for an illustrative one, and no illustrative unit passes for a sourced pledge by
     * an edit that drops the prefix. {@code wasIllustrative} is whether the pledge was illustrative before (false for a new one).
     */
    public static Verdict designationNotReserved(Actor actor, boolean wasIllustrative, PledgeTerms terms) {
        if (actor instanceof Actor.System || terms.illustrative() == wasIllustrative) {
            return new Verdict.Allowed(DESIGNATION_NOT_RESERVED);
        }
        String prefix = "'" + PledgeTerms.ILLUSTRATIVE_PREFIX.strip() + "'";
        return new Verdict.Refused(DESIGNATION_NOT_RESERVED, wasIllustrative
                ? "an illustrative unit of the demo stays marked as one: its designation keeps the prefix " + prefix
                : "a designation starting " + prefix + " is reserved for the demo's illustrative units; name the unit otherwise");
    }

    /** A liaison acts for their own state only; the secretariat for any state. */
    public static Verdict actsForTheState(Actor actor, OrganizationCode organization, StateCode state) {
        return actor.holds(Role.SECRETARIAT, organization, null) || actor.holds(Role.LIAISON, organization, state)
                ? new Verdict.Allowed(OWN_STATE)
                : new Verdict.Refused(OWN_STATE, "a liaison manages their own state's pledges only, and the secretariat any; you are neither for "
                        + state + " in " + organization);
    }

    /** Only the secretariat verifies a pledge, raising it on the readiness ladder. */
    public static Verdict verifiedBySecretariat(Actor actor, OrganizationCode organization) {
        return actor.holds(Role.SECRETARIAT, organization, null)
                ? new Verdict.Allowed(SECRETARIAT_VERIFIES)
                : new Verdict.Refused(SECRETARIAT_VERIFIES, "only the secretariat of " + organization + " verifies pledges");
    }

    /** A verification raises a pledge one rung ({@link Readiness#mayRiseTo}). */
    public static Verdict oneRungUp(Readiness from, Readiness to) {
        return from.mayRiseTo(to)
                ? new Verdict.Allowed(ONE_RUNG_UP)
                : new Verdict.Refused(ONE_RUNG_UP, "a pledge rises one rung at a time: from " + from.code().replace('_', ' ')
                        + from.above().map(next -> " only to " + next.code().replace('_', ' ')).orElse(", the top rung, nowhere")
                        + ", not to " + to.code().replace('_', ' '));
    }

    /** A withdrawn pledge no longer changes. */
    public static Verdict notWithdrawn(Pledge pledge) {
        return notWithdrawn(pledge.id(), pledge.withdrawn());
    }

    /** A withdrawn pledge no longer changes, told by its id and whether it was withdrawn (all a stored pledge whose terms cannot be read still says). */
    public static Verdict notWithdrawn(long id, boolean withdrawn) {
        return withdrawn
                ? new Verdict.Refused(NOT_WITHDRAWN, "pledge " + id + " was withdrawn; it no longer changes")
                : new Verdict.Allowed(NOT_WITHDRAWN);
    }

    /** Every policy on a new pledge of {@code state}. */
    public static List<Verdict> forCreation(Actor actor, OrganizationCode organization, StateCode state, PledgeTerms terms,
                                            List<ForcePool> pools, Membership membership, LocalDate today) {
        var verdicts = new ArrayList<Verdict>();
        verdicts.add(actsForTheState(actor, organization, state));
        verdicts.add(designationNotReserved(actor, false, terms));
        verdicts.addAll(onTerms(state, terms, pools, membership, today));
        return List.copyOf(verdicts);
    }

    /** Every policy on new terms for {@code pledge}. */
    public static List<Verdict> forEdit(Actor actor, Pledge pledge, PledgeTerms terms, List<ForcePool> pools, Membership membership, LocalDate today) {
        var verdicts = new ArrayList<Verdict>();
        verdicts.add(actsForTheState(actor, pledge.organization(), pledge.state()));
        verdicts.add(notWithdrawn(pledge));
        verdicts.add(designationNotReserved(actor, pledge.terms().illustrative(), terms));
        verdicts.addAll(onTerms(pledge.state(), terms, pools, membership, today));
        return List.copyOf(verdicts);
    }

    /** Every policy on raising {@code pledge} to {@code to}: the secretariat, one rung, a pledge that still stands. */
    public static List<Verdict> forVerification(Actor actor, Pledge pledge, Readiness to, LocalDate today) {
        return List.of(verifiedBySecretariat(actor, pledge.organization()), notWithdrawn(pledge), oneRungUp(pledge.readiness(), to),
                expiryInTheFuture(pledge.terms().expiresOn(), today));
    }

    public static List<Verdict> forWithdrawal(Actor actor, Pledge pledge) {
        return forWithdrawal(actor, pledge.organization(), pledge.state(), pledge.id(), pledge.withdrawn());
    }

    /** Every policy on withdrawing a pledge, from what a withdrawal needs of it: whose it is and whether it was withdrawn. */
    public static List<Verdict> forWithdrawal(Actor actor, OrganizationCode organization, StateCode state, long id, boolean withdrawn) {
        return List.of(actsForTheState(actor, organization, state), notWithdrawn(id, withdrawn));
    }

    private static List<Verdict> onTerms(StateCode state, PledgeTerms terms, List<ForcePool> pools, Membership membership, LocalDate today) {
        Objects.requireNonNull(terms, "terms");
        var verdicts = new ArrayList<Verdict>();
        verdicts.add(poolExists(terms.poolId(), pools));
        verdicts.add(stateInGoodStanding(membership, state, today));
        verdicts.addAll(withinBounds(terms));
        verdicts.add(withinNationalCap(terms));
        verdicts.add(expiryInTheFuture(terms.expiresOn(), today));
        return List.copyOf(verdicts);
    }

    public static List<Verdict.Refused> refusals(List<Verdict> verdicts) {
        return verdicts.stream().filter(Verdict.Refused.class::isInstance).map(Verdict.Refused.class::cast).toList();
    }
}
