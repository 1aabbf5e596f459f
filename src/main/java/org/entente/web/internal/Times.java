package org.entente.web.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Instants as a page shows them (the {@code instant} fragment of {@code fragments.html}): the date and the time to the
 * minute in the page's language, with the zone (UTC, or the theatre's where the page has one); the ISO instant stays in
 * the {@code <time datetime>} for machines.
 */
public record Times(Locale locale) {

    /** {@code instant} (an {@link Instant} or its ISO text) in UTC; empty for null. */
    public String text(Object instant) {
        return text(instant, null);
    }

    /** {@code instant} (an {@link Instant} or its ISO text) in {@code zone} (a zone id; UTC when null or unknown); empty for null. */
    public String text(Object instant, Object zone) {
        Instant at = instant(instant);
        if (at == null) {
            return instant == null ? "" : instant.toString();
        }
        ZoneId in = zone(zone);
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale).withZone(in);
        return format.format(at.truncatedTo(ChronoUnit.MINUTES)) + " " + (in.equals(ZoneOffset.UTC) ? "UTC" : in.getId());
    }

    /** The ISO instant of {@code instant} (an {@link Instant} or its ISO text), for a {@code datetime} attribute; null for null. */
    public String iso(Object instant) {
        Instant at = instant(instant);
        return at == null ? null : at.toString();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant at) {
            return at;
        }
        if (value instanceof CharSequence text && !text.isEmpty()) {
            try {
                return Instant.parse(text);
            } catch (DateTimeException notAnInstant) {
                return null;
            }
        }
        return null;
    }

    private static ZoneId zone(Object zone) {
        if (zone == null || zone.toString().isBlank()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(zone.toString());
        } catch (DateTimeException unknown) {
            return ZoneOffset.UTC;
        }
    }

    /** Offers every page its way of writing instants, in its language. */
    @ControllerAdvice(annotations = Controller.class)
    static class Advice {

        @ModelAttribute("times")
        Times times(Locale locale) {
            return new Times(LanguageConfiguration.supported(locale));
        }
    }
}
