package org.entente.alerting.internal.cap;

import java.time.OffsetDateTime;

/**
 * An earlier CAP message that an Update or a Cancel refers to, named as CAP 1.2 (3.2.1, {@code references}) names it:
 * {@code sender,identifier,sent}.
 */
public record CapReference(String sender, String identifier, OffsetDateTime sent) {

    public CapReference {
        CapText.token("sender", sender);
        CapText.token("identifier", identifier);
        CapTime.check("sent", sent);
    }

    /** The reference as a {@code references} list writes it: {@code sender,identifier,sent}. */
    public String text() {
        return sender + "," + identifier + "," + CapTime.format(sent);
    }
}
