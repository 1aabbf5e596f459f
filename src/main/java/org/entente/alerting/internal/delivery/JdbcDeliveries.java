package org.entente.alerting.internal.delivery;

import static org.entente.provenance.history.VersionedTable.timestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.alerting.AlertKind;
import org.entente.register.Coded;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox of alerts: one row per alert and recipient, claimed by one worker at a time for a lease (a worker that dies
 * holding one leaves it to another when the lease ends: sent at least once, never lost), and the log of every attempt.
 * Claims are conditional updates, so any number of instances share the table without a lock held across a send.
 */
@Repository
public class JdbcDeliveries {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    JdbcDeliveries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the delivery of the alert to the recipient, due at once, unless it is recorded already; whether it was new. */
    public boolean add(Alert alert, Delivery.Via via, String recipient, Instant now) {
        return add(alert, via, recipient, now, now);
    }

    private boolean add(Alert alert, Delivery.Via via, String recipient, Instant due, Instant now) {
        return jdbc.sql("insert into alert_delivery (message_id, channel, recipient, org_code, kind, occurred_at, alert, status, attempts, "
                        + "next_attempt_at, created_at, coalesce_key) select :id, :via, :r, :o, :k, :at, :alert, 'pending', 0, :due, :now, :key "
                        + "where not exists (select 1 from alert_delivery where message_id = :id and channel = :via and recipient = :r)")
                .param("id", alert.messageId()).param("via", via.code()).param("r", recipient).param("o", alert.organization())
                .param("k", alert.kind().code()).param("at", timestamp(alert.at())).param("alert", JSON.writeValueAsString(alert))
                .param("due", timestamp(due)).param("now", timestamp(now)).param("key", alert.amendable()).update() == 1;
    }

    /**
     * Records an amendment (a sitrep's revision, a figure superseding another) for the recipient without flooding them: it
     * replaces the alert of a delivery of the same thing still waiting (not being sent this moment, also one waiting for a
     * retry), which keeps its time; otherwise, if one was sent less than {@code quiet} ago (or is being sent now), it waits
     * until the quiet period after that ends; otherwise it is due at once. An amendment older than one already recorded for the
     * recipient is not recorded (an event heard again). Amendments for one recipient are recorded one at a time (their contact
     * row locked until the transaction ends). Whether anything was written.
     */
    public boolean amend(Alert alert, Delivery.Via via, String recipient, Duration quiet, Instant now) {
        String key = alert.amendable();
        // One amendment for the recipient at a time: another, heard on another thread, waits until this transaction ends and
        // then finds what this one wrote (without it, each would add a delivery of its own).
        lockForAmending(List.of(recipient));
        boolean newer = jdbc.sql("select count(*) from alert_delivery where channel = :via and recipient = :r and coalesce_key = :key "
                        + "and occurred_at >= :at").param("via", via.code()).param("r", recipient).param("key", key).param("at", timestamp(alert.at()))
                .query(Long.class).single() == 0;
        if (!newer) {
            return false;
        }
        int replaced = jdbc.sql("update alert_delivery set message_id = :id, alert = :alert, occurred_at = :at where channel = :via and recipient = :r "
                        + "and coalesce_key = :key and status = 'pending' and (claimed_until is null or claimed_until < :now)")
                .param("id", alert.messageId()).param("alert", JSON.writeValueAsString(alert)).param("at", timestamp(alert.at()))
                .param("via", via.code()).param("r", recipient).param("key", key).param("now", timestamp(now)).update();
        if (replaced > 0) {
            return true;
        }
        // The last told: a sent one's time, or now for one being sent at this moment (its claim held).
        Optional<OffsetDateTime> lastSent = jdbc.sql("select max(case when status = 'sent' then done_at else :nowTime end) from alert_delivery "
                        + "where channel = :via and recipient = :r and coalesce_key = :key and (status = 'sent' or status = 'pending' and claimed_until >= :now)")
                .param("nowTime", timestamp(now)).param("via", via.code()).param("r", recipient).param("key", key).param("now", timestamp(now))
                .query(OffsetDateTime.class).list().stream().filter(java.util.Objects::nonNull).findFirst();
        Instant due = lastSent.map(OffsetDateTime::toInstant).map(sent -> sent.plus(quiet)).filter(end -> end.isAfter(now)).orElse(now);
        return add(alert, via, recipient, due, now);
    }

