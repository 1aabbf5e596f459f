package org.entente.register;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The registry of exercises: which organizations of the register are exercises, and of which organization. The
 * register's cross-organization answers ({@link Register#organizations}, {@link Register#exclusivityConflicts}) leave
 * them out; everything scoped to one organization reads an exercise as any organization.
 */
public interface Exercises {

    /** The exercise registered under {@code code}; empty where {@code code} is no exercise (a real organization, or nothing). */
    Optional<Exercise> of(OrganizationCode code);

    /** The exercises of {@code parent}, the oldest first, whatever their state. */
    List<Exercise> exercisesOf(OrganizationCode parent);

    boolean isExercise(OrganizationCode code);

    /** The codes of every exercise, whatever its state and organization. */
    Set<OrganizationCode> codes();

    /**
     * The exercises among {@code codes}, by code: for the lists that span a person's organizations, which mark an exercise's
     * items and put the real record's first. A code that is no exercise is not in the answer.
     */
    default Map<OrganizationCode, Exercise> among(Collection<OrganizationCode> codes) {
        var found = new LinkedHashMap<OrganizationCode, Exercise>();
        codes.stream().distinct().forEach(code -> of(code).ifPresent(exercise -> found.put(code, exercise)));
        return found;
    }

    /**
     * Registers a new exercise, in the caller's transaction: from then on its code is an exercise's. The caller has
     * made sure no organization is registered under its code.
     */
    void add(Exercise exercise);

    /** The exercise registered under {@code code}, its row locked until the caller's transaction ends; empty where there is none. */
    Optional<Exercise> lock(OrganizationCode code);

    /**
     * Writes the state of {@code after} over {@code before} (closed, archived), in the caller's transaction; false, writing nothing,
     * where the stored exercise is no longer in {@code before}'s state.
     */
    boolean update(Exercise before, Exercise after);
}
