package org.entente.access.internal;

import static org.entente.provenance.history.VersionedTable.timestamp;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.entente.audit.AuditRecord;
import org.entente.audit.AuditTrail;
import org.entente.provenance.Digests;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens for scripts: a secret shown once at creation ({@code ent_} and 43 random
 * characters), stored only as its SHA-256; listed and revoked by their owner; every one expiring, at
 * most {@code entente.tokens.max-lifetime} (365 days unless configured) after its creation.
 *
 * <p>A token is made only by a person proving who they are: signed in on the pages, or with their
 * password ({@code POST /api/v1/tokens/exchange}). A token cannot make tokens, so a stolen or leaked
 * token cannot outlive its revocation or its expiry through tokens made with it.
 */
@Repository
@EnableConfigurationProperties(PersonalAccessTokens.Settings.class)
class PersonalAccessTokens {

    static final String PREFIX = "ent_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail audit;

    private final Settings settings;

    PersonalAccessTokens(JdbcClient jdbc, Clock clock, AuditTrail audit, Settings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.settings = settings;
    }

    /** {@code entente.tokens.max-lifetime}: the longest a token is valid, in whole days, at least one (365 days when absent). */
    @ConfigurationProperties("entente.tokens")
    record Settings(Duration maxLifetime) {

        Settings {
            maxLifetime = maxLifetime == null ? Duration.ofDays(365) : maxLifetime;
            if (maxLifetime.toDays() < 1) {
                throw new IllegalArgumentException("entente.tokens.max-lifetime is at least a day (e.g. P365D), not " + maxLifetime);
            }
        }
    }

    /** How the person making a token proved who they are (a token never can: the API offers no way to make one with a token). */
    enum Proof {
        /** Signed in on the pages (a password or single sign-on). */
        SESSION("signed in"),
        /** Their local account's password, exchanged for the token. */
        PASSWORD("password exchanged");

        private final String description;

        Proof(String description) {
            this.description = description;
        }
    }

    /** The longest name of a token, in characters. */
    static final int LONGEST_NAME = 100;

    /**
     * The name a token asked to be called {@code name} is given: without its surrounding blanks; empty
     * when nothing is left or more than {@link #LONGEST_NAME} characters are. One rule for the API and the pages.
     */
    static Optional<String> name(String name) {
        String stripped = name == null ? "" : name.strip();
        return stripped.isEmpty() || stripped.length() > LONGEST_NAME ? Optional.empty() : Optional.of(stripped);
    }

    /** The longest validity a token may be given, in days. */
    long longestDays() {
        return settings.maxLifetime().toDays();
    }

    /**
     * The validity asked for, {@code days} days (the longest when absent); empty when it is less than a
     * day or longer than {@link #longestDays()}.
     */
    Optional<Duration> validity(Integer days) {
        if (days == null) {
            return Optional.of(Duration.ofDays(longestDays()));
        }
        return days >= 1 && days <= longestDays() ? Optional.of(Duration.ofDays(days)) : Optional.empty();
    }

    /**
     * A token as its owner sees it; the secret only on creation. Serializable: the account page shows a new one
     * after a redirect, carried there by the sign-in session, which is kept in the database.
     */
    record Token(String id, String name, Instant createdAt, Instant expiresAt, Instant revokedAt, Instant lastUsedAt, String secret)
            implements java.io.Serializable {
    }

    /**
     * Creates a token valid for {@code validFor} (see {@link #validity}), on the audit trail (its name,
     * expiry and how its maker proved who they are; never its secret).
     */
    @Transactional
    Token create(String username, String name, Duration validFor, Proof proof) {
        if (validFor.compareTo(Duration.ofDays(1)) < 0 || validFor.compareTo(settings.maxLifetime()) > 0) {
            throw new IllegalArgumentException("a token is valid for a day up to " + settings.maxLifetime() + ", not " + validFor);
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Instant expires = now.plus(validFor);
        String id = UUID.randomUUID().toString();
        jdbc.sql("insert into access_token (id, username, name, secret_hash, created_at, expires_at) values (:id, :username, :name, :hash, :now, :expires)")
                .param("id", id).param("username", username).param("name", name).param("hash", Digests.sha256(secret))
                .param("now", timestamp(now)).param("expires", timestamp(expires))
                .update();
        audit.append(new AuditRecord(username, "self", null, "token.create", "token:" + id, null, null,
                "name: " + name + "; expires " + expires + "; " + proof.description));
        return new Token(id, name, now, expires, null, null, secret);
    }

    List<Token> list(String username) {
        return jdbc.sql("select * from access_token where username = :username order by created_at")
                .param("username", username)
                .query((rs, n) -> new Token(rs.getString("id"), rs.getString("name"), instant(rs.getObject("created_at", OffsetDateTime.class)),
                        instant(rs.getObject("expires_at", OffsetDateTime.class)), instant(rs.getObject("revoked_at", OffsetDateTime.class)),
                        instant(rs.getObject("last_used_at", OffsetDateTime.class)), null))
                .list();
    }

    /** Revokes the owner's token, on the audit trail; false if the owner has no such token unrevoked. */
    @Transactional
    boolean revoke(String username, String id) {
        boolean revoked = jdbc.sql("update access_token set revoked_at = :now where id = :id and username = :username and revoked_at is null")
                .param("now", timestamp(clock.instant())).param("id", id).param("username", username)
                .update() == 1;
        if (revoked) {
            audit.append(new AuditRecord(username, "self", null, "token.revoke", "token:" + id, null, null, null));
        }
        return revoked;
    }

    /** How accurate a token's last use is: it is written at most this often, so that a read need not wait for a write each time. */
    static final Duration LAST_USE_ACCURACY = Duration.ofMinutes(1);

    /** The owner of a valid (known, unrevoked, unexpired) token; its last use written when the one stored is older than {@link #LAST_USE_ACCURACY}. */
    Optional<String> owner(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<String> owner = jdbc.sql("select username from access_token where secret_hash = :hash and revoked_at is null "
                        + "and expires_at > :now")
                .param("hash", Digests.sha256(secret)).param("now", timestamp(now))
                .query(String.class)
                .optional();
        owner.ifPresent(found -> jdbc.sql("update access_token set last_used_at = :now where secret_hash = :hash "
                        + "and (last_used_at is null or last_used_at < :minuteAgo)")
                .param("now", timestamp(now)).param("hash", Digests.sha256(secret)).param("minuteAgo", timestamp(now.minus(LAST_USE_ACCURACY)))
                .update());
        return owner;
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
