package org.entente.forces;

import java.time.LocalDate;
import java.util.List;
import org.entente.register.OrganizationCode;

/** Where force generation finds the units pledged to an organization and valid on a date: the forces module answers. */
public interface AvailableUnits {

    /** The units pledged and valid on the date, and the pledges left out because their stored values are not sound. */
    record Units(List<PledgedUnit> units, List<LeftOut> leftOut) {
        public Units {
            units = List.copyOf(units);
            leftOut = List.copyOf(leftOut);
        }
    }

    Units on(OrganizationCode organization, LocalDate date);
}
