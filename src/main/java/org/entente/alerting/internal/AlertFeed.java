package org.entente.alerting.internal;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.entente.alerting.internal.cap.CapAlert;
import org.entente.register.OrganizationCode;

/**
 * An organization's public council decisions and mission steps as CAP 1.2 alerts, newest first, at most {@link #LIMIT}: what its Atom feed
 * serves. {@code updated} is the newest alert's time, or the time the feed was read when there is none.
 */
record AlertFeed(OrganizationCode organization, String organizationName, String sender, URI site, Instant updated, List<CapAlert> alerts) {

    /** The most entries a feed holds. */
    static final int LIMIT = 50;

    /** The year written in the feed's {@code tag:} URIs (RFC 4151): the year Entente first served the feed. */
    static final int TAG_YEAR = 2026;

    AlertFeed {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(organizationName, "organizationName");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(updated, "updated");
        alerts = List.copyOf(alerts);
        if (alerts.size() > LIMIT) {
            throw new IllegalArgumentException("a feed holds at most " + LIMIT + " alerts, not " + alerts.size());
        }
    }

    /** The feed's address under the site. */
    URI self() {
        return URI.create(base() + "/organizations/" + organization.value() + "/alerts.atom");
    }

    /** The organization's requests page, the page the feed stands for. */
    URI page() {
        return URI.create(base() + "/organizations/" + organization.value() + "/requests");
    }

    /** The alert's own address, where it is served as a CAP document: {@code /organizations/CSTO/alerts/CSTO.KAZ-2022.decision.1.xml}. */
    URI address(CapAlert alert) {
        return URI.create(base() + "/organizations/" + organization.value() + "/alerts/" + URLEncoder.encode(alert.identifier(), StandardCharsets.UTF_8)
                + ".xml");
    }

    /** The feed's own id: {@code tag:<sender>,2026:CSTO/alerts}. */
    String id() {
        return "tag:" + sender + "," + TAG_YEAR + ":" + organization.value() + "/alerts";
    }

    /** An entry's id, stable as the alert's identifier is: {@code tag:<sender>,2026:alerts/CSTO.KAZ-2022.decision.1}. */
    String id(CapAlert alert) {
        return "tag:" + alert.sender() + "," + TAG_YEAR + ":alerts/" + alert.identifier();
    }

    private String base() {
        return site.toString().replaceAll("/+$", "");
    }
}
