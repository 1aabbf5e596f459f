package org.entente.access.internal;

import static org.entente.provenance.history.VersionedTable.timestamp;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.entente.access.Role;
import org.entente.audit.AuditRecord;
import org.entente.audit.AuditTrail;
import org.entente.access.RoleGrant;
import org.entente.register.Coded;
import org.entente.register.OrganizationCode;
import org.entente.register.StateCode;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Accounts, their role grants, and the failed sign-ins counted per account and client address, on the database. */
@Repository
class JdbcAccounts {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ClosedExerciseReaders closedExercises;

    JdbcAccounts(JdbcClient jdbc, AuditTrail audit, ClosedExerciseReaders closedExercises) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.closedExercises = closedExercises;
    }

    Optional<Account> find(String username) {
        List<RoleGrant> grants = jdbc.sql("select role, org_code, state_code from role_grant where username = :username order by id")
                .param("username", username)
                .query((rs, n) -> new RoleGrant(Coded.fromCode(Role.class, rs.getString("role")), OrganizationCode.of(rs.getString("org_code")),
                        rs.getString("state_code") == null ? null : StateCode.of(rs.getString("state_code").trim())))
                .list();
        Optional<Account> stored = jdbc.sql("select * from account where username = :username")
                .param("username", username)
                .query((rs, n) -> new Account(rs.getString("username"), rs.getString("display_name"), rs.getString("password_hash"),
                        rs.getBoolean("enabled"), grants, List.of()))
                .optional();
        // Read once the account's row is read (never inside its reading, which holds a connection), and only for an account that acts.
        return stored.map(account -> account.enabled() ? account.reading(closedExercises.readsBy(grants)) : account);
    }

    /**
     * Creates the account with its grants, or replaces the grants of an existing one (the password is
     * set only on creation), on the audit trail as done by {@code actor} in the role {@code role}.
     */
    @Transactional
    void save(String username, String displayName, String passwordHash, List<RoleGrant> grants, Instant now, String actor, String role) {
        int updated = jdbc.sql("update account set display_name = :name where username = :username")
                .param("name", displayName).param("username", username).update();
        if (updated == 0) {
            jdbc.sql("insert into account (username, display_name, password_hash, enabled, created_at) "
                            + "values (:username, :name, :hash, true, :now)")
                    .param("username", username).param("name", displayName).param("hash", passwordHash).param("now", timestamp(now))
                    .update();
        }
        jdbc.sql("delete from role_grant where username = :username").param("username", username).update();
        for (RoleGrant grant : grants) {
            jdbc.sql("insert into role_grant (username, role, org_code, state_code) values (:username, :role, :org, :state)")
                    .param("username", username).param("role", grant.role().code()).param("org", grant.organization().value())
                    .param("state", grant.state() == null ? null : grant.state().value())
                    .update();
        }
        audit.append(new AuditRecord(actor, role, null, updated == 0 ? "account.create" : "account.update", "account:" + username, null, null,
                "roles: " + (grants.isEmpty() ? "none" : grants.stream().map(RoleGrant::authority).reduce((a, b) -> a + ", " + b).orElseThrow())));
    }

    /**
     * The failures at {@code username} as {@code address} sees them (see {@link SignInThrottle}), counting
     * only those since {@code since}.
     */
    SignInThrottle.Failures signInFailures(String username, String address, Instant since) {
        record Own(int failures, Instant last, boolean signedIn) {
        }
        Own own = jdbc.sql("select failures, last_failed_at, signed_in_at from sign_in_attempt where username = :u and address = :a")
                .param("u", username).param("a", address)
                .query((rs, n) -> new Own(rs.getInt("failures"), instant(rs.getObject("last_failed_at", OffsetDateTime.class)),
                        rs.getObject("signed_in_at", OffsetDateTime.class) != null))
                .optional().orElse(new Own(0, null, false));
        boolean recent = own.last() != null && own.last().isAfter(since);
        return jdbc.sql("select coalesce(sum(failures), 0) as failures, max(last_failed_at) as last from sign_in_attempt "
                        + "where username = :u and signed_in_at is null and last_failed_at > :since")
                .param("u", username).param("since", timestamp(since))
                .query((rs, n) -> new SignInThrottle.Failures(recent ? own.failures() : 0, recent ? own.last() : null, own.signedIn(),
                        (int) Math.min(Integer.MAX_VALUE, rs.getLong("failures")), instant(rs.getObject("last", OffsetDateTime.class))))
                .single();
    }

    /**
     * Makes the row of {@code username} at {@code address}, with nothing counted, unless there is one, so
     * that {@link #lockSignInAttempts} has a row to lock. Not in a transaction: a parallel attempt that
     * inserts it first is no error.
     */
    void signInAttemptRow(String username, String address) {
        try {
            jdbc.sql("insert into sign_in_attempt (username, address, failures) select :u, :a, 0 "
                            + "where not exists (select 1 from sign_in_attempt where username = :u and address = :a)")
                    .param("u", username).param("a", address).update();
        } catch (DuplicateKeyException raced) {
            // a parallel attempt made it
        }
    }

    /**
     * Locks the row of {@code username} at {@code address} (see {@link #signInAttemptRow}) until the
     * transaction ends, so that parallel attempts from one address at one account are judged one after
     * the other, each seeing the failures the one before it counted.
     */
    void lockSignInAttempts(String username, String address) {
        jdbc.sql("select failures from sign_in_attempt where username = :u and address = :a for update")
                .param("u", username).param("a", address).query(Integer.class).optional();
    }

    /**
     * Counts a sign-in attempt at {@code username} from {@code address} as a failure, at {@code now} (the
     * count starts again when the last failure was before {@code since}), before its password is checked:
     * a right password then clears it ({@link #signedIn}). One statement adds to the count; the first
     * failure of a pair inserts its row, and a parallel first that loses the race to insert adds to the
     * row instead.
     */
    void signInFailed(String username, String address, Instant now, Instant since) {
        upsert(() -> jdbc.sql("update sign_in_attempt set failures = case when last_failed_at > :since then failures + 1 else 1 end, "
                                + "last_failed_at = :now where username = :u and address = :a")
                        .param("since", timestamp(since)).param("now", timestamp(now)).param("u", username).param("a", address).update(),
                () -> jdbc.sql("insert into sign_in_attempt (username, address, failures, last_failed_at) values (:u, :a, 1, :now)")
                        .param("u", username).param("a", address).param("now", timestamp(now)).update());
    }

    /** A correct password from {@code address}: its failures are cleared, and the address is one the account signs in from. */
    void signedIn(String username, String address, Instant now) {
        upsert(() -> jdbc.sql("update sign_in_attempt set failures = 0, last_failed_at = null, signed_in_at = :now where username = :u and address = :a")
                        .param("now", timestamp(now)).param("u", username).param("a", address).update(),
                () -> jdbc.sql("insert into sign_in_attempt (username, address, failures, signed_in_at) values (:u, :a, 0, :now)")
                        .param("u", username).param("a", address).param("now", timestamp(now)).update());
    }

    /** Updates the row, or inserts it when there is none; if another insert came first, updates that one. Not in a transaction. */
    private static void upsert(java.util.function.IntSupplier update, java.util.function.IntSupplier insert) {
        if (update.getAsInt() > 0) {
            return;
        }
        try {
            insert.getAsInt();
        } catch (DuplicateKeyException raced) {
            update.getAsInt();
        }
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
