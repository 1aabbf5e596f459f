/**
 * Standing forces: the force pools an organization keeps (register-like historical data from its
 * dataset, with capacity goals per capability), the units member states pledge to them (live records,
 * each change audited, raised on a readiness ladder by the secretariat), the named policies a pledge
 * must pass, and the gap analysis of goals against valid pledges. See docs/forces.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Forces")
package org.entente.forces;
