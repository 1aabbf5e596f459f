package org.entente.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.entente.command.Refusal;
import org.entente.provenance.Digests;
import org.entente.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one command skeleton, on a probe table of its own: a change appends one audit entry whose digests
 * are of the record before and after; a change from a stale version, a refusal inside the change, or a
 * failure after the write leaves nothing written and no entry.
 */
class AuditedCommandsTest {

    @Nested
    class OnH2 extends Checks {
    }

    @Nested
    @DatabaseTest.Postgres
    class OnPostgres extends Checks {
    }

    /** The record the probe commands change. */
    record Probe(String id, String name, int version) {
    }

    abstract static class Checks extends DatabaseTest {

        private static final AuditedCommands.Author AUTHOR = new AuditedCommands.Author("a.tester", "secretariat", "TESTA");
        private static final Instant FAR = Instant.parse("2100-01-01T00:00:00Z");

        @Autowired
        private AuditedCommands commands;

        @Autowired
        private AuditTrail trail;

        @Autowired
        private JdbcClient jdbc;

        @Autowired
        private JsonMapper json;

        private final AuditedCommands.Records<String, Probe> probes = new AuditedCommands.Records<>() {
            @Override
            public Optional<Probe> lock(String id) {
                return jdbc.sql("select id, name, version from audited_command_probe where id = :id for update").param("id", id)
                        .query((rs, n) -> new Probe(rs.getString("id"), rs.getString("name"), rs.getInt("version"))).optional();
            }

            @Override
            public Refusal missing(String id) {
                return Refusal.notFound("id", "no probe " + id);
            }

            @Override
            public int version(Probe probe) {
                return probe.version();
            }

            @Override
            public boolean save(Probe before, Probe after) {
                return jdbc.sql("update audited_command_probe set name = :name, version = :version where id = :id and version = :was")
                        .param("name", after.name()).param("version", after.version()).param("id", after.id()).param("was", before.version())
                        .update() == 1;
            }

            @Override
            public String kind() {
                return "probe";
            }

            @Override
            public Object id(Probe probe) {
                return probe.id();
            }
        };

        /**
         * The probes as a versioned record would be: one named blank is none yet (no digest), and each is recorded
         * after the instant its name's length in days from 2100 gives (as a version's recorded_from would).
         */
        private final AuditedCommands.Records<String, Probe> versioned = new AuditedCommands.Records<>() {
            @Override
            public Optional<Probe> lock(String id) {
                return probes.lock(id);
            }

            @Override
            public Refusal missing(String id) {
                return probes.missing(id);
            }

            @Override
            public int version(Probe probe) {
                return probe.version();
            }

            @Override
            public boolean save(Probe before, Probe after) {
                return probes.save(before, after);
            }

            @Override
            public String kind() {
                return "probe";
            }

            @Override
            public Object id(Probe probe) {
                return probe.id();
            }

            @Override
            public Object digested(Probe probe) {
                return probe.name().isBlank() ? null : probe;
            }

            @Override
            public Instant recordedAfter(Probe probe) {
                return FAR.plus(probe.name().length(), ChronoUnit.DAYS);
            }
        };

        @BeforeEach
        void probeTable() {
            jdbc.sql("create table if not exists audited_command_probe (id varchar(100) primary key, name varchar(100) not null, version int not null)")
                    .update();
        }

        private Probe created(String name) {
            String id = UUID.randomUUID().toString();
            return commands.create(AUTHOR, "probe.create", probes, now -> {
                var probe = new Probe(id, name, 1);
                jdbc.sql("insert into audited_command_probe (id, name, version) values (:id, :name, 1)").param("id", id).param("name", name).update();
                return AuditedCommands.Changed.of(probe, Map.of("name", name));
            });
        }

        private Probe stored(String id) {
            return jdbc.sql("select id, name, version from audited_command_probe where id = :id").param("id", id)
                    .query((rs, n) -> new Probe(rs.getString("id"), rs.getString("name"), rs.getInt("version"))).single();
        }

        private List<AuditEntry> entries(Probe probe) {
            return trail.entries(AuditFilter.ofSubject("probe:" + probe.id()), 0, 50).items().reversed();
        }

        private AuditedCommands.Change<Probe> rename(String name) {
            return (before, now) -> AuditedCommands.Changed.of(new Probe(before.id(), name, before.version() + 1), Map.of("name", name));
        }

        private String digest(Probe probe) {
            return Digests.sha256(json.writeValueAsString(probe));
        }

