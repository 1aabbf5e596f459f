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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens for scripts: a secret shown once at creation ({@code ent_} and 43 random
 * characters), stored only as its SHA-256; listed and revoked by their owner; optionally expiring.
 */
@Repository
class PersonalAccessTokens {

    static final String PREFIX = "ent_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail audit;

    PersonalAccessTokens(JdbcClient jdbc, Clock clock, AuditTrail audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    /** A token as its owner sees it; the secret only on creation. */
    record Token(String id, String name, Instant createdAt, Instant expiresAt, Instant revokedAt, Instant lastUsedAt, String secret) {
    }

    /** Creates a token, on the audit trail (its name and expiry; never its secret). */
    @Transactional
    Token create(String username, String name, Duration validFor) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Instant expires = validFor == null ? null : now.plus(validFor);
        String id = UUID.randomUUID().toString();
        jdbc.sql("insert into access_token (id, username, name, secret_hash, created_at, expires_at) values (:id, :username, :name, :hash, :now, :expires)")
                .param("id", id).param("username", username).param("name", name).param("hash", Digests.sha256(secret))
                .param("now", timestamp(now)).param("expires", expires == null ? null : timestamp(expires))
                .update();
        audit.append(new AuditRecord(username, "self", null, "token.create", "token:" + id, null, null,
                "name: " + name + (expires == null ? "; no expiry" : "; expires " + expires)));
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

    /** The owner of a valid (known, unrevoked, unexpired) token. */
    Optional<String> owner(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<String> owner = jdbc.sql("select username from access_token where secret_hash = :hash and revoked_at is null "
                        + "and (expires_at is null or expires_at > :now)")
                .param("hash", Digests.sha256(secret)).param("now", timestamp(now))
                .query(String.class)
                .optional();
        owner.ifPresent(found -> jdbc.sql("update access_token set last_used_at = :now where secret_hash = :hash")
                .param("now", timestamp(now)).param("hash", Digests.sha256(secret)).update());
        return owner;
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
