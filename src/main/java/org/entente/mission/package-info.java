/**
 * Missions: from the decision to deploy forces to the last contingent home. A mission ({@link org.entente.mission.Mission})
 * rests on its legal basis, carries out a mandate in a theatre, moves through a sealed lifecycle
 * ({@link org.entente.mission.MissionState}) read by its mandate clock ({@link org.entente.mission.MandateClock}), and is
 * made of one contingent per contributing state ({@link org.entente.mission.Contingent}), whose strength is a sourced
 * figure ({@link org.entente.mission.Strength}) and whose timeline sets what was planned against what was reported
 * ({@link org.entente.mission.ContingentTimeline}). Its sites ({@link org.entente.mission.Sites}) are named places with
 * a task and a holder, each moving through its own lifecycle ({@link org.entente.mission.SiteStatus}: assigned, secured,
 * handed over), beside the sources' count of sites where they do not name them all. Its situation reports
 * ({@link org.entente.mission.Sitrep}) are numbered in one sequence per mission and revised without being overwritten: the
 * log ({@link org.entente.mission.Sitreps}) keeps every revision and shows what each changed
 * ({@link org.entente.mission.SitrepChange}), and a sitrep is filed on the named policies of
 * {@link org.entente.mission.SitrepPolicies}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Missions")
package org.entente.mission;
