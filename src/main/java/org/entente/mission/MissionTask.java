package org.entente.mission;

import org.entente.register.Coded;

/**
 * A task a mission's mandate gives it: protecting sites (airports, government buildings, power stations),
 * supporting the host's law enforcement, humanitarian relief, monitoring a border, monitoring a ceasefire,
 * evacuating people. Named by its lower-case code ({@code protect_sites}) in the API and the dataset format.
 */
public enum MissionTask implements Coded {
    PROTECT_SITES, SUPPORT_LAW_ENFORCEMENT, HUMANITARIAN_RELIEF, BORDER_MONITORING, CEASEFIRE_MONITORING, EVACUATION
}
