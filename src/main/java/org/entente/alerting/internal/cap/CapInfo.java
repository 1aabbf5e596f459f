package org.entente.alerting.internal.cap;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An {@code info} block of an Entente alert (CAP 1.2, 3.2.2), one per language: in its language, of the category {@code Security},
 * the event with CAP's urgency, severity and certainty, a headline, a description, the page it links to, and the areas
 * it applies to (none, or the theatre).
 */
public record CapInfo(String language, String event, Urgency urgency, Severity severity, Certainty certainty, String headline,
                      String description, URI web, List<CapArea> areas) {

    /** The category of every Entente alert: CAP's "Law enforcement, military, homeland and local/private security". */
    public static final String CATEGORY = "Security";

    /** An RFC 3066 language tag, as XML Schema's {@code xs:language}: {@code en}, {@code ru}, {@code id}, {@code en-US}. */
    private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*");

    public CapInfo {
        Objects.requireNonNull(language, "language");
        if (!LANGUAGE.matcher(language).matches()) {
            throw new IllegalArgumentException("a CAP language is an RFC 3066 tag such as 'en' or 'ru', not '" + language + "'");
        }
        event = CapText.text("event", event);
        Objects.requireNonNull(urgency, "urgency");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(certainty, "certainty");
        headline = CapText.text("headline", headline);
        description = CapText.text("description", description);
        Objects.requireNonNull(web, "web");
        if (!web.isAbsolute()) {
            throw new IllegalArgumentException("a CAP web link is a full absolute URI, not '" + web + "'");
        }
        areas = List.copyOf(areas);
    }

    /** The block with {@code mark} and a space before its headline: an exercise's {@code [EXERCISE CSTO-X1]} in the block's language. */
    public CapInfo headedBy(String mark) {
        return new CapInfo(language, event, urgency, severity, certainty, CapText.text("mark", mark) + " " + headline, description, web, areas);
    }

    /** How soon to act (CAP 1.2 {@code urgency}). */
    public enum Urgency {
        IMMEDIATE("Immediate"), EXPECTED("Expected"), FUTURE("Future"), PAST("Past"), UNKNOWN("Unknown");

        private final String cap;

        Urgency(String cap) {
            this.cap = cap;
        }

        public String cap() {
            return cap;
        }
    }

    /** How grave (CAP 1.2 {@code severity}). */
    public enum Severity {
        EXTREME("Extreme"), SEVERE("Severe"), MODERATE("Moderate"), MINOR("Minor"), UNKNOWN("Unknown");

        private final String cap;

        Severity(String cap) {
            this.cap = cap;
        }

        public String cap() {
            return cap;
        }
    }

    /** How sure (CAP 1.2 {@code certainty}). */
    public enum Certainty {
        OBSERVED("Observed"), LIKELY("Likely"), POSSIBLE("Possible"), UNLIKELY("Unlikely"), UNKNOWN("Unknown");

        private final String cap;

        Certainty(String cap) {
            this.cap = cap;
        }

        public String cap() {
            return cap;
        }
    }
}
