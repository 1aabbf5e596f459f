package org.entente.register;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.entente.command.Refusal;
import org.entente.provenance.ChangeCount;

/**
 * The register's questions. Each takes the instant at which to read the register: the present for
 * the current record, or an earlier instant to see it as it stood before later corrections.
 */
public interface Register {

    /** The real organizations registered at {@code recordedAt}, by code: an exercise ({@link Exercises}) is none of them. */
    List<Organization> organizations(Instant recordedAt);

    Optional<Organization> organization(OrganizationCode code, Instant recordedAt);

    /**
     * The organization an address names by {@code code} in its parameter {@code field}, as registered at
     * {@code recordedAt}: the one lookup of every request that names one. A refusal names the parameter
     * where the code is not of an organization code's form (invalid) or names none (not found).
     */
    default Organization organizationNamed(String field, String code, Instant recordedAt) {
        OrganizationCode.whyNot(code).ifPresent(why -> {
            throw Refusal.invalid(field, why);
        });
        return organization(OrganizationCode.of(code), recordedAt)
                .orElseThrow(() -> Refusal.notFound(field, "no organization '" + code + "' in the register at " + recordedAt));
    }

    /** The organization's whole content, or empty if it was not registered at that instant. */
    Optional<RegisterContent> content(OrganizationCode code, Instant recordedAt);

    Membership membership(OrganizationCode code, Instant recordedAt);

    /**
     * The conflicts of the organization's exclusivity clauses with the other military alliances, real ones only: an exercise
     * is never the other alliance, and an exercise's own conflicts leave out the organization it copies.
     */
    List<ExclusivityConflict> exclusivityConflicts(OrganizationCode code, Instant recordedAt);

    /**
     * The organization's records corrected or retired at or after {@code from} and before {@code until} (recorded time), in the
     * order the changes were recorded: changes to facts recorded earlier. A record recorded for the first time is no correction.
     */
    List<Correction> corrections(OrganizationCode code, Instant from, Instant until);

    /** Replaces the organization's content: changed records supersede the current ones, absent ones are retired, equal ones stay. */
    ChangeCount replace(RegisterContent content, Instant at);

}
