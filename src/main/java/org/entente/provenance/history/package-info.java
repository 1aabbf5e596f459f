/**
 * Versioned storage: rows that are never overwritten. A corrected record supersedes its current row,
 * which stays readable for any instant before the correction.
 */
@org.springframework.modulith.NamedInterface("history")
package org.entente.provenance.history;
