package org.entente.assistance;

/** What one eligibility policy says of a request about to be filed. */
public sealed interface Verdict {

    String policy();

    record Allowed(String policy) implements Verdict {
    }

    /** Allowed once the secretariat acknowledges the warning. */
    record Warning(String policy, String reason) implements Verdict {
    }

    record Refused(String policy, String reason) implements Verdict {
    }
}
