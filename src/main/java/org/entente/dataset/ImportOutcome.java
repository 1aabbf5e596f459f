package org.entente.dataset;

import java.util.List;
import org.entente.provenance.ChangeCount;

/** What importing a dataset document did: imported it (with what changed), refused it to this importer, or rejected it whole (with every error). */
public sealed interface ImportOutcome {

    /** Imported; {@code version} is the record's version now. */
    record Imported(String organization, ChangeCount changes, String version) implements ImportOutcome {
    }

    /**
     * The record is not at the version the importer expected (someone changed it since they read it,
     * or it exists though they expected none); nothing was imported. {@code currentVersion} and
     * {@code current} (the record at that version, read under the same lock) are null when the
     * organization is not registered.
     */
    record Stale(String organization, String currentVersion, DatasetDocument current) implements ImportOutcome {
    }

    /** The importer may not change this organization's record; nothing was imported. */
    record Refused(String organization) implements ImportOutcome {
    }

    record Rejected(List<DatasetError> errors) implements ImportOutcome {
        public Rejected {
            errors = List.copyOf(errors);
        }
    }
}
