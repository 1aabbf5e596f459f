package org.entente.forces;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.entente.register.Coded;
import org.entente.register.OrganizationCode;
import org.entente.register.StateCode;

/**
 * A unit a member state pledged to a pool of an organization: the state (fixed), the terms (which its
 * liaison may edit), and its history, one {@link Change} per change, each with who made it and when.
 * Its readiness is that of its last change; its version is the number of changes, so that a change
 * made from an older version can be told apart. Each transition returns the pledge as it then stands;
 * {@link PledgePolicies} says beforehand whether it may happen.
 */
public record Pledge(long id, OrganizationCode organization, StateCode state, PledgeTerms terms, List<Change> history) {

    /** What was done to a pledge, as a code for storage, the audit trail and the API. */
    public enum Action implements Coded {
        CREATE, EDIT, VERIFY, WITHDRAW
    }

    /** One change: what was done, the readiness it left the pledge at, who did it, when, and which terms it changed. */
    public record Change(Action action, Readiness readiness, String by, Instant at, List<PledgeTerms.Difference> differences) {
        public Change {
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(readiness, "readiness");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
            differences = differences == null ? List.of() : List.copyOf(differences);
        }
    }

    public Pledge {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(terms, "terms");
        history = List.copyOf(history);
        if (history.isEmpty() || history.getFirst().action() != Action.CREATE) {
            throw new IllegalArgumentException("a pledge's history starts with its creation");
        }
    }

    /** A new pledge, not yet stored (its id is 0 until it is). */
    public static Pledge create(OrganizationCode organization, StateCode state, PledgeTerms terms, String by, Instant at) {
        return new Pledge(0, organization, state, terms, List.of(new Change(Action.CREATE, Readiness.PLEDGED, by, at, List.of())));
    }

    /**
     * The pledge copied into {@code organization} (an exercise's, say), not yet stored: the same state, terms and readiness, with one
     * change, its creation by {@code by} at {@code at} at that readiness. A withdrawn pledge is not copied.
     */
    public Pledge copyInto(OrganizationCode organization, String by, Instant at) {
        requireActive("copy");
        return new Pledge(0, organization, state, terms, List.of(new Change(Action.CREATE, readiness(), by, at, List.of())));
    }

    public Pledge withId(long stored) {
        return new Pledge(stored, organization, state, terms, history);
    }

    public Readiness readiness() {
        return history.getLast().readiness();
    }

    public boolean withdrawn() {
        return history.getLast().action() == Action.WITHDRAW;
    }

    /** The number of changes made to the pledge so far: a change made from an older version is stale. */
    public int version() {
        return history.size();
    }

    /** Whether the pledge counts on {@code day}: not withdrawn, and {@code day} before its expiry. */
    public boolean validOn(LocalDate day) {
        return !withdrawn() && day.isBefore(terms.expiresOn());
    }

    /** New terms: the pledge goes back to the bottom of the readiness ladder ({@link Readiness#afterEdit}). */
    public Pledge edit(PledgeTerms next, String by, Instant at) {
        requireActive("edit");
        return changed(next, new Change(Action.EDIT, readiness().afterEdit(), by, at, next.differencesFrom(terms)));
    }

    /** Raised one rung by the secretariat's verification. */
    public Pledge raise(Readiness to, String by, Instant at) {
        requireActive("raise");
        if (!readiness().mayRiseTo(to)) {
            throw new IllegalStateException("pledge " + id + " cannot rise from " + readiness().code() + " to " + to.code());
        }
        return changed(terms, new Change(Action.VERIFY, to, by, at, List.of()));
    }

    /** Withdrawn by its state (or the secretariat): it no longer counts, and no longer changes. */
    public Pledge withdraw(String by, Instant at) {
        requireActive("withdraw");
        return changed(terms, new Change(Action.WITHDRAW, readiness(), by, at, List.of()));
    }

    /**
     * The unit as force generation needs it: whose, what, how many, how soon and how it travels, from
     * where, with the state's caveats. Force generation computes its arrival in a theatre with the one
     * ETA formula ({@link org.entente.forcegeneration.Eta}).
     */
    public PledgedUnit asPledgedUnit() {
        return new PledgedUnit(String.valueOf(id), state.value(), terms.designation(), terms.capability(), terms.personnel(),
                terms.noticeToMoveHours(), terms.homeBase(), terms.transport(), terms.caveats().noCombat(), terms.caveats().nationalCapPersonnel());
    }

    private Pledge changed(PledgeTerms next, Change change) {
        var changes = new ArrayList<>(history);
        changes.add(change);
        return new Pledge(id, organization, state, next, changes);
    }

    private void requireActive(String action) {
        if (withdrawn()) {
            throw new IllegalStateException("pledge " + id + " was withdrawn: cannot " + action + " it");
        }
    }
}
