package org.entente.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** What walking the whole audit chain found: intact, or broken at its first broken entry and why. */
public sealed interface Verification {

    /**
     * Every entry is in place and matches its hash; {@code headHash} is the last entry's ({@link AuditEntry#GENESIS} when
     * empty). {@code overdue} is null, or says that records waited in the queue longer than the maximum merge delay:
     * no sequencer was running; the chain is not broken by it, and they are chained now.
     */
    record Intact(long entries, String headHash, Overdue overdue) implements Verification {

        public Intact(long entries, String headHash) {
            this(entries, headHash, null);
        }

        /** The same, with {@code overdue} as found before the records were chained. */
        public Intact withOverdue(Overdue found) {
            return new Intact(entries, headHash, found);
        }
    }

    /** The first entry that is missing, altered, out of order or badly linked, and the reason. */
    record Broken(long sequence, String reason) implements Verification {
    }

    /** Queued records accepted longer than {@code maximumMergeDelay} ago and not yet chained: how many, and the oldest one's instant. */
    record Overdue(long records, Instant oldestAcceptedAt, Duration maximumMergeDelay) {

        public Overdue {
            if (records < 1) {
                throw new IllegalArgumentException("at least one record is overdue, not " + records);
            }
            Objects.requireNonNull(oldestAcceptedAt, "oldestAcceptedAt");
            Objects.requireNonNull(maximumMergeDelay, "maximumMergeDelay");
        }

        /** In words, for the command line and the API. */
        public String description() {
            return records + (records == 1 ? " record" : " records") + " waited longer than the maximum merge delay (" + maximumMergeDelay
                    + ") to be chained, the oldest accepted at " + oldestAcceptedAt + ": no sequencer chained them in time (is any instance running?);"
                    + " they are chained now";
        }
    }
}
