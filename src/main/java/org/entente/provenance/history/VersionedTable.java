package org.entente.provenance.history;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.provenance.ChangeCount;
import org.entente.provenance.Digests;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One table of versioned records of organizations. Every row carries {@code org_code},
 * {@code record_key}, {@code content_hash}, and the recorded period {@code recorded_from} to
 * {@code recorded_to} (null while current). {@link #replace} makes the current rows of an
 * organization equal to the given ones without overwriting anything: a changed record closes its
 * current row and adds a new one, a record no longer given is closed, an equal one is left alone. A
 * {@link #scoped} table is replaced per organization and value of its scope column (e.g. per request),
 * its record keys unique within a scope.
 */
public final class VersionedTable {

    /** The SQL condition selecting the rows that were current at {@code :at}. */
    public static final String CURRENT_AT = "recorded_from <= :at and (recorded_to is null or recorded_to > :at)";

    private final JdbcClient jdbc;
    private final String table;
    private final List<String> columns;
    private final String scope;

    public VersionedTable(JdbcClient jdbc, String table, List<String> columns) {
        this(jdbc, table, null, columns);
    }

    private VersionedTable(JdbcClient jdbc, String table, String scope, List<String> columns) {
        this.jdbc = Objects.requireNonNull(jdbc);
        this.table = Objects.requireNonNull(table);
        this.scope = scope;
        this.columns = List.copyOf(columns);
    }

    /** A table replaced per organization and value of its column {@code scope}, which is not among {@code columns}. */
    public static VersionedTable scoped(JdbcClient jdbc, String table, String scope, List<String> columns) {
        if (columns.contains(Objects.requireNonNull(scope, "scope"))) {
            throw new IllegalArgumentException(table + ": the scope column " + scope + " may not also be a versioned column");
        }
        return new VersionedTable(jdbc, table, scope, columns);
    }

    /** One record: its key within the organization and its column values, by column name. */
    public record Row(String key, Map<String, Object> values) {

        public Row {
            Objects.requireNonNull(key, "key");
            values = new LinkedHashMap<>(values);
        }
    }

    /** Identifiers (which never hold a comma) as one column value, and back. */
    public static String joinIds(List<String> ids) {
        return String.join(",", ids);
    }

    public static List<String> splitIds(String column) {
        return column == null || column.isEmpty() ? List.of() : List.of(column.split(","));
    }

    public static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /**
     * A record of the organization that was changed after it was first recorded: corrected (a new version superseded its row at
     * {@code at}; {@code values} are the new version's) or retired (its row closed at {@code at} with no new version; {@code values}
     * are its last version's). A record first recorded is no change.
     */
    public record Change(String key, Instant at, boolean retired, Map<String, Object> values) {

        public Change {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(at, "at");
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    /**
     * The organization's records corrected or retired at or after {@code from} and before {@code until}, in the order they were
     * changed: a row {@code r} whose record had an earlier version {@code n} closed as {@code r} was added (corrected), or a row
     * closed with no version {@code n} added at that instant (retired).
     */
    public List<Change> changes(String organization, Instant from, Instant until) {
        String sameRecord = "n.org_code = r.org_code and n.record_key = r.record_key" + (scope == null ? "" : " and n." + scope + " = r." + scope);
        String values = columns.stream().map(column -> "r." + column).collect(Collectors.joining(", "));
        String corrected = "select r.record_key, r.recorded_from as changed_at, false as retired, " + values + " from " + table + " r"
                + " where r.org_code = :org and r.recorded_from >= :from and r.recorded_from < :until"
                + " and exists (select 1 from " + table + " n where " + sameRecord + " and n.recorded_to = r.recorded_from)";
        String retired = "select r.record_key, r.recorded_to as changed_at, true as retired, " + values + " from " + table + " r"
                + " where r.org_code = :org and r.recorded_to >= :from and r.recorded_to < :until"
                + " and not exists (select 1 from " + table + " n where " + sameRecord + " and n.recorded_from = r.recorded_to)";
        return jdbc.sql(corrected + " union all " + retired + " order by changed_at, record_key")
                .param("org", organization)
                .param("from", timestamp(from))
                .param("until", timestamp(until))
                .query((rs, n) -> {
                    var read = new LinkedHashMap<String, Object>();
                    for (String column : columns) {
                        read.put(column, rs.getObject(column));
                    }
                    return new Change(rs.getString("record_key"), rs.getObject("changed_at", OffsetDateTime.class).toInstant(), rs.getBoolean("retired"), read);
                })
                .list();
    }

    public ChangeCount replace(String organization, List<Row> rows, Instant at) {
        if (scope != null) {
            throw new IllegalStateException(table + " is replaced per " + scope + ": give its value");
        }
        return replaceIn(organization, null, rows, at);
    }

    /** Replaces the current rows of {@code organization} whose scope column is {@code scopeValue}, and no others. */
    public ChangeCount replace(String organization, String scopeValue, List<Row> rows, Instant at) {
        if (scope == null) {
            throw new IllegalStateException(table + " is replaced per organization, not per scope");
        }
        return replaceIn(organization, Objects.requireNonNull(scopeValue, "scope value"), rows, at);
    }

    private String inScope() {
        return scope == null ? "" : " and " + scope + " = :scope";
    }

    private ChangeCount replaceIn(String organization, String scopeValue, List<Row> rows, Instant at) {
        Map<String, String> current = jdbc.sql("select record_key, content_hash from " + table + " where org_code = :org and recorded_to is null" + inScope())
                .param("org", organization)
                .params(scopeValue == null ? Map.of() : Map.of("scope", scopeValue))
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        int added = 0;
        int corrected = 0;
        int unchanged = 0;
        Set<String> given = new HashSet<>();
        for (Row row : rows) {
            if (!given.add(row.key())) {
                throw new IllegalArgumentException(table + ": the key " + row.key() + " is given twice");
            }
            String hash = hash(row);
            String existing = current.get(row.key());
            if (hash.equals(existing)) {
                unchanged++;
                continue;
            }
            if (existing != null) {
                close(organization, scopeValue, row.key(), at);
                corrected++;
            } else {
                added++;
            }
            insert(organization, scopeValue, row, hash, at);
        }
        List<String> retired = new ArrayList<>(current.keySet());
        retired.removeAll(given);
        retired.forEach(key -> close(organization, scopeValue, key, at));
        return new ChangeCount(added, corrected, retired.size(), unchanged);
    }

    private void close(String organization, String scopeValue, String key, Instant at) {
        jdbc.sql("update " + table + " set recorded_to = :at where org_code = :org and record_key = :key and recorded_to is null" + inScope())
                .params(scopeValue == null ? Map.of() : Map.of("scope", scopeValue))
                .param("at", timestamp(at))
                .param("org", organization)
                .param("key", key)
                .update();
    }

    private void insert(String organization, String scopeValue, Row row, String hash, Instant at) {
        String names = String.join(", ", columns);
        String params = columns.stream().map(column -> ":" + column).collect(Collectors.joining(", "));
        String scoped = scope == null ? "" : scope + ", ";
        var statement = jdbc.sql("insert into " + table + " (org_code, " + scoped + "record_key, content_hash, recorded_from, " + names
                        + ") values (:org_code, " + (scope == null ? "" : ":scope, ") + ":record_key, :content_hash, :recorded_from, " + params + ")")
                .params(scopeValue == null ? Map.of() : Map.of("scope", scopeValue))
                .param("org_code", organization)
                .param("record_key", row.key())
                .param("content_hash", hash)
                .param("recorded_from", timestamp(at));
        for (String column : columns) {
            statement = statement.param(column, row.values().get(column));
        }
        statement.update();
    }

    private String hash(Row row) {
        if (!row.values().keySet().equals(Set.copyOf(columns))) {
            throw new IllegalArgumentException(table + ": a row must give exactly the columns " + columns + ", not " + row.values().keySet());
        }
        var canonical = new StringBuilder();
        for (String column : columns) {
            Object value = row.values().get(column);
            canonical.append(column).append('=')
                    .append(value == null ? "\u0000" : value.getClass().getSimpleName() + ':' + value)
                    .append('\u001f');
        }
        return Digests.sha256(canonical.toString());
    }
}
