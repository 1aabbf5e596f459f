package org.entente.alerting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class WebhookSecretTest {

    @Test
    void readsTheReferenceSecretAsItsTwentyFourBytes() {
        // MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw decoded by `base64 -d | xxd -p`
        assertThat(WebhookSecret.parse(WebhookSignatureTest.SECRET).key())
                .isEqualTo(HexFormat.of().parseHex("31f290f6bf06298aab4f08d43c3f082cf648a362da2da4b0"));
    }

    @Test
    void writesTheSecretItRead() {
        assertThat(WebhookSecret.parse(WebhookSignatureTest.SECRET).encoded()).isEqualTo(WebhookSignatureTest.SECRET);
    }

    @Test
    void refusesASecretWithoutThePrefix() {
        assertThatIllegalArgumentException().isThrownBy(() -> WebhookSecret.parse("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"))
                .withMessage("a webhook secret starts with 'whsec_'");
    }

    @Test
    void refusesASecretThatIsNotBase64WithoutRepeatingIt() {
        assertThatIllegalArgumentException().isThrownBy(() -> WebhookSecret.parse("whsec_MfKQ9r8GKYqr*wjUPD8ILPZIo2LaLaSw"))
                .withMessageNotContaining("MfKQ9r8GKYqr");
    }

    @Test
    void refusesASecretOfFewerThanTwentyFourBytes() {
        assertThatIllegalArgumentException().isThrownBy(() -> WebhookSecret.parse("whsec_" + "A".repeat(28)))
                .withMessage("a webhook secret has 24 to 64 bytes, not 21");
    }

    @Test
    void refusesASecretOfMoreThanSixtyFourBytes() {
        assertThatIllegalArgumentException().isThrownBy(() -> new WebhookSecret(new byte[65]));
    }

    @Test
    void takesSixtyFourBytes() {
        assertThat(new WebhookSecret(new byte[64]).key()).hasSize(64);
    }

    @Test
    void neverPrintsTheKey() {
        assertThat(WebhookSecret.parse(WebhookSignatureTest.SECRET).toString()).doesNotContain("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
    }

    @Test
    void generatesThirtyTwoRandomBytesThatReadBack() {
        WebhookSecret generated = WebhookSecret.generate(new SecureRandom());

        assertThat(generated.key()).hasSize(32);
        assertThat(WebhookSecret.parse(generated.encoded())).isEqualTo(generated);
        assertThat(WebhookSecret.generate(new SecureRandom())).isNotEqualTo(generated);
    }

    @Test
    void keepsItsKeyFromTheCallersArray() {
        byte[] key = new byte[24];
        WebhookSecret secret = new WebhookSecret(key);
        key[0] = 1;

        assertThat(secret.key()[0]).isZero();
    }
}
