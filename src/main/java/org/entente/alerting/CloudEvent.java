package org.entente.alerting;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One alert as a CloudEvents 1.0 event, the body of a webhook in structured mode ({@value #MEDIA_TYPE}).
 *
 * @param id       unique per event and source; the webhook's {@code webhook-id} too, so it has no full stop nor white space
 * @param source   the context the event happened in, a URI reference, e.g. {@code /organizations/CSTO}
 * @param type     e.g. {@code org.entente.request.decided} ({@link AlertKind#cloudEventType()})
 * @param subject  what in the source the event is about, e.g. {@code requests/42}; null where there is nothing more to say
 * @param time     when the step happened (not when it is delivered), written as RFC 3339 with its offset
 * @param data     the event's data, a JSON object ({@value #DATA_CONTENT_TYPE})
 * @param exercise whether the event is of exercise data, never of the record (the extension attribute {@value #EXERCISE})
 */
public record CloudEvent(String id, String source, String type, String subject, OffsetDateTime time, Map<String, Object> data, boolean exercise) {

    public static final String SPEC_VERSION = "1.0";
    /** The media type of an event in the structured JSON mode. */
    public static final String MEDIA_TYPE = "application/cloudevents+json";
    public static final String DATA_CONTENT_TYPE = "application/json";
    /**
     * Entente's extension attribute: true for exercise data. CloudEvents attribute names are lower-case ASCII letters and
     * digits only (no {@code _} nor {@code -}), and should not exceed 20 characters. Every event carries it: {@code false} for
     * the record's, so that a receiver reads one shape.
     */
    public static final String EXERCISE = "ententeexercise";

    private static final JsonMapper JSON = JsonMapper.shared();

    public CloudEvent {
        WebhookSignature.checkedId(id);
        if (source == null || source.isEmpty()) {
            throw new IllegalArgumentException("a CloudEvent's source is a non-empty URI reference");
        }
        try {
            new URI(source);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("a CloudEvent's source is a URI reference, not '" + source + "'", e);
        }
        if (type == null || type.isBlank()) {
            throw new IllegalArgumentException("a CloudEvent has a type");
        }
        if (subject != null && subject.isEmpty()) {
            throw new IllegalArgumentException("a CloudEvent's subject is absent or non-empty");
        }
        Objects.requireNonNull(time, "time");
        // RFC 3339 writes an offset in hours and minutes and a year in four digits; a zone's local mean time has seconds.
        if (time.getOffset().getTotalSeconds() % 60 != 0) {
            throw new IllegalArgumentException("a CloudEvent's time has an offset in hours and minutes (RFC 3339), not " + time.getOffset());
        }
        if (time.getYear() < 0 || time.getYear() > 9999) {
            throw new IllegalArgumentException("a CloudEvent's time has a four-digit year (RFC 3339), not " + time.getYear());
        }
        data = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(data, "data")));
    }

    /** An event of {@code kind}, not of an exercise. */
    public static CloudEvent of(AlertKind kind, String id, String source, String subject, OffsetDateTime time, Map<String, Object> data) {
        return of(kind, id, source, subject, time, data, false);
    }

    /** An event of {@code kind}, of an exercise where {@code exercise} (its organization is one in the registry of exercises). */
    public static CloudEvent of(AlertKind kind, String id, String source, String subject, OffsetDateTime time, Map<String, Object> data,
                                boolean exercise) {
        return new CloudEvent(id, source, kind.cloudEventType(), subject, time, data, exercise);
    }

    /** The event in the CloudEvents JSON format, as it is signed and sent: compact, attributes first, {@code data} last. */
    public String toJson() {
        ObjectNode json = JSON.createObjectNode();
        json.put("specversion", SPEC_VERSION);
        json.put("id", id);
        json.put("source", source);
        json.put("type", type);
        if (subject != null) {
            json.put("subject", subject);
        }
        json.put("time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time));
        json.put("datacontenttype", DATA_CONTENT_TYPE);
        json.put(EXERCISE, exercise);
        json.set("data", JSON.valueToTree(data));
        return JSON.writeValueAsString(json);
    }
}
