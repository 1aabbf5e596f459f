package org.entente.assistance;

/** What a decision rule makes of a ballot: adopted, rejected, or not decided yet, each with the reason. */
public sealed interface Outcome {

    String reason();

    record Adopted(String reason) implements Outcome {
    }

    record Rejected(String reason) implements Outcome {
    }

    record Pending(String reason) implements Outcome {
    }
}
