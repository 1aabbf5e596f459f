package org.entente.mission.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import org.entente.mission.RecordedExerciseFormat;
import org.entente.mission.RecordedExercises;
import org.entente.provenance.ChangeCount;
import org.entente.provenance.history.VersionedTable;
import org.entente.register.OrganizationCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dataset's exercises in the versioned table {@code recorded_exercise}: one row per exercise and version, its body the
 * exercise as the document gave it, so that the export writes back what was imported and an unchanged exercise writes nothing.
 */
@Repository
class JdbcRecordedExercises implements RecordedExercises {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final VersionedTable table;

    JdbcRecordedExercises(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.table = new VersionedTable(jdbc, "recorded_exercise", List.of("starts", "body"));
    }

    @Override
    public List<JsonNode> documents(OrganizationCode organization, Instant recordedAt) {
        return jdbc.sql("select body from recorded_exercise where org_code = :org and " + VersionedTable.CURRENT_AT + " order by record_key")
                .param("org", organization.value())
                .param("at", VersionedTable.timestamp(recordedAt))
                .query(String.class)
                .list().stream()
                .map(json::readTree)
                .toList();
    }

    @Override
    public ChangeCount replace(OrganizationCode organization, List<JsonNode> documents, Instant at) {
        var rows = new java.util.ArrayList<VersionedTable.Row>();
        for (int i = 0; i < documents.size(); i++) {
            JsonNode document = documents.get(i);
            var values = new HashMap<String, Object>();
            values.put("starts", RecordedExerciseFormat.read(document, "exercises[" + i + "]").from().date());
            values.put("body", json.writeValueAsString(document));
            rows.add(new VersionedTable.Row(document.get("id").asString(), values));
        }
        return table.replace(organization.value(), rows, at);
    }
}
