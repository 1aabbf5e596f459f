package org.entente.command;

import java.util.Objects;

/**
 * What one named policy says of a command: allowed, allowed once the one who may acknowledges a
 * warning, or refused with the reason. Every module's policies answer in these verdicts.
 */
public sealed interface Verdict {

    String policy();

    record Allowed(String policy) implements Verdict {
        public Allowed {
            Objects.requireNonNull(policy, "policy");
        }
    }

    /**
     * Allowed once the warning is acknowledged (e.g. by the secretariat); {@code wording} is the reason for a page to word in
     * its reader's language, null where the policy gives its reason in English only.
     */
    record Warning(String policy, String reason, Wording wording) implements Verdict {
        public Warning {
            Objects.requireNonNull(policy, "policy");
            Objects.requireNonNull(reason, "reason");
        }

        public Warning(String policy, String reason) {
            this(policy, reason, null);
        }
    }

    /** Refused for {@code reason}; {@code wording} as a {@link Warning}'s. */
    record Refused(String policy, String reason, Wording wording) implements Verdict {
        public Refused {
            Objects.requireNonNull(policy, "policy");
            Objects.requireNonNull(reason, "reason");
        }

        public Refused(String policy, String reason) {
            this(policy, reason, null);
        }
    }
}
