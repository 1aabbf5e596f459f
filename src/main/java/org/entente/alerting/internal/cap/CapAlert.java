package org.entente.alerting.internal.cap;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One CAP 1.2 alert message as Entente sends it (CAP 1.2, 3.2.1): public ({@code scope} Public), about the record
 * ({@code status} Actual) or an exercise ({@code status} Exercise), new ({@code msgType} Alert) or revising or
 * withdrawing earlier alerts (Update, Cancel) that it names in {@code references}, with one {@code info} block per language
 * (CAP 1.2, 3.2.2: several blocks, each with its {@code language}), the first the one a reader without a language reads.
 */
public record CapAlert(String identifier, String sender, OffsetDateTime sent, Status status, MessageType messageType,
                       List<CapReference> references, List<CapInfo> infos) {

    /** Entente's alerts are all public. */
    public static final String SCOPE = "Public";

    public CapAlert {
        CapText.token("identifier", identifier);
        CapText.token("sender", sender);
        CapTime.check("sent", sent);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(messageType, "messageType");
        references = List.copyOf(references);
        infos = List.copyOf(infos);
        if (infos.isEmpty()) {
            throw new IllegalArgumentException("an alert has at least one info block");
        }
        if (infos.stream().map(CapInfo::language).distinct().count() != infos.size()) {
            throw new IllegalArgumentException("an alert has one info block per language, not two in one: "
                    + infos.stream().map(CapInfo::language).toList());
        }
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

    /** An alert in one language. */
    public CapAlert(String identifier, String sender, OffsetDateTime sent, Status status, MessageType messageType, List<CapReference> references,
                    CapInfo info) {
        this(identifier, sender, sent, status, messageType, references, List.of(info));
    }

    /** A new alert in one language. */
    public static CapAlert alert(String identifier, String sender, OffsetDateTime sent, Status status, CapInfo info) {
        return alert(identifier, sender, sent, status, List.of(info));
    }

    /** A new alert, one info block per language. */
    public static CapAlert alert(String identifier, String sender, OffsetDateTime sent, Status status, List<CapInfo> infos) {
        return new CapAlert(identifier, sender, sent, status, MessageType.ALERT, List.of(), infos);
    }

    /** The first info block: the one a reader without a language of its own reads (Entente's is English). */
    public CapInfo info() {
        return infos.getFirst();
    }

    /** The info block in {@code language}, if the alert has one. */
    public Optional<CapInfo> info(String language) {
        return infos.stream().filter(info -> info.language().equals(language)).findFirst();
    }

    /** The alert with each info block's headline after the mark {@code mark} gives in the block's language. */
    public CapAlert headedBy(Function<String, String> mark) {
        return new CapAlert(identifier, sender, sent, status, messageType, references, infos.stream().map(info -> info.headedBy(mark.apply(info.language())))
                .toList());
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
