/**
 * Exercises (issue 17): an exercise of an organization is a sandbox organization under a code of its own, made by copying
 * the organization's record as it stands (its dataset and its current pledges), in which the whole crisis cycle runs as it
 * would for real. The register keeps the registry of exercises ({@link org.entente.register.Exercises}) and leaves them out
 * of its answers across organizations; this module creates them. Nothing depends on it. See docs/exercises.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exercises")
package org.entente.exercise;
