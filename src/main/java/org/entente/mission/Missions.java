package org.entente.mission;

import java.util.List;
import org.entente.register.OrganizationCode;

/**
 * What other modules may read of the organization's missions: each mission as it stands (its name, host, mandate and status are the
 * public record; its sitreps are read on its own pages, under their markings).
 */
public interface Missions {

    /** The organization's missions as they stand, in the order of their ids. */
    List<Mission> all(OrganizationCode organization);
}
