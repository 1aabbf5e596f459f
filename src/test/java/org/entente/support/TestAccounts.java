package org.entente.support;

import java.util.Map;
import java.util.UUID;
import org.entente.provenance.Digests;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Test set-up of people, written to the database directly as an administrator would: a local
 * account, its role grants, and a personal access token.
 */
public final class TestAccounts {

    /** The encoder the application uses ({@code SecurityConfiguration}): Spring Security's delegating one. */
    private static final PasswordEncoder PASSWORDS = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    private TestAccounts() {
    }

    /**
     * The local account {@code username} (created if missing, given {@code grants} besides those it has)
     * with the password {@code password}, and no failed sign-ins counted against it from any address.
     */
    public static void localAccount(JdbcClient jdbc, String username, String password, String... grants) {
        tokenFor(jdbc, username, grants);
        jdbc.sql("update account set password_hash = :hash where username = :u")
                .param("hash", PASSWORDS.encode(password)).param("u", username).update();
        jdbc.sql("delete from sign_in_attempt where username = :u").param("u", username).update();
    }

    /**
     * {@code length} letters and digits that do not repeat in any pattern a database could compress (the
     * same each time), for a user name too long to be a key: a run of one letter compresses to a few bytes.
     */
    public static String incompressible(int length) {
        var random = new java.util.Random(length);
        var text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(Character.forDigit(random.nextInt(36), 36));
        }
        return text.toString();
    }

    /**
     * A new personal access token of the account {@code username}, which is created if missing and
     * given {@code grants} (authorities such as {@code secretariat@CSTO} or {@code liaison@CSTO/KAZ})
     * besides those it has.
     */
    public static String tokenFor(JdbcClient jdbc, String username, String... grants) {
        if (jdbc.sql("select count(*) from account where username = :u").param("u", username).query(Integer.class).single() == 0) {
            jdbc.sql("insert into account (username, display_name, enabled, created_at) values (:u, :u, true, current_timestamp)")
                    .param("u", username).update();
        }
        for (String authority : grants) {
            String[] roleAndScope = authority.split("@");
            String[] scope = roleAndScope[1].split("/");
            String state = scope.length > 1 ? scope[1] : null;
            int held = jdbc.sql("select count(*) from role_grant where username = :u and role = :r and org_code = :o and "
                            + (state == null ? "state_code is null" : "state_code = :s"))
                    .param("u", username).param("r", roleAndScope[0]).param("o", scope[0]).params(state == null ? Map.of() : Map.of("s", state))
                    .query(Integer.class).single();
            if (held == 0) {
                jdbc.sql("insert into role_grant (username, role, org_code, state_code) values (:u, :r, :o, :s)")
                        .param("u", username).param("r", roleAndScope[0]).param("o", scope[0]).param("s", state).update();
            }
        }
        String secret = "ent_test" + UUID.randomUUID().toString().replace("-", "");
        jdbc.sql("insert into access_token (id, username, name, secret_hash, created_at, expires_at) "
                        + "values (:id, :u, 'test', :hash, current_timestamp, current_timestamp + interval '30' day)")
                .param("id", UUID.randomUUID().toString()).param("u", username).param("hash", Digests.sha256(secret))
                .update();
        return secret;
    }
}
