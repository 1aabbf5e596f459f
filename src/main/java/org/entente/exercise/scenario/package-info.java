/**
 * Scenarios (issue 17): a scenario is a timed list of injects on an exercise's clock ({@link org.entente.exercise.scenario.Scenario}),
 * in the documented scenario format (docs/scenario-format.md), kept per organization as its library
 * ({@link org.entente.exercise.scenario.Scenarios}). Plain domain types: no Spring, no SQL.
 */
package org.entente.exercise.scenario;
