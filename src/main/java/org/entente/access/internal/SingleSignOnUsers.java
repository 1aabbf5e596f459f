package org.entente.access.internal;

import static org.entente.provenance.history.VersionedTable.timestamp;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * People who sign in through the organization's OpenID provider. A person is who the provider's
 * issuer and subject say, which the provider guarantees unique and stable; Entente's account linked
 * to them says what they may do. A first sign-in creates an account named by the claim
 * {@code entente.sso.username-claim} (by default {@code preferred_username}), with no password and no
 * roles, and links it; if an account of that name exists already, it is never taken over: an
 * administrator links it explicitly (a row in {@code sso_identity}). A disabled account cannot sign in.
 */
@Component
class SingleSignOnUsers extends OidcUserService {

    private final JdbcAccounts accounts;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final String usernameClaim;

    SingleSignOnUsers(JdbcAccounts accounts, JdbcClient jdbc, Clock clock,
                      @Value("${entente.sso.username-claim:preferred_username}") String usernameClaim) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.clock = clock;
        this.usernameClaim = usernameClaim;
    }

    @Override
    @Transactional
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = super.loadUser(request);
        String issuer = String.valueOf(user.getIssuer());
        String subject = user.getSubject();
        String username = linked(issuer, subject).orElseGet(() -> firstSignIn(user, issuer, subject));
        Account account = accounts.find(username).orElseThrow(() -> refuse("no_account", "the linked account " + username + " is gone"));
        if (!account.enabled()) {
            throw refuse("disabled", username + " is disabled");
        }
        return new DefaultOidcUser(account.authorities(), user.getIdToken(), user.getUserInfo(), usernameClaim);
    }

    private Optional<String> linked(String issuer, String subject) {
        return jdbc.sql("select username from sso_identity where issuer = :issuer and subject = :subject")
                .param("issuer", issuer).param("subject", subject).query(String.class).optional();
    }

    private String firstSignIn(OidcUser user, String issuer, String subject) {
        String username = user.getClaimAsString(usernameClaim);
        if (username == null || username.isBlank()) {
            throw refuse("invalid_user", "the provider gave no " + usernameClaim);
        }
        if (accounts.find(username).isPresent()) {
            throw refuse("account_exists", "an account " + username + " exists and is not linked to this identity; an administrator must link it");
        }
        accounts.save(username, user.getFullName() == null ? username : user.getFullName(), null, List.of(), clock.instant(), username, "single sign-on");
        jdbc.sql("insert into sso_identity (issuer, subject, username, created_at) values (:issuer, :subject, :username, :now)")
                .param("issuer", issuer).param("subject", subject).param("username", username).param("now", timestamp(clock.instant()))
                .update();
        return username;
    }

    private static OAuth2AuthenticationException refuse(String code, String reason) {
        return new OAuth2AuthenticationException(new OAuth2Error(code, reason, null));
    }
}
