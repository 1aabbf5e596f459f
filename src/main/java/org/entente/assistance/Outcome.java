package org.entente.assistance;

import org.entente.command.Wording;

/**
 * What a decision rule makes of a ballot: adopted, rejected, or pending. Its {@code reason} is the English sentence the
 * record keeps (the session's closing, the audit trail, the API); its {@code why} is the same reason as a kind and its
 * values, for a page to word in its reader's language.
 */
public sealed interface Outcome {

    String reason();

    Wording why();

    record Adopted(String reason, Wording why) implements Outcome {
    }

    record Rejected(String reason, Wording why) implements Outcome {
    }

    record Pending(String reason, Wording why) implements Outcome {
    }
}
