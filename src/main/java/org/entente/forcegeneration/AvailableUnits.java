package org.entente.forcegeneration;

import java.time.LocalDate;
import java.util.List;
import org.entente.register.OrganizationCode;

/** Where force generation finds the units pledged to an organization and valid on a date: the forces module answers. */
public interface AvailableUnits {

    List<PledgedUnit> on(OrganizationCode organization, LocalDate date);
}
