/**
 * Provenance, the shared kernel: sources, the claims they make, and the disagreements between them,
 * plus the versioned storage that keeps every superseded record readable as the register stood.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Provenance", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.entente.provenance;
