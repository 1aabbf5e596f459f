package org.entente.access.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.entente.command.Refusal;
import org.entente.web.ControlCharacters;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every check of a local account's password, throttled by {@link SignInThrottle} per account and
 * client address, with the counts in the database so that they hold across instances: an attempt the
 * throttle refuses is answered as a failure without its password being checked or counted; an attempt
 * it allows is counted as a failure before its password is checked (so that parallel guesses cannot all
 * pass while the first are being checked), and a right password then clears the address's failures.
 *
 * <p>The application's one {@link AuthenticationProvider} bean, so Spring Security makes it the
 * global authentication of user names and passwords: the sign-in form reaches it (single sign-on has
 * providers of its own), and no other provider checks a password.
 */
@Component
class PasswordSignIns implements AuthenticationProvider {

    /** The address of a request whose client address is not known; such requests share one count. */
    static final String UNKNOWN_ADDRESS = "unknown";

    /** The longest user name an account can have; a longer one is refused unchecked and unkept. */
    static final int LONGEST_USERNAME = 200;

    private final DaoAuthenticationProvider passwords;
    private final JdbcAccounts accounts;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final SignInThrottle throttle = SignInThrottle.DEFAULT;

    PasswordSignIns(PasswordEncoder encoder, JdbcAccounts accounts, Clock clock, TransactionTemplate transaction) {
        this.passwords = new DaoAuthenticationProvider(new AccountDetails(accounts));
        this.passwords.setPasswordEncoder(encoder);
        this.accounts = accounts;
        this.clock = clock;
        this.transaction = transaction;
    }

    /** An attempt refused unchecked because its address must wait; {@code retryAfterSeconds} until it may try again. */
    static final class Throttled extends AccountStatusException {

        private final long retryAfterSeconds;

        Throttled(long retryAfterSeconds) {
            super("too many failed sign-ins: try again in " + retryAfterSeconds + " seconds");
            this.retryAfterSeconds = retryAfterSeconds;
        }

        long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    /**
     * The user name whose local account's password {@code password} is, asked from the client address
     * {@code address} (null when not known), checked and throttled as a sign-in is: empty for a wrong
     * password, an unknown name, an account without a password or a disabled one (alike, so the
     * answer tells none of them apart); a throttled {@link Refusal} while the address must wait.
     */
    Optional<String> verify(String username, String password, String address) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        attempt.setDetails(new WebAuthenticationDetails(address, null));
        try {
            return Optional.of(authenticate(attempt).getName());
        } catch (Throttled throttled) {
            throw Refusal.throttled("too many failed sign-ins from your address at this account: try again in " + throttled.retryAfterSeconds()
                    + " seconds", Duration.ofSeconds(throttled.retryAfterSeconds()));
        } catch (AuthenticationException refused) {
            return Optional.empty();
        }
    }

    /** Checks the password of the attempt (a username and password; its details a {@link WebAuthenticationDetails} with the client address). */
    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = attempt.getName();
        if (!possibleUsername(username)) {
            throw new BadCredentialsException("no account has such a name");
        }
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : UNKNOWN_ADDRESS;
        Instant now = clock.instant();
        if (reserve(username, address, now) instanceof SignInThrottle.Verdict.Refused refused) {
            throw new Throttled(refused.secondsFrom(now));
        }
        Authentication signedIn = passwords.authenticate(attempt);
        accounts.signedIn(username, address, clock.instant());
        return signedIn;
    }

    /**
     * The throttle's verdict on an attempt at {@code username} from {@code address}, the attempt counted
     * as a failure when allowed: in one short transaction holding the lock of the address's count, so
     * that parallel attempts are judged one after the other and no more are checked than the throttle allows.
     */
    private SignInThrottle.Verdict reserve(String username, String address, Instant now) {
        Instant since = throttle.forgetBefore(now);
        accounts.signInAttemptRow(username, address);
        return transaction.execute(status -> {
            accounts.lockSignInAttempts(username, address);
            SignInThrottle.Verdict verdict = throttle.verdict(accounts.signInFailures(username, address, since), now);
            if (verdict instanceof SignInThrottle.Verdict.Allowed) {
                accounts.signInFailed(username, address, now, since);
            }
            return verdict;
        });
    }

    /**
     * Whether an account could have the name: at most {@link #LONGEST_USERNAME} characters, on one line,
     * without control characters. Any other is refused as a wrong password is, without being counted or
     * kept, so that no name too long for the database's key, or that it cannot store, fails the sign-in.
     */
    static boolean possibleUsername(String username) {
        return username != null && username.length() <= LONGEST_USERNAME && ControlCharacters.problem(username) == null
                && username.chars().noneMatch(c -> c == '\t' || c == '\n' || c == '\r');
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
