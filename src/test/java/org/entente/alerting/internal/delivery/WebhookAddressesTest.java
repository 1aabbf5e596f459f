package org.entente.alerting.internal.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Webhooks go to the public internet only, unless private addresses are allowed by configuration. */
class WebhookAddressesTest {

    private final WebhookAddresses publicOnly = new WebhookAddresses(false);

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/hooks", "http://localhost:8080/x", "http://10.1.2.3/x", "http://192.168.0.5/x", "http://172.16.9.9/x",
            "http://169.254.169.254/latest/meta-data", "http://[::1]/x", "http://[fd00::1]/x", "http://[fe80::1]/x", "http://0.0.0.0/x"})
    void refusesAnAddressOfThisMachineOrAPrivateNetwork(String url) {
        assertThat(publicOnly.refusal(URI.create(url))).hasValueSatisfying(reason -> assertThat(reason).contains("private network"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://93.184.215.14/hooks", "https://[2606:4700:4700::1111]/x"})
    void takesAPublicAddress(String url) {
        assertThat(publicOnly.refusal(URI.create(url))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/hooks", "http://10.1.2.3/x"})
    void takesAnyAddressWhenPrivateOnesAreAllowed(String url) {
        assertThat(new WebhookAddresses(true).refusal(URI.create(url))).isEmpty();
    }
}
