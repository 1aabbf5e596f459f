package org.entente.dataset;

import java.util.List;
import org.entente.provenance.ChangeCount;

/** What importing a dataset document did: imported it (with what changed), or rejected it whole (with every error). */
public sealed interface ImportOutcome {

    record Imported(String organization, ChangeCount changes) implements ImportOutcome {
    }

    record Rejected(List<DatasetError> errors) implements ImportOutcome {
        public Rejected {
            errors = List.copyOf(errors);
        }
    }
}
