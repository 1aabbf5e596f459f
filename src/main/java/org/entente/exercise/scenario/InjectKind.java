package org.entente.exercise.scenario;

import org.entente.register.Coded;

/** What an inject is, named by its code in the scenario format ({@code request_arrives}); each kind has a payload of its own. */
public enum InjectKind implements Coded {
    /** A member state asks for assistance. */
    REQUEST_ARRIVES,
    /** A pledged unit of a state becomes unavailable. */
    UNIT_DROPS_OUT,
    /** A report from the mission area, with figures. */
    SITREP,
    /** A site falls or is seized. */
    SITE_FALLS,
    /** A source revises a figure an earlier sitrep inject gave. */
    SOURCE_REVISES,
    /** Plain information for the participants. */
    MESSAGE,
    /** A step of the history (or of the plan) the after-action report compares the exercise's own with; delivered to nobody. */
    MILESTONE
}
