package org.entente.mission;

import java.time.Instant;
import java.util.List;
import org.entente.provenance.ChangeCount;
import org.entente.register.OrganizationCode;
import tools.jackson.databind.JsonNode;

/**
 * The organization's missions as the dataset format carries them ({@link MissionFormat}): what an import replaces and
 * an export writes. Replacing adds only the facts that differ from those recorded (and removes, without erasing, those
 * no longer given), so that importing the same document twice changes nothing.
 */
public interface RecordedMissions {

    /** The organization's mission documents as recorded by {@code recordedAt}, in the order of their ids. */
    List<JsonNode> documents(OrganizationCode organization, Instant recordedAt);

    /** Makes the organization's missions those of {@code documents} (each already read by {@link MissionFormat#facts}), recorded at {@code at}. */
    ChangeCount replace(OrganizationCode organization, List<JsonNode> documents, Instant at);
}
