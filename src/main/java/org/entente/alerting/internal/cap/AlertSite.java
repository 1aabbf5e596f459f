package org.entente.alerting.internal.cap;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Who sends alerts and from where, shared by every kind of alert: the sender's name, the site's address under which the pages
 * they link to are, the time zone their times are written in, and the words in each language.
 */
public record AlertSite(String sender, URI site, ZoneId zone, AlertWords words) {

    public AlertSite {
        check(sender, site);
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(words, "words");
    }

    /** Refuses a sender no alert can carry (blank, or with a space, a comma, '<' or '&') and a site that is not an absolute address. */
    public static void check(String sender, URI site) {
        CapText.token("sender", sender);
        Objects.requireNonNull(site, "site");
        if (!site.isAbsolute()) {
            throw new IllegalArgumentException("the site's address is absolute, not '" + site + "'");
        }
    }

    /** An instant as an alert's time: to the second, at the zone's offset on that day. */
    OffsetDateTime time(Instant instant) {
        return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), zone);
    }

    /** The page at {@code /organizations/{organization}/{section}/{id}} under the site; the id encoded as one path segment. */
    URI page(String organization, String section, String id) {
        return URI.create(site.toString().replaceAll("/+$", "") + "/organizations/" + organization + "/" + section + "/"
                + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    /** An id as part of an identifier: URL-encoded, so with no space or comma. */
    static String token(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8);
    }

    /** One info block per language of {@link AlertWords#LANGUAGES}, English first. */
    static List<CapInfo> inEachLanguage(Function<String, CapInfo> info) {
        return AlertWords.LANGUAGES.stream().map(info).toList();
    }
}
