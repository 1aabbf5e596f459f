package org.entente.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.entente.mission.MissionEvent;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A listener in the tests' application, as the alerting module will be one: it hears the missions' events through the
 * event publication registry, after their commands commit, and keeps them for the tests to read.
 */
@Component
public class MissionEventsHeard {

    private final List<MissionEvent> heard = new CopyOnWriteArrayList<>();

    @ApplicationModuleListener
    void on(MissionEvent event) {
        heard.add(event);
    }

    /** The events heard of {@code mission}, in the order heard. */
    public List<MissionEvent> of(String mission) {
        return heard.stream().filter(event -> event.missionId().equals(mission)).toList();
    }
}
