package org.entente.access.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * How password guesses are slowed, following OWASP's authentication cheat sheet: no account is ever
 * locked, so nobody can keep its owner out by guessing. From {@code perAddress} failures in a row
 * from one client address at one account, that address waits before its next attempt at it:
 * {@code first}, doubling with each further failure, up to {@code longest}. And from {@code perAccount}
 * failures at one account from addresses it never signed in from (a guessing spread over many
 * addresses), every such address waits the same way; an address the owner signed in from is slowed
 * only by its own failures. Failures older than {@code remembered} are forgotten.
 */
record SignInThrottle(int perAddress, int perAccount, Duration first, Duration longest, Duration remembered) {

    static final SignInThrottle DEFAULT = new SignInThrottle(5, 20, Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofDays(1));

    SignInThrottle {
        if (perAddress < 1 || perAccount < perAddress || first.isNegative() || first.isZero() || longest.compareTo(first) < 0
                || remembered.compareTo(longest) < 0) {
            throw new IllegalArgumentException("a throttle needs 1 <= perAddress <= perAccount and 0 < first <= longest <= remembered");
        }
    }

    /**
     * An account's failures as one client address sees them: the failures in a row from that address
     * and the time of the last, whether the account ever signed in from there, and the failures from
     * addresses it never signed in from, with the time of the last.
     */
    record Failures(int fromAddress, Instant lastFromAddress, boolean knownAddress, int fromUnknownAddresses, Instant lastFromUnknownAddresses) {

        static final Failures NONE = new Failures(0, null, false, 0, null);

        Failures {
            if (fromAddress < 0 || fromUnknownAddresses < 0) {
                throw new IllegalArgumentException("failures are counted from 0");
            }
        }
    }

    /** Whether an attempt goes ahead: its password is checked, or it is refused unchecked until a time. */
    sealed interface Verdict {

        record Allowed() implements Verdict {
        }

        record Refused(Instant until) implements Verdict {

            /** Whole seconds to wait from {@code now}, at least one (for Retry-After). */
            long secondsFrom(Instant now) {
                return Math.max(1, (Duration.between(now, until).toMillis() + 999) / 1000);
            }
        }
    }

    Verdict verdict(Failures failures, Instant now) {
        Instant until = later(waitUntil(failures.fromAddress(), perAddress, failures.lastFromAddress()),
                failures.knownAddress() ? null : waitUntil(failures.fromUnknownAddresses(), perAccount, failures.lastFromUnknownAddresses()));
        return until != null && until.isAfter(now) ? new Verdict.Refused(until) : new Verdict.Allowed();
    }

    /** The failures to count: those since {@code now} minus {@link #remembered}. */
    Instant forgetBefore(Instant now) {
        return now.minus(remembered);
    }

    private Instant waitUntil(int failures, int threshold, Instant last) {
        if (failures < threshold || last == null) {
            return null;
        }
        Duration window = first.multipliedBy(1L << Math.min(failures - threshold, 30));
        return last.plus(window.compareTo(longest) > 0 ? longest : window);
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }
}
