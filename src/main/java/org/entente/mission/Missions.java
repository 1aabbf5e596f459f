package org.entente.mission;

import java.util.List;
import java.util.Objects;
import org.entente.access.Actor;
import org.entente.register.OrganizationCode;

/**
 * What other modules may read of the organization's missions: each mission as it stands (its name, host, mandate and status are the
 * public record; its sitreps are read on its own pages, under their markings).
 */
public interface Missions {

    /** The organization's missions as they stand, in the order of their ids. */
    List<Mission> all(OrganizationCode organization);

    /**
     * The organization's missions as {@code reader} may read them, as they stand, in the order of their ids: each with its casualty
     * and incident figures (the public record) and the sitreps the reader may read (the latest revision of each, by number, read
     * under its marking).
     */
    List<Readable> readableBy(OrganizationCode organization, Actor reader);

    /** A mission, its figures, and the sitreps one reader may read. */
    record Readable(Mission mission, CasualtyFigures figures, List<Sitrep> sitreps) {
        public Readable {
            Objects.requireNonNull(mission, "mission");
            Objects.requireNonNull(figures, "figures");
            sitreps = List.copyOf(sitreps);
        }
    }
}
