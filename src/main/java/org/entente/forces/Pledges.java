package org.entente.forces;

import java.time.LocalDate;
import java.util.List;
import org.entente.register.OrganizationCode;

/** What other modules may read of the pledged units: those waiting for the secretariat's verification. */
public interface Pledges {

    /**
     * The organization's pledges that wait for the secretariat to verify them on {@code day}: on the bottom rung of the readiness
     * ladder ({@link Readiness#PLEDGED}: new, or edited since their verification), neither withdrawn nor expired; the longest waiting first.
     */
    List<Pledge> awaitingVerification(OrganizationCode organization, LocalDate day);
}
