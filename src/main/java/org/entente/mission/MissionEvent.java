package org.entente.mission;

import java.time.Instant;
import java.util.List;

/**
 * What happened in a mission, as past-tense records published through the event publication registry: a listener
 * in another module (alerting, exercises) receives each once, also across a restart. Codes are as in the API.
 */
public sealed interface MissionEvent {

    String organization();

    String missionId();

    Instant at();

    /** A mission was created on a decision to deploy forces, with the contributing states of its package. */
    record MissionCreated(String organization, String missionId, String requestId, String host, List<String> contributors, String by,
                          Instant at) implements MissionEvent {
    }

    /** A contingent was added to the mission (a force sent without force generation). */
    record ContingentAdded(String organization, String missionId, String state, String by, Instant at) implements MissionEvent {
    }

    /** The mission's lifecycle moved ({@code deploying} on the order to move, {@code drawing_down}, {@code terminated}). */
    record MissionStatusChanged(String organization, String missionId, String from, String to, String by, Instant at) implements MissionEvent {
    }

    /** Every contingent of the mission is in place: the mission is deployed. */
    record MissionDeployed(String organization, String missionId, String by, Instant at) implements MissionEvent {
    }

    /** The last contingent is home: the mission is withdrawn. */
    record MissionWithdrawn(String organization, String missionId, String by, Instant at) implements MissionEvent {
    }

    /** A contingent's milestone (departure, start of withdrawal, ...) was reported reached. */
    record ContingentMilestoneReported(String organization, String missionId, String state, String milestone, String reachedAt, String by,
                                       Instant at) implements MissionEvent {
    }

    /** A contingent arrived in the theatre; {@code slipHours} late against its ETA (0 when on time or without an ETA). */
    record ContingentArrived(String organization, String missionId, String state, String arrivedAt, long slipHours, String by,
                             Instant at) implements MissionEvent {
    }

    /** A casualty or incident figure was reported, or revised ({@code supersedes} names the figure it revises). */
    record CasualtyFigureReported(String organization, String missionId, String figureId, String category, String population, String value,
                                  String reportedBy, String supersedes, String by, Instant at) implements MissionEvent {
    }

    /**
     * A sitrep was filed ({@code revision} 1) or revised; {@code scope} is {@code mission} or the state code of the contingent it reports
     * on; {@code marking} is who may read it (a release marking's code), so that nobody is told of a sitrep they may not read.
     */
    record SitrepFiled(String organization, String missionId, int number, int revision, String scope, String marking, String by, Instant at)
            implements MissionEvent {
    }

    /** A site was added ({@code from} null, {@code to} assigned) or moved on (secured, handed_over, relinquished), by a command or a sitrep. */
    record SiteStatusChanged(String organization, String missionId, String siteId, String from, String to, String by, Instant at) implements MissionEvent {
    }
}
