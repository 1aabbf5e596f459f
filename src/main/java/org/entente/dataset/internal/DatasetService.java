package org.entente.dataset.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.access.Actor;
import org.entente.access.Role;
import org.entente.assistance.RecordedRequests;
import org.entente.audit.AuditRecord;
import org.entente.audit.AuditTrail;
import org.entente.dataset.DatasetDocument;
import org.entente.dataset.DatasetError;
import org.entente.dataset.Datasets;
import org.entente.dataset.ImportOutcome;
import org.entente.dataset.Precondition;
import org.entente.forces.ForcePools;
import org.entente.mission.RecordedExercises;
import org.entente.mission.RecordedMissions;
import org.entente.provenance.Citations;
import org.entente.provenance.ChangeCount;
import org.entente.provenance.Digests;
import org.entente.provenance.Provenance;
import org.entente.register.OrganizationCode;
import org.entente.register.Register;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validates a document whole, then writes the register, its provenance, the recorded requests, the
 * force pools, the missions and the exercises in one transaction, one import at a time across every instance sharing the database.
 */
@Service
class DatasetService implements Datasets, Citations {

    private final Register register;
    private final Provenance provenance;
    private final RecordedRequests recordedRequests;
    private final ForcePools forcePools;
    private final RecordedMissions recordedMissions;
    private final RecordedExercises recordedExercises;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final Clock clock;
    private final ImportLock importLock;
    private final AuditTrail audit;
    private final DatasetValidator validator = new DatasetValidator();

    DatasetService(Register register, Provenance provenance, RecordedRequests recordedRequests, ForcePools forcePools,
                   RecordedMissions recordedMissions, RecordedExercises recordedExercises, TransactionTemplate transaction, JsonMapper json, Clock clock, ImportLock importLock, AuditTrail audit) {
        this.recordedRequests = recordedRequests;
        this.forcePools = forcePools;
        this.recordedMissions = recordedMissions;
        this.recordedExercises = recordedExercises;
        this.importLock = importLock;
        this.audit = audit;
        this.register = register;
        this.provenance = provenance;
        this.transaction = transaction;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public ImportOutcome importDocument(byte[] bytes, Actor importer, Precondition expected) {
        if (bytes.length > MAX_DOCUMENT_BYTES) {
            return rejected("$", "the document is larger than " + MAX_DOCUMENT_BYTES + " bytes, the most accepted");
        }
        JsonNode tree;
        try {
            tree = json.readTree(bytes);
        } catch (JacksonException e) {
            return rejected("$", "not a JSON document: " + e.getOriginalMessage());
        }
        if (tree == null || tree.isMissingNode()) {
            return rejected("$", "the document is empty");
        }
        List<DatasetError> errors = new ArrayList<>(validator.shapeErrors(tree));
        DatasetDocument document = bind(tree);
        if (document != null) {
            List<DatasetError> shapeErrors = List.copyOf(errors);
            validator.meaningErrors(document).stream()
                    .filter(error -> shapeErrors.stream().noneMatch(shape -> sayTheSame(shape, error)))
                    .forEach(errors::add);
        }
        if (!errors.isEmpty()) {
            return new ImportOutcome.Rejected(errors);
        }
        String organization = document.organization().code();
        OrganizationCode code = OrganizationCode.of(organization);
        if (!importer.holds(Role.SECRETARIAT, code, null)) {
            return new ImportOutcome.Refused(organization);
        }
        return transaction.execute(status -> {
            Instant at = importLock.acquire(clock.instant(), organization);
            Optional<Export> current = export(organization, at.minusNanos(1000));
            String before = current.map(Export::version).orElse(null);
            boolean asExpected = switch (expected) {
                case Precondition.None none -> true;
                case Precondition.NotYetRegistered notYet -> before == null;
                case Precondition.Registered registered -> before != null;
                case Precondition.Version version -> version.matches(before);
            };
            if (!asExpected) {
                return new ImportOutcome.Stale(organization, before, current.map(Export::document).orElse(null));
            }
            ChangeCount changes = register.replace(DatasetMapping.register(document), at)
                    .plus(provenance.replace(organization, DatasetMapping.provenance(document), at))
                    .plus(recordedRequests.replace(code, DatasetMapping.requests(document), at))
                    .plus(forcePools.replace(code, DatasetMapping.forcePools(document), at))
                    .plus(recordedMissions.replace(code, document.missions(), at))
                    .plus(recordedExercises.replace(code, document.exercises(), at));
            String after = digest(organization, at).orElseThrow();
            if (changes.changedAnything()) {
                audit.append(new AuditRecord(importer.name(), importer.rolesIn(code), organization, "dataset.import",
                        "organization:" + organization, before, after, json.writeValueAsString(changes)));
            }
            return new ImportOutcome.Imported(organization, changes, after);
        });
    }

    /**
     * Whether a meaning error says what the schema's error already says: the same path, or the member of the object the
     * schema found without it (a step without its status is one error, not also its missing status).
     */
    private static boolean sayTheSame(DatasetError shape, DatasetError meaning) {
        if (meaning.path().equals(shape.path())) {
            return true;
        }
        String member = meaning.path().startsWith(shape.path() + ".") ? meaning.path().substring(shape.path().length() + 1) : null;
        return member != null && member.matches("\\w+") && shape.message().contains("'" + member + "'");
    }

    /** The version of the organization's record as it stood at {@code at}. */
    private Optional<String> digest(String organization, Instant at) {
        return export(organization, at).map(Export::version);
    }

    /** The document as records, or null where its shape is too far off to bind (the schema's errors then say why). */
    private DatasetDocument bind(JsonNode tree) {
        try {
            return tree.isObject() ? json.treeToValue(tree, DatasetDocument.class) : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    @Override
    public Optional<Export> export(String organization, Instant recordedAt) {
        return document(organization, recordedAt).map(document -> new Export(document, Digests.sha256(json.writeValueAsBytes(document))));
    }

    /** Every record of the organization's document that cites sources: what the format's {@code sources} fields say. */
    @Override
    public List<Citation> of(String organization, Instant recordedAt) {
        return document(organization, recordedAt).map(DatasetMapping::citations).orElse(List.of());
    }

    Optional<DatasetDocument> document(String organization, Instant recordedAt) {
        OrganizationCode code = OrganizationCode.of(organization);
        return register.content(code, recordedAt)
                .map(content -> DatasetMapping.document(content, provenance.content(organization, recordedAt),
                        recordedRequests.all(code, recordedAt), forcePools.all(code, recordedAt), recordedMissions.documents(code, recordedAt),
                        recordedExercises.documents(code, recordedAt)));
    }

    private static ImportOutcome rejected(String path, String message) {
        return new ImportOutcome.Rejected(List.of(new DatasetError(path, message)));
    }
}
