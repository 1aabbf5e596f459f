package org.entente.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The served OpenAPI description names the API, its version and how to use it, not springdoc's placeholder. */
class OpenApiDescriptionTest extends DatabaseTest {

    @Test
    void theDescriptionNamesTheApiItsVersionAndHowToAuthenticate() {
        JsonNode info = get("/v3/api-docs").body().path("info");

        assertThat(info.path("title").asString()).isEqualTo("Entente API");
        assertThat(info.path("version").asString()).as("the version of the paths, /api/v1").isEqualTo("v1");
        assertThat(info.path("description").asString()).contains("/api/v1/tokens/exchange").contains("RFC 9457");
    }
}
