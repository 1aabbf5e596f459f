package org.entente.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;

/** The pages' messages as ICU formats them: each language's plural forms and number formats, from the real message files. */
class IcuMessageSourceTest {

    private static final Locale ENGLISH = Locale.ENGLISH;
    private static final Locale RUSSIAN = Locale.of("ru");
    private static final Locale INDONESIAN = Locale.of("id");
    private static final String NBSP = "\u00a0";

    private final MessageSource messages = new IcuMessageSource("messages");

    private String units(Locale language, int units) {
        return messages.getMessage("fg.shortBy", new Object[] {600, units}, language);
    }

    private String states(Locale language, int states) {
        return messages.getMessage("fg.summary", new Object[] {7.7, 64, states}, language);
    }

    @Test
    void russianPicksTheOneFewAndManyFormsOfANoun() {
        assertThat(units(RUSSIAN, 1)).isEqualTo("не хватает 600 чел. и 1 подразделения");
        assertThat(units(RUSSIAN, 2)).isEqualTo("не хватает 600 чел. и 2 подразделений");
        assertThat(messages.getMessage("fg.packageSummary", new Object[] {1, 49}, RUSSIAN)).startsWith("1 подразделение;");
        assertThat(messages.getMessage("fg.packageSummary", new Object[] {2, 49}, RUSSIAN)).startsWith("2 подразделения;");
        assertThat(messages.getMessage("fg.packageSummary", new Object[] {5, 49}, RUSSIAN)).startsWith("5 подразделений;");
        assertThat(messages.getMessage("fg.packageSummary", new Object[] {21, 49}, RUSSIAN)).startsWith("21 подразделение;");
    }

    @Test
    void russianVerbAgreesWithTheNumberOfStates() {
        assertThat(states(RUSSIAN, 1)).endsWith("; участвует 1 государство.");
        assertThat(states(RUSSIAN, 2)).endsWith("; участвуют 2 государства.");
        assertThat(states(RUSSIAN, 5)).endsWith("; участвуют 5 государств.");
        assertThat(states(RUSSIAN, 21)).endsWith("; участвует 21 государство.");
    }

    @Test
    void englishSaysOneUnitAndOneStateInTheSingular() {
        assertThat(units(ENGLISH, 1)).isEqualTo("600 personnel, 1 unit short");
        assertThat(units(ENGLISH, 2)).isEqualTo("600 personnel, 2 units short");
        assertThat(states(ENGLISH, 1)).endsWith("; 1 state contributes.");
        assertThat(states(ENGLISH, 3)).endsWith("; 3 states contribute.");
    }

    @Test
    void indonesianHasOneFormForEveryNumber() {
        assertThat(units(INDONESIAN, 1)).isEqualTo("kurang 600 personel, 1 satuan");
        assertThat(units(INDONESIAN, 5)).isEqualTo("kurang 600 personel, 5 satuan");
        assertThat(states(INDONESIAN, 1)).endsWith("; 1 negara berkontribusi.");
    }

    @Test
    void numbersAreWrittenAsEachLanguageWritesThem() {
        Object[] objective = {222_268.4};

        assertThat(messages.getMessage("fg.best", objective, ENGLISH)).isEqualTo("best objective so far: 222,268");
        assertThat(messages.getMessage("fg.best", objective, RUSSIAN)).isEqualTo("лучшее значение цели: 222" + NBSP + "268");
        assertThat(messages.getMessage("fg.best", objective, INDONESIAN)).isEqualTo("nilai tujuan terbaik sejauh ini: 222.268");
        assertThat(states(RUSSIAN, 2)).startsWith("Покрыто 7,7% ");
        assertThat(messages.getMessage("fg.shortBy", new Object[] {4850, 1}, RUSSIAN)).startsWith("не хватает 4" + NBSP + "850 чел.");
    }

    @Test
    void aDateArgumentIsWrittenAsBefore() {
        assertThat(messages.getMessage("members.heading", new Object[] {LocalDate.of(2024, 6, 1)}, RUSSIAN))
                .isEqualTo("Государства со статусом на 2024-06-01");
    }

    @Test
    void aMessageWithoutArgumentsIsReturnedAsWritten() {
        assertThat(messages.getMessage("members.show", null, RUSSIAN)).isEqualTo("Показать");
    }
}
