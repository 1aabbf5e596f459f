/**
 * Force generation: from the units members pledged, the force package that covers a statement of
 * requirements soon, without waste and with the burden shared fairly. The problem, its hard rules and
 * its objective are the benchmark's (bench/FORCE-GENERATION.md); {@link org.entente.forcegeneration.Objective}
 * is the one function that scores a plan, for the product, the benchmark and the tests alike.
 *
 * <p>This package is the module's API, its domain: the statement of requirements, the problem, the plan,
 * its objective and explanation, the planner's progress. The planner itself (greedy construction, local
 * search, Timefold Solver, re-planning, the benchmark's file formats) is inside, in {@code internal.planner}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Force generation")
package org.entente.forcegeneration;
