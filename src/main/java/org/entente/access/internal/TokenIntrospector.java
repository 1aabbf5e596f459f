package org.entente.access.internal;

import java.util.Map;
import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.stereotype.Component;

/** Bearer tokens on the API are personal access tokens: a valid one acts as its owner, with the owner's current grants. */
@Component
class TokenIntrospector implements OpaqueTokenIntrospector {

    private final PersonalAccessTokens tokens;
    private final JdbcAccounts accounts;

    TokenIntrospector(PersonalAccessTokens tokens, JdbcAccounts accounts) {
        this.tokens = tokens;
        this.accounts = accounts;
    }

    @Override
    public OAuth2AuthenticatedPrincipal introspect(String token) {
        Account account = tokens.owner(token)
                .flatMap(accounts::find)
                .filter(Account::enabled)
                .orElseThrow(() -> new BadOpaqueTokenException("unknown, revoked or expired token"));
        return new DefaultOAuth2AuthenticatedPrincipal(account.username(), Map.of("sub", account.username()),
                account.authorities());
    }
}
