package org.entente.forces;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.entente.provenance.Translations;
import org.entente.register.PartialDate;

/**
 * A standing force of an organization as its dataset records it: name, kind, when it was established
 * (to the precision the sources give), its strength as a range and/or an approximate figure (each
 * absent where the sources give none), its capacity goals per capability (none where no source states
 * them: never invented), the sources, and its name's {@link Translations}.
 */
public record ForcePool(String id, String name, PoolKind kind, PartialDate established, Integer personnelMin, Integer personnelMax,
                        Integer personnelApprox, List<CapacityGoal> capacityGoals, List<String> sources,
                        Map<String, Map<String, String>> translations) {

    public static final Set<String> TRANSLATED = Set.of("name");

    public ForcePool {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(established, "established");
        if (personnelMin != null && personnelMax != null && personnelMin > personnelMax) {
            throw new IllegalArgumentException("pool " + id + ": the least personnel (" + personnelMin + ") exceeds the most (" + personnelMax + ")");
        }
        capacityGoals = capacityGoals == null ? List.of() : List.copyOf(capacityGoals);
        var capabilities = new HashSet<Capability>();
        for (CapacityGoal goal : capacityGoals) {
            if (!capabilities.add(goal.capability())) {
                throw new IllegalArgumentException("pool " + id + " has two goals for " + goal.capability());
            }
        }
        sources = List.copyOf(sources);
        translations = Translations.checked(translations, TRANSLATED);
    }

    public Optional<CapacityGoal> goal(Capability capability) {
        return capacityGoals.stream().filter(goal -> goal.capability() == capability).findFirst();
    }
}
