package org.entente.mission;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a mission is sent to do: the mandate's text as decided (or as the sources word it), the typed tasks
 * it comes to, and the sources that state it.
 */
public record Mandate(String text, Set<MissionTask> tasks, List<String> sources) {

    public static final int MAX_TEXT = 4000;

    public Mandate {
        Objects.requireNonNull(text, "text");
        if (text.isBlank() || text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("a mandate is worded in 1 to " + MAX_TEXT + " characters");
        }
        Objects.requireNonNull(tasks, "tasks");
        if (tasks.isEmpty()) {
            throw new IllegalArgumentException("a mandate gives at least one task");
        }
        tasks = Set.copyOf(EnumSet.copyOf(tasks));
        sources = List.copyOf(sources);
    }
}
