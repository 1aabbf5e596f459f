package org.entente.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.entente.command.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class StatesTest {

    @Test
    void everyStateIsNamedInEnglishRussianAndIndonesian() {
        assertThat(States.all()).hasSizeGreaterThan(240);
        assertThat(States.all()).allSatisfy(state -> {
            assertThat(state.names()).containsOnlyKeys("en", "ru", "id");
            assertThat(state.names().values()).allSatisfy(name -> assertThat(name).isNotBlank().isNotEqualTo(state.code().value()));
        });
    }

    @Test
    void namesComeFromLocaleData() {
        State kazakhstan = States.get(StateCode.of("KAZ"));

        assertThat(kazakhstan.name("en")).isEqualTo("Kazakhstan");
        assertThat(kazakhstan.name("ru")).isEqualTo("Казахстан");
        assertThat(States.get(StateCode.of("RUS")).name("ru")).isEqualTo("Россия");
        assertThat(States.get(StateCode.of("ARM")).name("id")).isEqualTo("Armenia");
    }

    @Test
    void aStateCodeSubmittedInAFieldIsReadOrRefusedNamingTheField() {
        assertThat(StateCode.parse("state", "KAZ")).isEqualTo(StateCode.of("KAZ"));
        for (String malformed : new String[] {"kaz", "KZ", "KAZA", " KAZ", "", null}) {
            assertThatExceptionOfType(Refusal.class).as("%s", malformed).isThrownBy(() -> StateCode.parse("filter.state", malformed))
                    .satisfies(refusal -> {
                        assertThat(refusal.reason()).isEqualTo(Refusal.Reason.INVALID);
                        assertThat(refusal.errors()).extracting(Refusal.FieldError::field).containsExactly("filter.state");
                        assertThat(refusal.detail()).isEqualTo("'" + malformed + "' is not a state code (ISO 3166-1 alpha-3, e.g. KAZ)");
                    });
        }
    }

    @Test
    void aLanguageWithoutANameFallsBackToEnglish() {
        assertThat(States.get(StateCode.of("KAZ")).name("fr")).isEqualTo("Kazakhstan");
    }

    @Test
    void theCstoStatesExist() {
        for (String code : new String[] {"ARM", "AZE", "BLR", "GEO", "KAZ", "KGZ", "RUS", "TJK", "UZB"}) {
            assertThat(States.exists(code)).as(code).isTrue();
            assertThat(States.find(StateCode.of(code))).as(code).isPresent();
        }
    }

    @Test
    void listsStatesInCodeOrderEachOnce() {
        assertThat(States.all()).extracting(State::code).isSorted().doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"XYZ", "kaz", "KZ", "KAZA", "", "SUN"})
    void anUnknownCodeIsNoState(String code) {
        assertThat(States.exists(code)).isFalse();
    }

    @Test
    void findingOrGettingAnUnknownStateSaysSo() {
        assertThat(States.find(StateCode.of("XYZ"))).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> States.get(StateCode.of("XYZ"))).withMessageContaining("XYZ");
    }

    @Test
    void aStateCodeIsThreeCapitalLetters() {
        assertThatIllegalArgumentException().isThrownBy(() -> StateCode.of("kaz"));
        assertThatIllegalArgumentException().isThrownBy(() -> StateCode.of("KZ"));
        assertThat(StateCode.of("KAZ").toString()).isEqualTo("KAZ");
    }
}
