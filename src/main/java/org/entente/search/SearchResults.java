package org.entente.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What a search found: the query, the organization it was limited to (null for all), and the hits in {@link SearchKind} order. */
public record SearchResults(String query, String organization, List<SearchHit> hits) {

    public SearchResults {
        Objects.requireNonNull(query, "query");
        hits = List.copyOf(hits);
    }

    /** The hits by kind, in {@link SearchKind} order, kinds without hits left out. */
    public Map<SearchKind, List<SearchHit>> byKind() {
        var groups = new LinkedHashMap<SearchKind, List<SearchHit>>();
        for (SearchKind kind : SearchKind.values()) {
            List<SearchHit> ofKind = hits.stream().filter(hit -> hit.kind() == kind).toList();
            if (!ofKind.isEmpty()) {
                groups.put(kind, ofKind);
            }
        }
        return groups;
    }
}