    /**
     * Locks the contacts of {@code recipients} until the transaction ends, one after the other in the order given (callers give
     * them sorted, so that two transactions never wait for each other in a circle); a recipient locked already stays so.
     */
    public void lockForAmending(List<String> recipients) {
        for (String recipient : recipients) {
            jdbc.sql("select username from alert_contact where username = :r for update").param("r", recipient).query(String.class).list();
        }
    }

    /**
     * Holds the alert for the recipient's daily digest: a new entry, or, for an amendment of something held already (a
     * sitrep, a figure series), the held entry replaced by it. Whether anything was written (nothing for an alert held before).
     */
    public boolean hold(Alert alert, String recipient, Instant now) {
        String key = alert.amendable();
        if (key != null) {
            int replaced = jdbc.sql("update alert_delivery set message_id = :id, alert = :alert, occurred_at = :at where channel = 'digest' "
                            + "and recipient = :r and coalesce_key = :key and status = 'held' and occurred_at < :at and not exists "
                            + "(select 1 from alert_delivery d where d.message_id = :id and d.channel = 'digest' and d.recipient = :r)")
                    .param("id", alert.messageId()).param("alert", JSON.writeValueAsString(alert)).param("at", timestamp(alert.at()))
                    .param("r", recipient).param("key", key).update();
            if (replaced > 0) {
                return true;
            }
        }
        return jdbc.sql("insert into alert_delivery (message_id, channel, recipient, org_code, kind, occurred_at, alert, status, attempts, "
                        + "next_attempt_at, created_at, coalesce_key) select :id, 'digest', :r, :o, :k, :at, :alert, 'held', 0, :now, :now, :key "
                        + "where not exists (select 1 from alert_delivery where message_id = :id and channel = 'digest' and recipient = :r)")
                .param("id", alert.messageId()).param("r", recipient).param("o", alert.organization()).param("k", alert.kind().code())
                .param("at", timestamp(alert.at())).param("alert", JSON.writeValueAsString(alert)).param("now", timestamp(now)).param("key", key)
                .update() == 1;
    }

    /** Who has entries held for a daily digest that happened before {@code end}: each recipient and organization, once. */
    public List<Map.Entry<String, String>> heldBefore(Instant end) {
        return jdbc.sql("select distinct recipient, org_code from alert_delivery where channel = 'digest' and status = 'held' and occurred_at < :end "
                        + "order by recipient, org_code")
                .param("end", timestamp(end)).query((rs, n) -> Map.entry(rs.getString("recipient"), rs.getString("org_code"))).list();
    }

    /** Marks the recipient's entries of the organization held before {@code end} as included in the digest {@code messageId}; how many. */
    public int include(String recipient, String organization, Instant end, String messageId, Instant now) {
        return jdbc.sql("update alert_delivery set status = 'included', included_in = :m, done_at = :now where channel = 'digest' and status = 'held' "
                        + "and recipient = :r and org_code = :o and occurred_at < :end")
                .param("m", messageId).param("now", timestamp(now)).param("r", recipient).param("o", organization).param("end", timestamp(end)).update();
    }

    /** The alerts a digest mail includes, in time order. */
    public List<Alert> includedIn(String messageId, String recipient) {
        return jdbc.sql("select alert from alert_delivery where channel = 'digest' and included_in = :m and recipient = :r order by occurred_at, id")
                .param("m", messageId).param("r", recipient).query((rs, n) -> JSON.readValue(rs.getString("alert"), Alert.class)).list();
    }

    /**
     * Claims the next due delivery for {@code worker} until {@code now + lease}: the earliest due, pending and unclaimed (or
     * whose claim has lapsed) that no other worker claims first.
     */
    public Optional<Delivery> claimNext(String worker, Instant now, Duration lease) {
        List<Long> due = jdbc.sql("select id from alert_delivery where status = 'pending' and next_attempt_at <= :now "
                        + "and (claimed_until is null or claimed_until < :now) order by next_attempt_at, id fetch first 16 rows only")
                .param("now", timestamp(now)).query(Long.class).list();
        for (long id : due) {
            Optional<Delivery> claimed = claim(id, worker, now, lease);
            if (claimed.isPresent()) {
                return claimed;
            }
        }
        return Optional.empty();
    }

