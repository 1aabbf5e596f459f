package org.entente.alerting.internal.cap;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One CAP 1.2 alert message as Entente sends it (CAP 1.2, 3.2.1): public ({@code scope} Public), about the record
 * ({@code status} Actual) or an exercise ({@code status} Exercise), new ({@code msgType} Alert) or revising or
 * withdrawing earlier alerts (Update, Cancel) that it names in {@code references}, with one {@code info} block.
 */
public record CapAlert(String identifier, String sender, OffsetDateTime sent, Status status, MessageType messageType,
                       List<CapReference> references, CapInfo info) {

    /** Entente's alerts are all public. */
    public static final String SCOPE = "Public";

    public CapAlert {
        CapText.token("identifier", identifier);
        CapText.token("sender", sender);
        CapTime.check("sent", sent);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(messageType, "messageType");
        references = List.copyOf(references);
        Objects.requireNonNull(info, "info");
        if (messageType == MessageType.ALERT && !references.isEmpty()) {
            throw new IllegalArgumentException("a new alert refers to no earlier one; an Update or a Cancel does");
        }
        if (messageType != MessageType.ALERT && references.isEmpty()) {
            throw new IllegalArgumentException("an Update or a Cancel names at least one earlier alert it revises or withdraws");
        }
        for (CapReference reference : references) {
            if (reference.sent().isAfter(sent)) {
                throw new IllegalArgumentException("an alert refers only to earlier alerts, not to " + reference.text());
            }
            if (reference.sender().equals(sender) && reference.identifier().equals(identifier)) {
                throw new IllegalArgumentException("an alert does not refer to itself: " + reference.text());
            }
        }
    }

    /** A new alert. */
    public static CapAlert alert(String identifier, String sender, OffsetDateTime sent, Status status, CapInfo info) {
        return new CapAlert(identifier, sender, sent, status, MessageType.ALERT, List.of(), info);
    }

    /** How later messages refer to this one. */
    public CapReference reference() {
        return new CapReference(sender, identifier, sent);
    }

    /** The {@code references} element's text: each reference as {@code sender,identifier,sent}, separated by a space. */
    public String referencesText() {
        return references.stream().map(CapReference::text).collect(Collectors.joining(" "));
    }

    /** Whether the message is about the record or an exercise (CAP 1.2 {@code status}; Entente sends no System, Test or Draft). */
    public enum Status {
        ACTUAL("Actual"), EXERCISE("Exercise");

        private final String cap;

        Status(String cap) {
            this.cap = cap;
        }

        public String cap() {
            return cap;
        }
    }

    /** A new alert, or one revising or cancelling earlier ones (CAP 1.2 {@code msgType}; Entente sends no Ack or Error). */
    public enum MessageType {
        ALERT("Alert"), UPDATE("Update"), CANCEL("Cancel");

        private final String cap;

        MessageType(String cap) {
            this.cap = cap;
        }

        public String cap() {
            return cap;
        }
    }
}
