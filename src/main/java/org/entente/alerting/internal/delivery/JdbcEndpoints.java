package org.entente.alerting.internal.delivery;

import static org.entente.provenance.history.VersionedTable.timestamp;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.entente.alerting.WebhookSecret;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The organizations' webhook endpoints, on the database. */
@Repository
public class JdbcEndpoints {

    private final JdbcClient jdbc;

    JdbcEndpoints(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<WebhookEndpoint> in(String organization) {
        return jdbc.sql("select * from webhook_endpoint where org_code = :o order by created_at, id").param("o", organization)
                .query(JdbcEndpoints::endpoint).list();
    }

    public Optional<WebhookEndpoint> find(String id) {
        return jdbc.sql("select * from webhook_endpoint where id = :id").param("id", id).query(JdbcEndpoints::endpoint).optional();
    }

    public void add(WebhookEndpoint endpoint) {
        jdbc.sql("insert into webhook_endpoint (id, org_code, url, secret, kinds, description, enabled, created_by, created_at) "
                        + "values (:id, :o, :url, :secret, :kinds, :d, true, :by, :at)")
                .param("id", endpoint.id()).param("o", endpoint.organization()).param("url", endpoint.url().toString())
                .param("secret", endpoint.secret().encoded()).param("kinds", JdbcSubscriptions.codes(endpoint.kinds()))
                .param("d", endpoint.description()).param("by", endpoint.createdBy()).param("at", timestamp(endpoint.createdAt())).update();
    }

    /** Disables the endpoint with the reason, if it is enabled; whether it was. */
    public boolean disable(String id, String reason, Instant now) {
        return jdbc.sql("update webhook_endpoint set enabled = false, disabled_reason = :r, disabled_at = :now where id = :id and enabled")
                .param("r", reason).param("now", timestamp(now)).param("id", id).update() == 1;
    }

    /** Enables the endpoint again; whether it was disabled. */
    public boolean enable(String id) {
        return jdbc.sql("update webhook_endpoint set enabled = true, disabled_reason = null, disabled_at = null where id = :id and not enabled")
                .param("id", id).update() == 1;
    }

    public boolean remove(String id) {
        jdbc.sql("delete from alert_attempt where delivery_id in (select id from alert_delivery where channel = 'webhook' and recipient = :id)")
                .param("id", id).update();
        jdbc.sql("delete from alert_delivery where channel = 'webhook' and recipient = :id").param("id", id).update();
        return jdbc.sql("delete from webhook_endpoint where id = :id").param("id", id).update() == 1;
    }

    private static WebhookEndpoint endpoint(ResultSet rs, int n) throws SQLException {
        OffsetDateTime disabledAt = rs.getObject("disabled_at", OffsetDateTime.class);
        return new WebhookEndpoint(rs.getString("id"), rs.getString("org_code"), URI.create(rs.getString("url")),
                WebhookSecret.parse(rs.getString("secret")), JdbcSubscriptions.kinds(rs.getString("kinds")), rs.getString("description"),
                rs.getBoolean("enabled"), rs.getString("disabled_reason"), disabledAt == null ? null : disabledAt.toInstant(),
                rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
