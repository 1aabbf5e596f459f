package org.entente.audit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An audit entry's details as the audit page lists them: each field of its JSON as a labelled value (nested values in
 * words: a list joined with commas, an object as "name: value" pairs); plain text as one value; none for null.
 */
public record AuditDetails(JsonMapper json) {

    /** One labelled value: {@code key} as the entry writes it (for the label's message), {@code words} the key in words, its value as text. */
    public record Detail(String key, String words, String value) {
    }

    public List<Detail> of(String details) {
        if (details == null || details.isBlank()) {
            return List.of();
        }
        JsonNode node;
        try {
            node = json.readTree(details);
        } catch (JacksonException notJson) {
            return List.of(new Detail("text", "", details));
        }
        if (node == null || !node.isObject()) {
            return List.of(new Detail("text", "", details));
        }
        var listed = new ArrayList<Detail>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            listed.add(new Detail(field.getKey(), words(field.getKey()), text(field.getValue())));
        }
        return listed;
    }

    /** {@code sourcesReplaced} or {@code sources_replaced} as "sources replaced". */
    static String words(String key) {
        return key.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    private static String text(JsonNode value) {
        if (value.isArray()) {
            var items = new ArrayList<String>();
            value.forEach(item -> items.add(text(item)));
            return String.join(", ", items);
        }
        if (value.isObject()) {
            return value.properties().stream().map(field -> words(field.getKey()) + ": " + text(field.getValue())).collect(Collectors.joining("; "));
        }
        return value.isNull() ? "—" : value.asString();
    }
}
