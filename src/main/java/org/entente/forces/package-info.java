/**
 * Standing forces: the force pools an organization keeps (register-like historical data from its
 * dataset, with capacity goals per capability), the units member states pledge to them (live records,
 * each change audited, raised on a readiness ladder by the secretariat), the named policies a pledge
 * must pass, and the gap analysis of goals against valid pledges. The vocabulary of pledged units
 * ({@link org.entente.forces.Capability}, {@link org.entente.forces.Transport}, {@link org.entente.forces.GeoPoint},
 * {@link org.entente.forces.PledgedUnit}) is this module's; force generation plans with it. See docs/forces.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Forces")
package org.entente.forces;
