package org.entente.forcegeneration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.entente.register.Coded;

/**
 * One difference between two statements of requirements: a requirement added, removed or changed (its
 * capability, figures, latest arrival or combat task), or the theatre moved ({@link #THEATRE} as its id).
 */
public record RequirementsChange(String requirementId, Kind kind) {

    /** The id a change of the theatre is named by. */
    public static final String THEATRE = "theatre";

    public enum Kind implements Coded {
        ADDED, REMOVED, CHANGED, MOVED
    }

    public RequirementsChange {
        Objects.requireNonNull(requirementId, "requirement");
        Objects.requireNonNull(kind, "kind");
    }

    /** What changed from {@code earlier} to {@code later}: the theatre first, then each requirement in the later statement's order, then those removed. */
    public static List<RequirementsChange> between(StatementOfRequirements earlier, StatementOfRequirements later) {
        var changes = new ArrayList<RequirementsChange>();
        if (!earlier.theatre().equals(later.theatre())) {
            changes.add(new RequirementsChange(THEATRE, Kind.MOVED));
        }
        Map<String, Requirement> before = earlier.requirements().stream().collect(Collectors.toMap(Requirement::id, Function.identity()));
        Map<String, Requirement> after = later.requirements().stream().collect(Collectors.toMap(Requirement::id, Function.identity()));
        later.requirements().forEach(requirement -> {
            Requirement was = before.get(requirement.id());
            if (was == null) {
                changes.add(new RequirementsChange(requirement.id(), Kind.ADDED));
            } else if (!was.equals(requirement)) {
                changes.add(new RequirementsChange(requirement.id(), Kind.CHANGED));
            }
        });
        earlier.requirements().stream().filter(requirement -> !after.containsKey(requirement.id()))
                .forEach(requirement -> changes.add(new RequirementsChange(requirement.id(), Kind.REMOVED)));
        return List.copyOf(changes);
    }
}
