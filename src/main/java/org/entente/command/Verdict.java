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

    /** Allowed once the warning is acknowledged (e.g. by the secretariat). */
    record Warning(String policy, String reason) implements Verdict {
        public Warning {
            Objects.requireNonNull(policy, "policy");
            Objects.requireNonNull(reason, "reason");
        }
    }

    record Refused(String policy, String reason) implements Verdict {
        public Refused {
            Objects.requireNonNull(policy, "policy");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