    /**
     * Claims delivery {@code id} for {@code worker} until {@code now + lease} if it is due and nobody holds it, counting the
     * attempt the claim is for (so that a worker claiming it after a lapsed lease makes the next attempt, never the same one
     * again); the delivery as claimed.
     */
    public Optional<Delivery> claim(long id, String worker, Instant now, Duration lease) {
        int claimed = jdbc.sql("update alert_delivery set claimed_by = :w, claimed_until = :until, attempts = attempts + 1 where id = :id "
                        + "and status = 'pending' and next_attempt_at <= :now and (claimed_until is null or claimed_until < :now)")
                .param("w", worker).param("until", timestamp(now.plus(lease))).param("id", id).param("now", timestamp(now)).update();
        return claimed == 1 ? find(id) : Optional.empty();
    }

    public Optional<Delivery> find(long id) {
        return jdbc.sql("select * from alert_delivery where id = :id").param("id", id).query(JdbcDeliveries::delivery).optional();
    }

    /** Marks the delivery sent and logs the attempt, if the worker still holds it (a worker whose lease lapsed does neither). */
    @Transactional
    public void sent(Delivery delivery, String worker, Delivery.Attempt attempt, Instant now) {
        int held = jdbc.sql("update alert_delivery set status = 'sent', done_at = :now, claimed_by = null, claimed_until = null "
                        + "where id = :id and claimed_by = :w")
                .param("now", timestamp(now)).param("id", delivery.id()).param("w", worker).update();
        if (held == 1) {
            log(delivery, attempt);
        }
    }

    /**
     * Makes the delivery due again at {@code next}, or failed for good when there is none, and logs the attempt, if the worker
     * still holds it; whether it did.
     */
    @Transactional
    public boolean failed(Delivery delivery, String worker, Delivery.Attempt attempt, Optional<Instant> next, Instant now) {
        int held = jdbc.sql("update alert_delivery set status = :s, next_attempt_at = :next, done_at = :done, claimed_by = null, "
                        + "claimed_until = null where id = :id and claimed_by = :w")
                .param("s", next.isPresent() ? "pending" : "failed")
                .param("next", timestamp(next.orElse(delivery.nextAttemptAt()))).param("done", next.isPresent() ? null : timestamp(now))
                .param("id", delivery.id()).param("w", worker).update();
        if (held == 1) {
            log(delivery, attempt);
        }
        return held == 1;
    }

    /** Makes a delivery due again at once (a redelivery asked for by hand), whatever its state; whether there was one. */
    public boolean redeliver(long id, Instant now) {
        return jdbc.sql("update alert_delivery set status = 'pending', next_attempt_at = :now, done_at = null, retry_base = attempts where id = :id")
                .param("now", timestamp(now)).param("id", id).update() == 1;
    }

    /** The recipient's deliveries, newest first, at most {@code limit}. */
    public List<Delivery> of(Delivery.Via via, String recipient, int limit) {
        return jdbc.sql("select * from alert_delivery where channel = :via and recipient = :r order by id desc fetch first :limit rows only")
                .param("via", via.code()).param("r", recipient).param("limit", limit).query(JdbcDeliveries::delivery).list();
    }

    public List<Delivery.Attempt> attempts(long deliveryId) {
        return jdbc.sql("select * from alert_attempt where delivery_id = :id order by attempt").param("id", deliveryId)
                .query((rs, n) -> new Delivery.Attempt(rs.getInt("attempt"), instant(rs, "started_at"), rs.getString("worker"), rs.getLong("duration_ms"),
                        (Integer) rs.getObject("status_code"), rs.getString("error")))
                .list();
    }

    private void log(Delivery delivery, Delivery.Attempt attempt) {
        jdbc.sql("insert into alert_attempt (delivery_id, attempt, started_at, worker, duration_ms, status_code, error) values (:id, :n, :at, :w, :ms, :code, :error)")
                .param("id", delivery.id()).param("n", attempt.number()).param("at", timestamp(attempt.startedAt())).param("w", attempt.worker()).param("ms", attempt.durationMs())
                .param("code", attempt.statusCode()).param("error", attempt.error()).update();
    }

    private static Delivery delivery(ResultSet rs, int n) throws SQLException {
        return new Delivery(rs.getLong("id"), rs.getString("message_id"), Coded.fromCode(Delivery.Via.class, rs.getString("channel")),
                rs.getString("recipient"), rs.getString("org_code"), AlertKind.valueOf(rs.getString("kind").toUpperCase(java.util.Locale.ROOT)),
                instant(rs, "occurred_at"), JSON.readValue(rs.getString("alert"), Alert.class),
                Coded.fromCode(Delivery.Status.class, rs.getString("status")), rs.getInt("attempts"), rs.getInt("retry_base"), instant(rs, "next_attempt_at"),
                instant(rs, "created_at"), instant(rs, "done_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
