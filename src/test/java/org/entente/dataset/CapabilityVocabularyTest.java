package org.entente.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import org.entente.forces.Capability;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The dataset's capacity goals speak the forces' vocabulary of capabilities, code for code. */
class CapabilityVocabularyTest {

    @Test
    void theSchemasCapabilitiesAreTheForcesCapabilityCodes() throws IOException {
        JsonNode schema;
        try (InputStream in = CapabilityVocabularyTest.class.getResourceAsStream("/dataset/entente-dataset.schema.json")) {
            schema = JsonMapper.builder().build().readTree(in);
        }
        var listed = new ArrayList<String>();
        schema.path("$defs").path("forcePool").path("properties").path("capacityGoals").path("items").path("properties").path("capability")
                .path("enum").forEach(value -> listed.add(value.asString()));

        assertThat(listed).containsExactlyElementsOf(Arrays.stream(Capability.values()).map(Capability::code).toList());
    }
}
