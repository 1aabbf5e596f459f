package org.entente.dataset.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.dataset.Precondition;
import org.junit.jupiter.api.Test;

/** If-Match as RFC 9110 reads it. */
class IfMatchTest {

    @Test
    void noHeaderExpectsAnOrganizationNotRegisteredYet() {
        assertThat(DatasetApi.precondition(null)).isEqualTo(Precondition.NOT_YET_REGISTERED);
    }

    @Test
    void anAsteriskExpectsAnyVersionOfARegisteredOrganization() {
        assertThat(DatasetApi.precondition(" * ")).isEqualTo(Precondition.REGISTERED);
    }

    @Test
    void aListMatchesAnyOfItsStrongTags() {
        var expected = (Precondition.Version) DatasetApi.precondition("\"abc\", \"def\"");

        assertThat(expected.matches("def")).isTrue();
        assertThat(expected.matches("abc")).isTrue();
        assertThat(expected.matches("xyz")).isFalse();
    }

    @Test
    void aWeakTagNeverMatches() {
        var expected = (Precondition.Version) DatasetApi.precondition("W/\"abc\"");

        assertThat(expected.matches("abc")).isFalse();
    }
}
