package org.entente.provenance.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.entente.provenance.Translations;
import org.junit.jupiter.api.Test;

class StoredTranslationsTest {

    private static final Set<String> FIELDS = Set.of("title", "summary");

    private static Map<String, Map<String, String>> inOrder(String... languageFieldText) {
        var translations = new LinkedHashMap<String, Map<String, String>>();
        for (int i = 0; i < languageFieldText.length; i += 3) {
            translations.computeIfAbsent(languageFieldText[i], language -> new LinkedHashMap<>()).put(languageFieldText[i + 1], languageFieldText[i + 2]);
        }
        return Translations.checked(translations, FIELDS);
    }

    @Test
    void theSameTranslationsAreStoredAsTheSameTextWhateverTheOrderTheyCameIn() {
        String one = StoredTranslations.column(inOrder("ru", "title", "Статья 4", "ru", "summary", "Агрессия", "id", "title", "Pasal 4"));
        String other = StoredTranslations.column(inOrder("id", "title", "Pasal 4", "ru", "summary", "Агрессия", "ru", "title", "Статья 4"));

        assertThat(one).isEqualTo(other).isEqualTo("{\"id\":{\"title\":\"Pasal 4\"},\"ru\":{\"summary\":\"Агрессия\",\"title\":\"Статья 4\"}}");
        assertThat(StoredTranslations.read(one)).isEqualTo(inOrder("ru", "title", "Статья 4", "ru", "summary", "Агрессия", "id", "title", "Pasal 4"));
    }

    @Test
    void noTranslationsAreStoredAsNothing() {
        assertThat(StoredTranslations.column(Translations.NONE)).isNull();
        assertThat(StoredTranslations.read(null)).isEmpty();
    }
}
