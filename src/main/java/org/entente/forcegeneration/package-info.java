/**
 * Force generation: from the units members pledged, the force package that covers a statement of
 * requirements soon, without waste and with the burden shared fairly. The problem, its hard rules and
 * its objective are the benchmark's (bench/FORCE-GENERATION.md); {@link org.entente.forcegeneration.Objective}
 * is the one function that scores a plan, for the product, the benchmark and the tests alike.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Force generation")
package org.entente.forcegeneration;
