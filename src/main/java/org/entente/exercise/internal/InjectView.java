package org.entente.exercise.internal;

import java.time.Instant;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A delivered inject as the API answers it: its id, kind, title and text, the world instant it was due at ({@code world}: the
 * scenario's world start plus its offset), when it arrived (real time), its payload and what it expects as the scenario format gives
 * them, the sources it cites (the scenario's), and what it did to the exercise's record ({@code effect}, {@code withdrawnPledge}; null
 * where its kind does nothing but inform).
 */
record InjectView(String id, String kind, String title, String text, Instant world, Instant arrivedAt, JsonNode payload, JsonNode expects,
                  JsonNode sources, String effect, Long withdrawnPledge) {

    static InjectView of(DeliveredInject delivered, JsonMapper json) {
        JsonNode inject = json.readTree(delivered.inject());
        JsonNode expects = inject.get("expects");
        return new InjectView(delivered.injectId(), delivered.kind(), delivered.title(), inject.path("text").asString(), delivered.worldAt(),
                delivered.deliveredAt(), inject.path("payload"), expects, json.readTree(delivered.sources()), delivered.effect(),
                delivered.withdrawnPledge());
    }
}
