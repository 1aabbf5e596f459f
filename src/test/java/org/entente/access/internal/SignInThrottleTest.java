package org.entente.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.entente.access.internal.SignInThrottle.Failures;
import org.entente.access.internal.SignInThrottle.Verdict;
import org.junit.jupiter.api.Test;

/** The throttle's windows on their own: when an address waits, and for how long. */
class SignInThrottleTest {

    private static final SignInThrottle THROTTLE = SignInThrottle.DEFAULT;
    private static final Instant LAST = Instant.parse("2026-01-01T00:00:00Z");

    private static Verdict fromAddress(int failures, Instant now) {
        return THROTTLE.verdict(new Failures(failures, LAST, false, failures, LAST), now);
    }

    @Test
    void fourFailuresFromAnAddressLetItTryAtOnce() {
        assertThat(fromAddress(4, LAST)).isInstanceOf(Verdict.Allowed.class);
    }

    @Test
    void theWindowStartsAtThirtySecondsAndDoublesUpToAnHour() {
        assertThat(fromAddress(5, LAST)).isEqualTo(new Verdict.Refused(LAST.plusSeconds(30)));
        assertThat(fromAddress(6, LAST)).isEqualTo(new Verdict.Refused(LAST.plusSeconds(60)));
        assertThat(fromAddress(11, LAST)).isEqualTo(new Verdict.Refused(LAST.plus(Duration.ofMinutes(32))));
        assertThat(fromAddress(12, LAST)).isEqualTo(new Verdict.Refused(LAST.plus(Duration.ofHours(1))));
        assertThat(fromAddress(1000, LAST)).isEqualTo(new Verdict.Refused(LAST.plus(Duration.ofHours(1))));
        assertThat(fromAddress(1000, LAST.plus(Duration.ofHours(1)))).isInstanceOf(Verdict.Allowed.class);
    }

    @Test
    void guessingSpreadOverAddressesSlowsNewAddressesButNotOnesTheOwnerSignedInFrom() {
        Failures elsewhere = new Failures(0, null, false, 20, LAST);
        Failures ownersAddress = new Failures(0, null, true, 20, LAST);

        assertThat(THROTTLE.verdict(elsewhere, LAST.plusSeconds(29))).isEqualTo(new Verdict.Refused(LAST.plusSeconds(30)));
        assertThat(THROTTLE.verdict(ownersAddress, LAST.plusSeconds(29))).isInstanceOf(Verdict.Allowed.class);
        assertThat(((Verdict.Refused) THROTTLE.verdict(elsewhere, LAST.plusMillis(28_500))).secondsFrom(LAST.plusMillis(28_500))).isEqualTo(2);
    }
}
