package org.entente.access.internal;

import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * People who sign in through the organization's OpenID provider: the provider says who they are
 * (the claim {@code entente.sso.username-claim}, by default {@code preferred_username}); Entente's
 * own account of that name says what they may do. A first sign-in creates the account, with no
 * password and no roles until someone grants them; a disabled account cannot sign in.
 */
@Component
class SingleSignOnUsers extends OidcUserService {

    private final JdbcAccounts accounts;
    private final Clock clock;
    private final String usernameClaim;

    SingleSignOnUsers(JdbcAccounts accounts, Clock clock, @Value("${entente.sso.username-claim:preferred_username}") String usernameClaim) {
        this.accounts = accounts;
        this.clock = clock;
        this.usernameClaim = usernameClaim;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = super.loadUser(request);
        String username = user.getClaimAsString(usernameClaim);
        if (username == null || username.isBlank()) {
            throw new OAuth2AuthenticationException(new OAuth2Error("invalid_user", "the provider gave no " + usernameClaim, null));
        }
        Account account = accounts.find(username).orElseGet(() -> {
            String name = user.getFullName() == null ? username : user.getFullName();
            accounts.save(username, name, null, List.of(), clock.instant(), username, "single sign-on");
            return accounts.find(username).orElseThrow();
        });
        if (!account.enabled()) {
            throw new OAuth2AuthenticationException(new OAuth2Error("disabled", username + " is disabled", null));
        }
        return new DefaultOidcUser(account.authorities(), user.getIdToken(), user.getUserInfo(), usernameClaim);
    }
}
