package org.entente.dataset;

import java.util.List;
import org.entente.provenance.ChangeCount;

/** What importing a dataset document did: imported it (with what changed), refused it to this importer, or rejected it whole (with every error). */
public sealed interface ImportOutcome {

    record Imported(String organization, ChangeCount changes) implements ImportOutcome {
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
