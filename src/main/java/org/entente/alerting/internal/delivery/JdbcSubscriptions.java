package org.entente.alerting.internal.delivery;

import static org.entente.provenance.history.VersionedTable.timestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.alerting.AlertKind;
import org.entente.register.Coded;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** People's mail contacts and their subscriptions, on the database. */
@Repository
public class JdbcSubscriptions {

    private final JdbcClient jdbc;

    JdbcSubscriptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Contact> contact(String username) {
        return jdbc.sql("select username, email, language from alert_contact where username = :u").param("u", username)
                .query((rs, n) -> new Contact(rs.getString("username"), rs.getString("email"), rs.getString("language"))).optional();
    }

    /** Sets or replaces the contact. */
    public void save(Contact contact, Instant now) {
        int updated = jdbc.sql("update alert_contact set email = :e, language = :l, updated_at = :now where username = :u")
                .param("e", contact.email()).param("l", contact.language()).param("now", timestamp(now)).param("u", contact.username()).update();
        if (updated == 0) {
            jdbc.sql("insert into alert_contact (username, email, language, updated_at) values (:u, :e, :l, :now)")
                    .param("u", contact.username()).param("e", contact.email()).param("l", contact.language()).param("now", timestamp(now)).update();
        }
    }

    /**
     * Whether anyone could hear of a step of the organization: a subscription to it, an enabled endpoint of it, or anyone with
     * a mail address (a council representative hears of a vote needed without subscribing).
     */
    public boolean anyoneListensTo(String organization) {
        return jdbc.sql("select (select count(*) from alert_subscription where org_code = :o) + (select count(*) from webhook_endpoint "
                        + "where org_code = :o and enabled) + (select count(*) from alert_contact)")
                .param("o", organization).query(Long.class).single() > 0;
    }

    public List<Subscription> of(String username) {
        return jdbc.sql("select * from alert_subscription where username = :u order by id").param("u", username).query(JdbcSubscriptions::subscription).list();
    }

    /** The subscriptions to the organization's alerts by the channel, of enabled and disabled accounts alike (the caller asks who may read). */
    public List<Subscription> in(String organization, Subscription.Channel channel) {
        return jdbc.sql("select * from alert_subscription where org_code = :o and channel = :c order by id")
                .param("o", organization).param("c", channel.code()).query(JdbcSubscriptions::subscription).list();
    }

    /** Every subscription by the channel, in every organization. */
    public List<Subscription> all(Subscription.Channel channel) {
        return jdbc.sql("select * from alert_subscription where channel = :c order by id").param("c", channel.code())
                .query(JdbcSubscriptions::subscription).list();
    }

    public Subscription add(String username, String organization, Set<AlertKind> kinds, String state, String mission, Subscription.Channel channel,
                            Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into alert_subscription (username, org_code, kinds, state_code, mission_id, channel, created_at) "
                        + "values (:u, :o, :k, :s, :m, :c, :now)")
                .param("u", username).param("o", organization).param("k", codes(kinds)).param("s", state).param("m", mission)
                .param("c", channel.code()).param("now", timestamp(now))
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        return jdbc.sql("select * from alert_subscription where id = :id").param("id", id).query(JdbcSubscriptions::subscription).single();
    }

    /** Removes the person's subscription; whether there was one. */
    public boolean remove(String username, long id) {
        return jdbc.sql("delete from alert_subscription where id = :id and username = :u").param("id", id).param("u", username).update() == 1;
    }

    /** Kinds as stored: their codes, comma-separated, in declaration order. */
    static String codes(Collection<AlertKind> kinds) {
        return EnumSet.copyOf(kinds).stream().map(AlertKind::code).collect(Collectors.joining(","));
    }

    static Set<AlertKind> kinds(String codes) {
        return Arrays.stream(codes.split(",")).map(code -> AlertKind.valueOf(code.toUpperCase(java.util.Locale.ROOT)))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(AlertKind.class)));
    }

    private static Subscription subscription(ResultSet rs, int n) throws SQLException {
        String state = rs.getString("state_code");
        return new Subscription(rs.getLong("id"), rs.getString("username"), rs.getString("org_code"), kinds(rs.getString("kinds")),
                state == null ? null : state.trim(), rs.getString("mission_id"), Coded.fromCode(Subscription.Channel.class, rs.getString("channel")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
