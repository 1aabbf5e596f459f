/**
 * Missions: from the decision to deploy forces to the last contingent home. A mission ({@link org.entente.mission.Mission})
 * rests on its legal basis, carries out a mandate in a theatre, moves through a sealed lifecycle
 * ({@link org.entente.mission.MissionState}) read by its mandate clock ({@link org.entente.mission.MandateClock}), and is
 * made of one contingent per contributing state ({@link org.entente.mission.Contingent}), whose strength is a sourced
 * figure ({@link org.entente.mission.Strength}) and whose timeline sets what was planned against what was reported
 * ({@link org.entente.mission.ContingentTimeline}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Missions")
package org.entente.mission;
