package org.entente.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DataTextsTest {

    private static final Map<String, Map<String, String>> TITLE_IN_RUSSIAN = Map.of("ru", Map.of("title", "Статья 4: коллективная оборона"));

    @Test
    void aPageInALanguageTheRecordIsTranslatedIntoShowsTheTranslation() {
        var russian = new DataTexts("ru");
        assertThat(russian.of(TITLE_IN_RUSSIAN, "title", "Article 4: collective defence")).isEqualTo("Статья 4: коллективная оборона");
        assertThat(russian.inEnglish(TITLE_IN_RUSSIAN, "title", "Article 4: collective defence")).isFalse();
    }

    @Test
    void aPageInALanguageTheRecordIsNotTranslatedIntoShowsTheEnglishAndSaysSo() {
        var indonesian = new DataTexts("id");
        assertThat(indonesian.of(TITLE_IN_RUSSIAN, "title", "Article 4: collective defence")).isEqualTo("Article 4: collective defence");
        assertThat(indonesian.inEnglish(TITLE_IN_RUSSIAN, "title", "Article 4: collective defence")).isTrue();
        assertThat(indonesian.inEnglish(null, "summary", "Aggression against one")).as("a record with no translations").isTrue();
    }

    @Test
    void neitherAnEnglishPageNorATextWithoutWordsIsMarkedAsEnglish() {
        assertThat(new DataTexts("en").inEnglish(null, "title", "Article 4")).isFalse();
        assertThat(new DataTexts("ru").inEnglish(null, "article", "4")).isFalse();
        assertThat(new DataTexts("ru").of(null, "article", "4")).isEqualTo("4");
    }
}
