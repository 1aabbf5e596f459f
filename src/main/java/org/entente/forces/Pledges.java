package org.entente.forces;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.entente.access.Actor;
import org.entente.register.OrganizationCode;

/** What other modules may read of the pledged units (those waiting for the secretariat's verification), and their copy into an exercise. */
public interface Pledges {

    /**
     * The organization's pledges that wait for the secretariat to verify them on {@code day}: on the bottom rung of the readiness
     * ladder ({@link Readiness#PLEDGED}: new, or edited since their verification), neither withdrawn nor expired; the longest waiting first.
     */
    List<Pledge> awaitingVerification(OrganizationCode organization, LocalDate day);

    /**
     * Copies every pledge of {@code from} that is not withdrawn into {@code to}, in the caller's transaction ({@link Pledge#copyInto}:
     * new ids; state, terms, expiry and readiness kept; one change, the copy's creation by {@code by} at {@code at}). Expired pledges
     * are copied as they are (they count in neither); stored rows that make no pledge are not copied. Returns each copy beside its original.
     */
    List<Copied> copy(OrganizationCode from, OrganizationCode to, String by, Instant at);

    /** The organization's pledges that count on {@code day} (neither withdrawn nor expired; stored rows that make no pledge left out), by id. */
    List<Pledge> current(OrganizationCode organization, LocalDate day);

    /**
     * Withdraws the pledge {@code id} of the organization through the pledges' own withdrawal command (its policies, row lock and audit
     * entry {@code pledge.withdraw}), by {@code actor}, joining the caller's transaction: the pledge as it then stands.
     */
    Pledge withdraw(OrganizationCode organization, long id, Actor actor);

    /** A pledge copied: the id of the original and that of its copy. */
    record Copied(long original, long copy) {
    }
}
