package org.entente.exercise.internal;

import java.util.Set;
import java.util.stream.Collectors;
import org.entente.audit.ExerciseOrganizations;
import org.entente.register.Exercises;
import org.entente.register.OrganizationCode;
import org.springframework.stereotype.Component;

/** Tells the audit trail which organizations are exercises, from the register's registry of exercises. */
@Component
class ExerciseAuditScope implements ExerciseOrganizations {

    private final Exercises exercises;

    ExerciseAuditScope(Exercises exercises) {
        this.exercises = exercises;
    }

    @Override
    public Set<String> codes() {
        return exercises.codes().stream().map(OrganizationCode::value).collect(Collectors.toUnmodifiableSet());
    }
}
