package org.entente.alerting.internal;

import java.net.URI;
import java.util.Objects;
import org.entente.alerting.internal.cap.AlertSite;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who sends Entente's feeds and under which address their links are made: {@code entente.alerting.sender} (the name in every
 * CAP alert's {@code sender} and every {@code tag:} id; no spaces or commas) and {@code entente.alerting.site} (an absolute
 * address), each unset by default, when the host a feed was asked of and the address it was asked at serve instead. A configured
 * value no alert could carry stops the application at start-up, not at the first reader.
 */
@Component
public class FeedOrigin {

    private final String sender;
    private final String site;

    public FeedOrigin(@Value("${entente.alerting.sender:}") String sender, @Value("${entente.alerting.site:}") String site) {
        this.sender = Objects.requireNonNull(sender, "sender");
        this.site = Objects.requireNonNull(site, "site");
        if (!sender.isBlank() || !site.isBlank()) {
            AlertSite.check(sender.isBlank() ? "sender" : sender, URI.create(site.isBlank() ? "https://site.invalid" : site));
        }
    }

    /** The configured sender, or else {@code host}. */
    public String sender(String host) {
        return sender.isBlank() ? host : sender;
    }

    /** The configured site, or else {@code baseUrl}. */
    public URI site(URI baseUrl) {
        return site.isBlank() ? baseUrl : URI.create(site);
    }

    /** {@link #site} without a trailing slash, for paths to be appended. */
    public static String base(URI site) {
        return site.toString().replaceAll("/+$", "");
    }
}
