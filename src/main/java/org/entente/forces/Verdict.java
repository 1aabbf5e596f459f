package org.entente.forces;

import java.util.Objects;

/** What one named policy says of a pledge or a change to it: allowed, or refused with the reason. */
public sealed interface Verdict {

    String policy();

    record Allowed(String policy) implements Verdict {
        public Allowed {
            Objects.requireNonNull(policy, "policy");
        }
    }

    record Refused(String policy, String reason) implements Verdict {
        public Refused {
            Objects.requireNonNull(policy, "policy");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
