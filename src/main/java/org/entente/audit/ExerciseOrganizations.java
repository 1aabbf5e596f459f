package org.entente.audit;

import java.util.Set;

/**
 * The organizations that are exercises (docs/exercises.md): their entries stay in the one chain, marked by their organization, but
 * the trail's answers leave them out unless an exercise's organization is asked for ({@link AuditFilter}). The exercises module
 * answers it; without one, no organization is an exercise.
 */
@FunctionalInterface
public interface ExerciseOrganizations {

    /** The codes of every organization that is an exercise, whatever its state. */
    Set<String> codes();
}
