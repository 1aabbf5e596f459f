package org.entente.provenance.history;

import java.util.Map;
import org.entente.provenance.Translations;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A record's {@link Translations} in its versioned row: a JSON object in one column, null where there are none. */
public final class StoredTranslations {

    /** The column every translated record's table keeps them in. */
    public static final String COLUMN = "translations";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Map<String, String>>> TYPE = new TypeReference<>() { };

    private StoredTranslations() {
    }

    /** The column's value for {@code translations}. */
    public static String column(Map<String, Map<String, String>> translations) {
        return translations.isEmpty() ? null : JSON.writeValueAsString(translations);
    }

    /** The translations a column's {@code value} holds. */
    public static Map<String, Map<String, String>> read(String value) {
        return value == null ? Translations.NONE : JSON.readValue(value, TYPE);
    }
}
