package org.entente.access.internal;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Local accounts for signing in with a password: their grants become authorities. Not a bean: only
 * {@link PasswordSignIns} reads it, so no password is checked anywhere without the throttle.
 */
class AccountDetails implements UserDetailsService {

    private final JdbcAccounts accounts;

    AccountDetails(JdbcAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.find(username)
                .filter(found -> found.passwordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("no local account " + username));
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .disabled(!account.enabled())
                .authorities(account.authorities())
                .build();
    }
}