        @Test
        void aCreationAndAChangeEachAppendOneEntryWithTheDigestsOfTheRecordBeforeAndAfter() {
            Probe first = created("first");
            Probe second = commands.change(AUTHOR, "probe.rename", probes, first.id(), 1, rename("second"));

            assertThat(stored(first.id())).isEqualTo(second).isEqualTo(new Probe(first.id(), "second", 2));
            List<AuditEntry> entries = entries(first);
            assertThat(entries).extracting(entry -> entry.record().action()).containsExactly("probe.create", "probe.rename");
            AuditRecord creation = entries.getFirst().record();
            assertThat(creation.beforeDigest()).isNull();
            assertThat(creation.afterDigest()).isEqualTo(digest(first));
            AuditRecord change = entries.getLast().record();
            assertThat(change.beforeDigest()).isEqualTo(digest(first));
            assertThat(change.afterDigest()).isEqualTo(digest(second)).isNotEqualTo(change.beforeDigest());
            assertThat(change.actor()).isEqualTo("a.tester");
            assertThat(change.role()).isEqualTo("secretariat");
            assertThat(change.organization()).isEqualTo("TESTA");
            assertThat(change.details()).isEqualTo("{\"name\":\"second\"}");
        }

        @Test
        void aChangeFromAStaleVersionIsRefusedWithTheCurrentOneAndNothingWritten() {
            Probe probe = created("stale");
            commands.change(AUTHOR, "probe.rename", probes, probe.id(), 1, rename("fresh"));
            var applied = new AtomicBoolean();

            assertThatThrownBy(() -> commands.change(AUTHOR, "probe.rename", probes, probe.id(), 1, (before, now) -> {
                applied.set(true);
                return rename("late").apply(before, now);
            }))
                    .isInstanceOfSatisfying(Refusal.class, refusal -> {
                        assertThat(refusal.reason()).isEqualTo(Refusal.Reason.CONFLICT);
                        assertThat(refusal.currentVersion()).hasValue(2);
                        assertThat(refusal.errors()).extracting(Refusal.FieldError::field).containsExactly("version");
                    });

            assertThat(applied).as("the change is not even applied").isFalse();
            assertThat(stored(probe.id())).isEqualTo(new Probe(probe.id(), "fresh", 2));
            assertThat(entries(probe)).hasSize(2);
        }

        @Test
        void aRefusalInTheChangeOrAFailureAfterTheWriteLeavesNothingWrittenAndNoEntry() {
            Probe probe = created("whole");

            assertThatThrownBy(() -> commands.change(AUTHOR, "probe.rename", probes, probe.id(), null, (before, now) -> {
                throw Refusal.conflict("the probe refuses", List.of());
            })).isInstanceOf(Refusal.class);
            assertThatThrownBy(() -> commands.change(AUTHOR, "Not An Action", probes, probe.id(), null, rename("written, then rolled back")))
                    .as("the audit entry cannot be made after the record was written")
                    .isInstanceOf(IllegalArgumentException.class);

            assertThat(stored(probe.id())).isEqualTo(probe);
            assertThat(entries(probe)).hasSize(1);
        }

        @Test
        void theRecordsNameAndSubjectComeFromItsKindAndId() {
            Probe probe = created("named");
            commands.change(AUTHOR, "probe.rename", probes, probe.id(), 1, rename("renamed"));

            assertThat(probes.name(probe)).isEqualTo("probe " + probe.id());
            assertThat(entries(probe).getLast().record().subject()).isEqualTo("probe:" + probe.id());
            assertThatThrownBy(() -> commands.change(AUTHOR, "probe.rename", probes, probe.id(), 1, rename("late")))
                    .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.errors().getFirst().message())
                            .isEqualTo("probe " + probe.id() + " is at version 2"));
        }

        @Test
        void aVersionedRecordIsDigestedAsItSaysNoneHasNoDigestAndTheChangeIsMadeAfterItsLastRecordedInstant() {
            Probe probe = created(" ");
            var madeAt = new java.util.concurrent.atomic.AtomicReference<Instant>();

            Probe named = commands.change(AUTHOR, "probe.rename", versioned, probe.id(), null, (before, now) -> {
                madeAt.set(now);
                return rename("named").apply(before, now);
            });

            assertThat(madeAt.get()).as("after the instant the record was last recorded at").isEqualTo(FAR.plus(1, ChronoUnit.DAYS).plus(1, ChronoUnit.MICROS));
            AuditRecord change = entries(probe).getLast().record();
            assertThat(change.beforeDigest()).as("a record that is none yet has no digest").isNull();
            assertThat(change.afterDigest()).isEqualTo(digest(named));
        }

        @Test
        void aRecordNotThereIsTheRecordsOwnRefusal() {
            assertThatThrownBy(() -> commands.change(AUTHOR, "probe.rename", probes, "nowhere", null, rename("none")))
                    .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.reason()).isEqualTo(Refusal.Reason.NOT_FOUND));
        }
    }
}
