package org.entente.provenance.internal;

import static org.entente.provenance.history.VersionedTable.CURRENT_AT;
import static org.entente.provenance.history.VersionedTable.timestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import org.entente.provenance.ChangeCount;
import org.entente.provenance.Claim;
import org.entente.provenance.Disagreement;
import org.entente.provenance.Provenance;
import org.entente.provenance.ProvenanceContent;
import org.entente.provenance.Source;
import org.entente.provenance.history.StoredTranslations;
import org.entente.provenance.history.VersionedTable;
import org.entente.provenance.history.VersionedTable.Row;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Sources and disagreements on the database, versioned like every register record. */
@Repository
@Transactional(readOnly = true)
class JdbcProvenance implements Provenance {

    private static final TypeReference<List<Claim>> CLAIMS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final VersionedTable sources;
    private final VersionedTable disagreements;

    JdbcProvenance(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.sources = new VersionedTable(jdbc, "source", List.of("publisher", "title", "url", "language", "published", "excerpt"));
        this.disagreements = new VersionedTable(jdbc, "disagreement", List.of("subject", "attribute", "question", "reason", "claims", StoredTranslations.COLUMN));
    }

    @Override
    public ProvenanceContent content(String organization, Instant recordedAt) {
        List<Source> sourceList = jdbc.sql("select * from source where org_code = :org and " + CURRENT_AT + " order by record_key")
                .param("org", organization)
                .param("at", timestamp(recordedAt))
                .query(this::source)
                .list();
        List<Disagreement> disagreementList = jdbc.sql("select * from disagreement where org_code = :org and " + CURRENT_AT + " order by record_key")
                .param("org", organization)
                .param("at", timestamp(recordedAt))
                .query(this::disagreement)
                .list();
        return new ProvenanceContent(sourceList, disagreementList);
    }

    @Override
    @Transactional
    public ChangeCount replace(String organization, ProvenanceContent content, Instant at) {
        return sources.replace(organization, content.sources().stream().map(this::row).toList(), at)
                .plus(disagreements.replace(organization, content.disagreements().stream().map(this::row).toList(), at));
    }

    private Row row(Source source) {
        var values = new HashMap<String, Object>();
        values.put("publisher", source.publisher());
        values.put("title", source.title());
        values.put("url", source.url());
        values.put("language", source.language());
        values.put("published", source.published());
        values.put("excerpt", source.excerpt());
        return new Row(source.id(), values);
    }

    private Source source(ResultSet rs, int rowNum) throws SQLException {
        return new Source(rs.getString("record_key"), rs.getString("publisher"), rs.getString("title"), rs.getString("url"),
                rs.getString("language"), rs.getString("published"), rs.getString("excerpt"));
    }

    private Row row(Disagreement disagreement) {
        var values = new HashMap<String, Object>();
        values.put("subject", disagreement.subject());
        values.put("attribute", disagreement.attribute());
        values.put("question", disagreement.question());
        values.put("reason", disagreement.reason());
        values.put("claims", json.writeValueAsString(disagreement.claims()));
        values.put(StoredTranslations.COLUMN, StoredTranslations.column(disagreement.translations()));
        return new Row(disagreement.id(), values);
    }

    private Disagreement disagreement(ResultSet rs, int rowNum) throws SQLException {
        return new Disagreement(rs.getString("record_key"), rs.getString("subject"), rs.getString("attribute"),
                rs.getString("question"), rs.getString("reason"), json.readValue(rs.getString("claims"), CLAIMS),
                StoredTranslations.read(rs.getString(StoredTranslations.COLUMN)));
    }
}
