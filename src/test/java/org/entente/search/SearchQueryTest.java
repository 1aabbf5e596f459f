package org.entente.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchQueryTest {

    @Test
    void matchesWhateverTheCaseAndAccentsOfEitherSide() {
        assertThat(new SearchQuery("almaty").matches(List.of("Almatý"))).isTrue();
        assertThat(new SearchQuery("Almatý").matches(List.of("ALMATY"))).isTrue();
        assertThat(new SearchQuery("ёлка").matches(List.of("Елка"))).isTrue();
    }

    @Test
    void everyWordMustAppearInOneOfTheTexts() {
        assertThat(new SearchQuery("kazakhstan unrest").matches(List.of("KAZ-2022", "Mass unrest in Kazakhstan"))).isTrue();
        assertThat(new SearchQuery("kazakhstan terrorism").matches(List.of("KAZ-2022", "Mass unrest in Kazakhstan"))).isFalse();
    }

    @Test
    void aBlankQueryMatchesNothing() {
        assertThat(new SearchQuery("   ").blank()).isTrue();
        assertThat(new SearchQuery("  ").matches(List.of("anything"))).isFalse();
    }

    @Test
    void refusesAQueryLongerThanTheLimitAndSaysWhy() {
        String tooLong = "a".repeat(SearchQuery.MAX_LENGTH + 1);

        assertThat(SearchQuery.whyNot(tooLong)).hasValueSatisfying(why -> assertThat(why).contains("200").contains("201"));
        assertThat(SearchQuery.whyNot("a".repeat(SearchQuery.MAX_LENGTH))).isEmpty();
        assertThatThrownBy(() -> new SearchQuery(tooLong)).isInstanceOf(IllegalArgumentException.class);
    }
}
