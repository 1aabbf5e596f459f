package org.entente.exercise.scenario.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.access.Actor;
import org.entente.access.Role;
import org.entente.audit.AuditRecord;
import org.entente.audit.AuditTrail;
import org.entente.command.Refusal;
import org.entente.command.Refusal.FieldError;
import org.entente.exercise.scenario.Scenario;
import org.entente.exercise.scenario.Scenarios;
import org.entente.provenance.Digests;
import org.entente.register.Clause;
import org.entente.register.Exercises;
import org.entente.register.Organization;
import org.entente.register.OrganizationCode;
import org.entente.register.Register;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An organization's library of scenarios: imported by its secretariat (every error of the document at once, each with its JSON
 * path; an import under a name held already adds a version, one of the same document as the newest adds nothing; audited
 * {@code scenario.import}), read by its secretariat and observers, the document exactly as imported. A scenario assumes its
 * organization's record: it is imported into that organization's library, a real organization's (an exercise runs its
 * organization's scenarios), and the clauses its requests invoke are that record's.
 */
@Service
class ScenarioService implements Scenarios {

    /** The largest document accepted, in bytes. */
    static final int MAX_DOCUMENT_BYTES = 1_000_000;

    private final Register register;
    private final Exercises exercises;
    private final JdbcScenarios library;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final Clock clock;
    private final ScenarioValidator validator = new ScenarioValidator();

    ScenarioService(Register register, Exercises exercises, JdbcScenarios library, AuditTrail audit, TransactionTemplate transaction, JsonMapper json,
                    Clock clock) {
        this.register = register;
        this.exercises = exercises;
        this.library = library;
        this.audit = audit;
        this.transaction = transaction;
        this.json = json;
        this.clock = clock;
    }

    /** What an import did: the version it added, or the newest version, which held the same document already. */
    record Imported(StoredScenario scenario, boolean added) {
    }

    /**
     * Imports a scenario document into the library of the organization {@code code} names, for its secretariat: 404 for an unknown
     * organization, 403 for anyone else, 422 where the organization is an exercise, 400 for a body that is no JSON, 422 listing every
     * error of a document that is not a valid scenario of this organization, 409 where another import took the same version meanwhile.
     */
    Imported importDocument(String code, byte[] bytes, Actor actor) {
        Instant now = clock.instant();
        Organization organization = register.organizationNamed("organization", code, now);
        OrganizationCode owner = organization.code();
        if (!actor.holds(Role.SECRETARIAT, owner, null)) {
            throw Refusal.forbidden("the scenarios of " + owner + " are imported by its secretariat", List.of());
        }
        exercises.of(owner).ifPresent(exercise -> {
            throw Refusal.outOfBounds("organization", owner + " is an exercise (of " + exercise.of() + "): its scenarios are "
                    + exercise.of() + "'s, imported into that library");
        });
        if (bytes.length > MAX_DOCUMENT_BYTES) {
            throw invalidDocument(List.of(new FieldError("$", "the document is larger than " + MAX_DOCUMENT_BYTES + " bytes, the most accepted")));
        }
        JsonNode tree;
        try {
            tree = json.readTree(bytes);
        } catch (JacksonException e) {
            throw Refusal.invalid("$", "not a JSON document: " + e.getOriginalMessage());
        }
        if (tree == null || tree.isMissingNode()) {
            throw Refusal.invalid("$", "the document is empty");
        }
        Set<String> clauses = register.content(owner, now).map(content -> content.clauses().stream().map(Clause::id).collect(Collectors.toSet()))
                .orElse(Set.of());
        List<FieldError> errors = new ArrayList<>(validator.errors(tree, clauses));
        String assumed = ScenarioFormat.text(tree, "organization");
        if (assumed != null && !assumed.equals(owner.value())) {
            errors.add(new FieldError("$.organization", "the scenario assumes " + assumed + "'s record: import it into that organization's library, not "
                    + owner + "'s"));
        }
        if (!errors.isEmpty()) {
            throw invalidDocument(errors);
        }
        Scenario scenario;
        try {
            scenario = ScenarioFormat.scenario(tree);
        } catch (IllegalArgumentException e) {
            throw invalidDocument(List.of(new FieldError("$", e.getMessage())));
        }
        String document = json.writeValueAsString(tree);
        String digest = Digests.sha256(document);
        try {
            return transaction.execute(status -> {
                Optional<StoredScenario> newest = library.newest(owner, scenario.name());
                if (newest.isPresent() && newest.get().digest().equals(digest)) {
                    return new Imported(newest.get(), false);
                }
                var stored = new StoredScenario(owner, scenario.name(), newest.map(StoredScenario::version).orElse(0) + 1, document, digest,
                        scenario.title(), scenario.injects().size(), scenario.duration(), clock.instant(), actor.name());
                library.add(stored);
                audit.append(new AuditRecord(actor.name(), actor.rolesIn(owner), owner.value(), "scenario.import",
                        "scenario:" + owner + "/" + scenario.name(), newest.map(StoredScenario::digest).orElse(null), digest,
                        json.writeValueAsString(new ImportDetails(scenario.name(), stored.version(), stored.injects(), stored.duration().toString()))));
                return new Imported(stored, true);
            });
        } catch (DuplicateKeyException clash) {
            throw Refusal.conflict("another import of " + scenario.name() + " was made at the same time: import again",
                    List.of(new FieldError("$.name", "imported meanwhile by someone else")));
        }
    }

    private record ImportDetails(String name, int version, int injects, String duration) {
    }

    /** The newest version of each scenario of the organization, by name: for its secretariat and observers. */
    List<StoredScenario> scenariosOf(String code, Actor actor) {
        return library.newestOf(readable(code, actor));
    }

    /** The scenario {@code name} of the organization, its newest version or the one asked for (null: the newest): for its secretariat and observers. */
    StoredScenario scenario(String code, String name, Integer version, Actor actor) {
        OrganizationCode organization = readable(code, actor);
        Optional<StoredScenario> stored = version == null ? library.newest(organization, name) : library.version(organization, name, version);
        return stored.orElseThrow(() -> version == null
                ? Refusal.notFound("name", "no scenario '" + name + "' in the library of " + organization)
                : Refusal.notFound("version", "scenario '" + name + "' of " + organization + " has no version " + version));
    }

    private OrganizationCode readable(String code, Actor actor) {
        OrganizationCode organization = register.organizationNamed("organization", code, clock.instant()).code();
        if (!actor.holds(Role.SECRETARIAT, organization, null) && !actor.holds(Role.OBSERVER, organization, null)) {
            throw Refusal.forbidden("the scenarios of " + organization + " are read by its secretariat and observers", List.of());
        }
        return organization;
    }

    @Override
    public OptionalInt newestVersion(OrganizationCode organization, String name) {
        return library.newest(organization, name).map(stored -> OptionalInt.of(stored.version())).orElse(OptionalInt.empty());
    }

    @Override
    public Optional<Scenario> scenario(OrganizationCode organization, String name, int version) {
        return library.version(organization, name, version).map(stored -> ScenarioFormat.scenario(json.readTree(stored.document())));
    }

    @Override
    public Optional<String> document(OrganizationCode organization, String name, int version) {
        return library.version(organization, name, version).map(StoredScenario::document);
    }

    private static Refusal invalidDocument(List<FieldError> errors) {
        return Refusal.of(Refusal.Reason.UNPROCESSABLE, "Invalid scenario document", errors.size() + " error(s); nothing was imported", errors);
    }
}
