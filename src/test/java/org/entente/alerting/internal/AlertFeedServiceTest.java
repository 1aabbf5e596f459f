package org.entente.alerting.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import org.junit.jupiter.api.Test;

/** The feed's configured sender and site are refused at start-up when no alert could carry them. */
class AlertFeedServiceTest {

    private static AlertFeedService configured(String sender, String site) {
        return new AlertFeedService(null, null, null, null, null, Clock.systemUTC(), new FeedOrigin(sender, site), null);
    }

    @Test
    void aSenderWithASpaceOrACommaIsRefused() {
        assertThatThrownBy(() -> configured("entente example", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> configured("entente,example", "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSiteThatIsNotAnAbsoluteAddressIsRefused() {
        assertThatThrownBy(() -> configured("", "/entente")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> configured("entente.example.org", "entente.example.org")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDomainNameAndAnAbsoluteAddressAreTaken() {
        assertThatCode(() -> configured("entente.example.org", "https://entente.example.org/")).doesNotThrowAnyException();
        assertThatCode(() -> configured("", "")).doesNotThrowAnyException();
    }
}
