package org.entente.mission;

import java.time.Instant;
import java.util.List;
import org.entente.provenance.ChangeCount;
import org.entente.register.OrganizationCode;
import tools.jackson.databind.JsonNode;

/**
 * The organization's exercises as the dataset format carries them ({@link RecordedExerciseFormat}): what an import replaces and an
 * export writes, each kept in every version it had (a corrected exercise supersedes its earlier version, one no longer given is
 * retired; both stay readable as the register stood), so that importing the same document twice changes nothing.
 */
public interface RecordedExercises {

    /** The organization's exercise documents as recorded by {@code recordedAt}, in the order of their ids. */
    List<JsonNode> documents(OrganizationCode organization, Instant recordedAt);

    /** The organization's exercises as recorded by {@code recordedAt}, in the order they started (then by id). */
    default List<RecordedExercise> all(OrganizationCode organization, Instant recordedAt) {
        List<JsonNode> documents = documents(organization, recordedAt);
        return java.util.stream.IntStream.range(0, documents.size())
                .mapToObj(i -> RecordedExerciseFormat.read(documents.get(i), "exercises[" + i + "]"))
                .sorted(java.util.Comparator.comparing(RecordedExercise::from).thenComparing(RecordedExercise::id))
                .toList();
    }

    /** Makes the organization's exercises those of {@code documents} (each already read by {@link RecordedExerciseFormat#read}), recorded at {@code at}. */
    ChangeCount replace(OrganizationCode organization, List<JsonNode> documents, Instant at);
}
