package org.entente.exercise.scenario;

import java.util.Objects;

/** A source a scenario cites, as the dataset format's: a document-local id, a title, its address and an excerpt (both optional). */
public record ScenarioSource(String id, String title, String url, String excerpt) {

    public ScenarioSource {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
    }
}
