package org.entente.alerting.internal.cap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CapTextTest {

    @Test
    void refusesAHalfOfASurrogatePairThatUtf8CannotCarry() {
        assertThatThrownBy(() -> CapText.text("description", "bad \uD800")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("U+D800");
        assertThatThrownBy(() -> CapText.text("description", "\uDC00 bad")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keepsACharacterBeyondTheBasicPlaneWhoseHalvesArePaired() {
        assertThat(CapText.text("description", "flag \uD83C\uDDF0\uD83C\uDDFF")).isEqualTo("flag \uD83C\uDDF0\uD83C\uDDFF");
    }

    @Test
    void writesLineBreaksAsAnXmlReaderWillReadThemBack() {
        assertThat(CapText.text("description", "one\r\ntwo\rthree\nfour")).isEqualTo("one\ntwo\nthree\nfour");
    }
}
