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
        return AtomFeed.tag(sender, organization.value() + "/alerts");
    }

    /** An entry's id, stable as the alert's identifier is: {@code tag:<sender>,2026:alerts/CSTO.KAZ-2022.decision.1}. */
    String id(CapAlert alert) {
        return AtomFeed.tag(alert.sender(), "alerts/" + alert.identifier());
    }

    /**
     * The feed as Atom: each alert an entry whose content is the CAP alert itself, titled by its (English) headline, linked to its
     * page and to its own address.
     */
    AtomFeed atom() {
        return new AtomFeed(id(), organizationName + ": council decisions and mission steps", updated, self(), page(), organizationName,
                alerts.stream().map(alert -> new AtomFeed.Entry(id(alert), alert.info().headline(), alert.sent().toInstant(), alert.info().web(),
                        new AtomFeed.Content.Cap(alert, address(alert)))).toList());
    }

    private String base() {
        return FeedOrigin.base(site);
    }
}
