package org.entente.mission.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.command.Refusal;
import org.entente.mission.MissionFormat;
import org.entente.mission.MissionFormat.Fact;
import org.entente.mission.RecordedMissions;
import org.entente.provenance.ChangeCount;
import org.entente.register.OrganizationCode;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The dataset's missions as facts: an import adds each fact whose body or known-from instant differs from the one
 * recorded under its kind and key, and a removal for each recorded fact the document no longer gives; a mission
 * the document no longer holds has all its facts removed. Counted per mission: added, corrected, retired, unchanged.
 * Only missions recorded from the dataset are the dataset's: one created in Entente on a decision is neither exported,
 * changed nor retired by an import, and a document that gives its id is refused.
 */
@Component
class JdbcRecordedMissions implements RecordedMissions {

    static final String IMPORTER = "dataset import";

    private final JdbcMissions missions;

    JdbcRecordedMissions(JdbcMissions missions) {
        this.missions = missions;
    }

    @Override
    public List<JsonNode> documents(OrganizationCode organization, Instant recordedAt) {
        return missions.all(organization, recordedAt, JdbcMissions.Origin.DATASET).stream()
                .filter(stored -> !MissionFormat.current(stored.facts()).isEmpty())
                .sorted(Comparator.comparing(JdbcMissions.Stored::id))
                .<JsonNode>map(stored -> MissionFormat.document(stored.facts()))
                .toList();
    }

    @Override
    public ChangeCount replace(OrganizationCode organization, List<JsonNode> documents, Instant at) {
        ChangeCount count = ChangeCount.NONE;
        Set<String> given = new HashSet<>();
        for (int i = 0; i < documents.size(); i++) {
            List<Fact> facts = MissionFormat.facts(documents.get(i), "missions[" + i + "]", organization);
            String id = facts.getFirst().key();
            if (missions.origin(organization, id).filter(origin -> origin == JdbcMissions.Origin.ENTENTE).isPresent()) {
                throw Refusal.conflict("mission " + id + " is kept in Entente, not in the dataset: a document may not give it",
                        List.of(new Refusal.FieldError("$.missions[" + i + "].id", "a mission kept in Entente")));
            }
            given.add(id);
            count = count.plus(replace(organization, id, facts, at));
        }
        for (JdbcMissions.Stored stored : missions.all(organization, null, JdbcMissions.Origin.DATASET)) {
            if (!given.contains(stored.id()) && !MissionFormat.current(stored.facts()).isEmpty()) {
                count = count.plus(replace(organization, stored.id(), List.of(), at));
            }
        }
        return count;
    }

    /** Records the mission's facts that differ from those recorded: a mission added, corrected, retired or unchanged. */
    private ChangeCount replace(OrganizationCode organization, String id, List<Fact> facts, Instant at) {
        boolean added = missions.insert(organization, id, at, JdbcMissions.Origin.DATASET);
        JdbcMissions.Stored before = missions.lock(organization, id).orElseThrow();
        Map<String, String> recorded = MissionFormat.byKindAndKey(before.facts());
        Map<String, String> wanted = MissionFormat.byKindAndKey(facts);
        var changes = new ArrayList<Fact>();
        for (Fact fact : facts) {
            String key = fact.kind() + "/" + fact.key();
            if (!wanted.get(key).equals(recorded.get(key))) {
                changes.add(fact);
            }
        }
        for (Fact fact : MissionFormat.current(before.facts())) {
            if (!wanted.containsKey(fact.kind() + "/" + fact.key())) {
                // Known from when the removed fact was: removed from every view of the past too, not only from the import on.
                changes.add(new Fact(fact.kind(), fact.key(), fact.knownFrom(), null));
            }
        }
        if (changes.isEmpty()) {
            return new ChangeCount(0, 0, 0, 1);
        }
        if (!missions.save(before, before.with(changes, at, IMPORTER))) {
            throw new IllegalStateException("mission " + id + " changed while it was imported");
        }
        boolean retired = facts.isEmpty();
        return new ChangeCount(added || recorded.isEmpty() ? 1 : 0, !added && !recorded.isEmpty() && !retired ? 1 : 0, retired ? 1 : 0, 0);
    }
}
