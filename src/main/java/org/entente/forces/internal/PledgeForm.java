package org.entente.forces.internal;

import java.time.LocalDate;
import org.entente.command.Refusal;
import org.entente.forces.Pledge;
import org.entente.forces.PledgeTerms;
import org.entente.forces.Capability;
import org.entente.forces.Transport;
import org.entente.web.Problems;

/**
 * The pledge form of the pages, as typed: every field text, so that a refused form comes back as it
 * was filled in. Equipment is one item per line, its count first.
 */
record PledgeForm(String state, String pool, String designation, String capability, String personnel, String equipment, String noticeToMoveHours,
                  String lat, String lon, String transport, Boolean noCombat, String nationalCapPersonnel, String expiresOn, String version) {

    /** A new pledge's form: the first of the states and pools offered, a year's validity. */
    static PledgeForm blank(String state, String pool, LocalDate today) {
        return new PledgeForm(state, pool, "", Capability.INF.code(), "", "", "72", "", "", Transport.LAND.code(), false, "", today.plusYears(1).toString(), null);
    }

    static PledgeForm of(Pledge pledge) {
        PledgeTerms terms = pledge.terms();
        Integer cap = terms.caveats().nationalCapPersonnel();
        return new PledgeForm(pledge.state().value(), terms.poolId(), terms.designation(), terms.capability().code(), String.valueOf(terms.personnel()),
                PledgeForms.equipmentText(terms.equipment()), String.valueOf(terms.noticeToMoveHours()), String.valueOf(terms.homeBase().lat()),
                String.valueOf(terms.homeBase().lon()), terms.transport().code(), terms.caveats().noCombat(), cap == null ? "" : cap.toString(),
                terms.expiresOn().toString(), String.valueOf(pledge.version()));
    }

    PledgeForms.Submitted submitted() {
        return new PledgeForms.Submitted(pool, designation, capability, integer("personnel", personnel), PledgeForms.equipmentLines(equipment),
                integer("noticeToMoveHours", noticeToMoveHours), decimal("homeBase", lat), decimal("homeBase", lon), transport, noCombat,
                integer("caveats.nationalCapPersonnel", nationalCapPersonnel), expiresOn);
    }

    Integer versionNumber() {
        return integer("version", version);
    }

    private static Integer integer(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw Refusal.invalid(field, "'" + text + "' is not a whole number");
        }
    }

    private static Double decimal(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw Refusal.invalid(field, "'" + text + "' is not a number of degrees");
        }
    }
}
