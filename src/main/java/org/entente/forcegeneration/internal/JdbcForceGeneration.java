package org.entente.forcegeneration.internal;

import static org.entente.provenance.history.VersionedTable.timestamp;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.forcegeneration.Requirement;
import org.entente.forcegeneration.StatementOfRequirements;
import org.entente.forces.Capability;
import org.entente.forces.GeoPoint;
import java.util.stream.Collectors;
import org.entente.forcegeneration.ForcePlan;
import org.entente.forcegeneration.JobState;
import org.entente.forces.LeftOut;
import org.entente.forcegeneration.internal.planner.LowerBound;
import org.entente.forcegeneration.internal.planner.ProblemFiles;
import org.entente.provenance.history.VersionedTable;
import org.entente.provenance.history.VersionedTable.Row;
import org.entente.register.OrganizationCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Statements of requirements and accepted packages, versioned per request ({@link VersionedTable}: what
 * stood at any recorded instant can be read back), and planner jobs with the planning each planned from;
 * in the tables of V9 and V13.
 */
@Repository
class JdbcForceGeneration {

    private static final TypeReference<List<Map<String, Object>>> LINES = new TypeReference<>() {
    };
    private static final TypeReference<List<Map<String, String>>> ASSIGNMENTS = new TypeReference<>() {
    };
    private static final TypeReference<List<Map<String, String>>> LEFT_OUT = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, String>> DESIGNATIONS = new TypeReference<>() {
    };
    /** A job's columns but its snapshot, which only its explanation reads. */
    private static final String JOB = "id, org_code, request_id, status, budget_ms, started_by, started_at, finished_at, best_objective, best_plan, "
            + "found_by, terminate_requested, error, lower_bound";
    /** The SQL list of the statuses of a job that may still change. */
    private static final String STILL_RUNNING = JobState.Status.stillRunning().stream().map(status -> "'" + status.code() + "'")
            .collect(Collectors.joining(", ", "(", ")"));

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final VersionedTable statements;
    private final VersionedTable packages;

    JdbcForceGeneration(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.statements = VersionedTable.scoped(jdbc, "statement_of_requirements", "request_id", List.of("theatre_lat", "theatre_lon", "lines", "updated_by"));
        this.packages = VersionedTable.scoped(jdbc, "force_package_unit", "request_id", List.of("unit_id", "designation", "state_code", "requirement_id",
                "personnel", "eta_hours", "accepted_by", "accepted_at", "accepted_short"));
    }

    /**
     * A planner run as stored: where it stands, and its best plan (null until it has one); once it has ended with a plan, the lower
     * bound on any plan's objective ({@code LowerBound}; null before, or where it could not be computed).
     */
    record Job(String id, OrganizationCode organization, String requestId, JobState state, long budgetMs, String startedBy, Instant startedAt,
               Instant finishedAt, Double bestObjective, List<ForcePlan.Assignment> bestPlan, String foundBy, boolean terminateRequested,
               Double lowerBound) {

        /** A job just queued: nothing planned yet. */
        static Job queued(String id, OrganizationCode organization, String requestId, long budgetMs, String startedBy, Instant startedAt) {
            return new Job(id, organization, requestId, new JobState.Queued(), budgetMs, startedBy, startedAt, null, null, null, null, false, null);
        }

        /** This job, asked to stop. */
        Job terminating() {
            return new Job(id, organization, requestId, state, budgetMs, startedBy, startedAt, finishedAt, bestObjective, bestPlan, foundBy, true,
                    lowerBound);
        }

        /**
         * How far the best plan is at most from the best possible, as a fraction of its objective: {@code (objective - bound) /
         * objective}; null without a plan or a bound.
         */
        Double gap() {
            if (bestObjective == null || lowerBound == null || bestPlan == null) {
                return null;
            }
            return LowerBound.gap(bestObjective, lowerBound);
        }

        /** How long the job has run: until it finished, or until {@code now} while it runs. */
        long elapsedMs(Instant now) {
            return Duration.between(startedAt, finishedAt == null ? now : finishedAt).toMillis();
        }
    }

    /** One unit of an accepted package, with its acceptance: by whom, when, and whether knowing the package left requirements short. */
    record PackageUnit(String unitId, String designation, String state, String requirementId, int personnel, int etaHours, String acceptedBy,
                       Instant acceptedAt, boolean acceptedShort) {

        /** The order of a package's units: by requirement, state and unit, as read back and as digested. */
        static final java.util.Comparator<PackageUnit> ORDER = java.util.Comparator.comparing(PackageUnit::requirementId)
                .thenComparing(PackageUnit::state).thenComparing(PackageUnit::unitId);

        /** The units in the package's order. */
        static List<PackageUnit> inOrder(List<PackageUnit> units) {
            return units.stream().sorted(ORDER).toList();
        }

        /** This unit, accepted when and by whom {@code earlier} was. */
        PackageUnit acceptedAs(PackageUnit earlier) {
            return new PackageUnit(unitId, designation, state, requirementId, personnel, etaHours, earlier.acceptedBy(), earlier.acceptedAt(),
                    earlier.acceptedShort());
        }
    }

    /** A stored record whose values make no domain record (written around the commands): why. */
    static final class Unsound extends RuntimeException {
        Unsound(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The request's statement of requirements; {@link Unsound} where the stored one makes no statement. */
    Optional<StatementOfRequirements> requirements(OrganizationCode organization, String requestId) {
        return statement(organization, requestId, null).map(Versioned::statement);
    }

    /** A version of a request's statement of requirements: the statement, and the instant it was recorded from. */
    record Versioned(StatementOfRequirements statement, Instant recordedFrom) {
    }

    /**
     * The request's statement of requirements as it stands, or as it stood at {@code at} (recorded time) where given, with the
     * instant that version was recorded from; {@link Unsound} where the stored one makes no statement.
     */
    Optional<Versioned> statement(OrganizationCode organization, String requestId, Instant at) {
        var query = jdbc.sql("select * from statement_of_requirements where org_code = :org and request_id = :id and "
                        + (at == null ? "recorded_to is null" : VersionedTable.CURRENT_AT))
                .param("org", organization.value()).param("id", requestId);
        if (at != null) {
            query = query.param("at", timestamp(at));
        }
        return query.query((rs, n) -> {
                    try {
                        return new Versioned(new StatementOfRequirements(new GeoPoint(rs.getDouble("theatre_lat"), rs.getDouble("theatre_lon")),
                                json.readValue(rs.getString("lines"), LINES).stream().map(JdbcForceGeneration::requirement).toList()),
                                instant(rs, "recorded_from"));
                    } catch (RuntimeException odd) {
                        throw new Unsound("the stored statement of requirements of " + requestId + " is not sound (" + odd.getMessage() + ")", odd);
                    }
                })
                .optional();
    }

    /** A statement of requirements as stored: its theatre and its lines as the JSON written, whether they make a statement or not. */
    record StoredStatement(double theatreLat, double theatreLon, String lines) {

        /** What its audit digest is taken over: the theatre and the lines as stored. */
        List<Object> digested() {
            return List.of(theatreLat, theatreLon, lines);
        }
    }

    /** The request's statement of requirements as stored, sound or not. */
    Optional<StoredStatement> storedStatement(OrganizationCode organization, String requestId) {
        return jdbc.sql("select theatre_lat, theatre_lon, lines from statement_of_requirements where org_code = :org and request_id = :id and recorded_to is null")
                .param("org", organization.value()).param("id", requestId)
                .query((rs, n) -> new StoredStatement(rs.getDouble(1), rs.getDouble(2), rs.getString(3)))
                .optional();
    }

    /** The statement as it is stored. */
    StoredStatement stored(StatementOfRequirements requirements) {
        return new StoredStatement(requirements.theatre().lat(), requirements.theatre().lon(), json.writeValueAsString(requirements.requirements()
                .stream().map(r -> Map.of("id", r.id(), "capability", r.capability().name(), "combat", r.combat(), "latestArrivalHours",
                        r.latestArrivalHours(), "personnel", r.personnel(), "minUnits", r.minUnits())).toList()));
    }

    /** The request's statement of requirements from {@code at} on, recorded as {@code by}'s. */
    void saveRequirements(OrganizationCode organization, String requestId, StoredStatement statement, String by, Instant at) {
        var values = new LinkedHashMap<String, Object>();
        values.put("theatre_lat", statement.theatreLat());
        values.put("theatre_lon", statement.theatreLon());
        values.put("lines", statement.lines());
        values.put("updated_by", by);
        statements.replace(organization.value(), requestId, List.of(new Row(requestId, values)), at);
    }

    /**
     * The latest instant anything of the request's requirements or package was recorded at (null if never):
     * the next change is recorded after it ({@link org.entente.provenance.history.RecordedTime}).
     */
    Instant lastRecorded(OrganizationCode organization, String requestId) {
        return lastChanged(List.of("statement_of_requirements", "force_package_unit"), organization, requestId, null);
    }

    /**
     * The last instant the request's package changed (accepted, re-planned) up to {@code at} (recorded time; null: ever), or
     * null if it never did: the package stands for the statement of requirements that stood then.
     */
    Instant packageChanged(OrganizationCode organization, String requestId, Instant at) {
        return lastChanged(List.of("force_package_unit"), organization, requestId, at);
    }

    /**
     * The last instant a row of the request's {@code tables} was recorded or closed at, up to {@code at} (recorded time; null: ever),
     * or null if none was: the one reading of "when did the request's force generation last change" the two above share.
     */
    private Instant lastChanged(List<String> tables, OrganizationCode organization, String requestId, Instant at) {
        Instant last = null;
        for (String table : tables) {
            for (String column : List.of("recorded_from", "recorded_to")) {
                var query = jdbc.sql("select max(" + column + ") from " + table + " where org_code = :org and request_id = :id"
                                + (at == null ? "" : " and " + column + " <= :at"))
                        .param("org", organization.value()).param("id", requestId);
                if (at != null) {
                    query = query.param("at", timestamp(at));
                }
                Instant changed = query.query((rs, n) -> Optional.ofNullable(instant(rs, 1))).single().orElse(null);
                last = changed != null && (last == null || changed.isAfter(last)) ? changed : last;
            }
        }
        return last;
    }

    private static Requirement requirement(Map<String, Object> line) {
        return new Requirement((String) line.get("id"), Capability.valueOf((String) line.get("capability")), (Boolean) line.get("combat"),
                ((Number) line.get("latestArrivalHours")).intValue(), ((Number) line.get("personnel")).intValue(), ((Number) line.get("minUnits")).intValue());
    }

    /** A new job, with the planning it plans from (its snapshot). */
    void insert(Job job, Planning planning) {
        var problem = new ByteArrayOutputStream();
        try {
            ProblemFiles.writeProblem(planning.problem(), problem);
        } catch (IOException notInMemory) {
            throw new UncheckedIOException(notInMemory);
        }
        jdbc.sql("""
                        insert into force_generation_job (id, org_code, request_id, status, budget_ms, started_by, started_at, terminate_requested,
                            problem, designations, left_out, heartbeat_at)
                        values (:id, :org, :request, :status, :budget, :by, :at, false, :problem, :designations, :leftOut, current_timestamp)""")
                .param("problem", problem.toString(StandardCharsets.UTF_8))
                .param("designations", json.writeValueAsString(planning.designations()))
                .param("leftOut", json.writeValueAsString(planning.leftOut()))
                .param("id", job.id()).param("org", job.organization().value()).param("request", job.requestId())
                .param("status", job.state().status().code()).param("budget", job.budgetMs()).param("by", job.startedBy())
                .param("at", timestamp(job.startedAt()))
                .update();
    }

    /** The job leaves the queue and starts running now: its time is counted from here. False when it was no longer queued. */
    boolean begin(String id, Instant at) {
        return jdbc.sql("update force_generation_job set status = :running, started_at = :at, heartbeat_at = current_timestamp where id = :id and status = :queued")
                .param("running", JobState.Status.RUNNING.code()).param("queued", JobState.Status.QUEUED.code())
                .param("at", timestamp(at)).param("id", id).update() == 1;
    }

    /** The best objective found so far. */
    void progress(String id, double objective) {
        jdbc.sql("update force_generation_job set best_objective = :objective where id = :id")
                .param("objective", objective).param("id", id).update();
    }

    /** The plan the job ends with, its objective and which member of the portfolio found it; none for a job that has ended already. */
    void result(String id, double objective, List<ForcePlan.Assignment> plan, String foundBy) {
        jdbc.sql("update force_generation_job set best_objective = :objective, best_plan = :plan, found_by = :by where id = :id and status in "
                        + STILL_RUNNING)
                .param("objective", objective)
                .param("plan", json.writeValueAsString(plan.stream().map(a -> Map.of("unit", a.unit(), "requirement", a.requirement())).toList()))
                .param("by", foundBy).param("id", id).update();
    }

    /** The lower bound on any plan's objective for the job's problem, computed once its plan is there. */
    void lowerBound(String id, double bound) {
        jdbc.sql("update force_generation_job set lower_bound = :bound where id = :id").param("bound", bound).param("id", id).update();
    }

    /** The job ends in {@code ended}, unless it has ended already. */
    void finish(String id, JobState ended, Instant at) {
        jdbc.sql("update force_generation_job set status = :status, finished_at = :at, error = :error where id = :id and status in " + STILL_RUNNING)
                .param("status", ended.status().code()).param("at", timestamp(at)).param("error", ended.why()).param("id", id).update();
    }

    boolean requestTermination(OrganizationCode organization, String id) {
        return jdbc.sql("update force_generation_job set terminate_requested = true where id = :id and org_code = :org and status in " + STILL_RUNNING)
                .param("id", id).param("org", organization.value()).update() == 1;
    }

    boolean terminationRequested(String id) {
        return jdbc.sql("select terminate_requested from force_generation_job where id = :id").param("id", id).query(Boolean.class).single();
    }

    /**
     * Whether the runner of job {@code id} should stop its search: someone asked it to stop, or the job has ended
     * already (another instance marked it interrupted, having missed its heartbeat).
     */
    boolean stopWanted(String id) {
        return jdbc.sql("select terminate_requested or status not in " + STILL_RUNNING + " from force_generation_job where id = :id")
                .param("id", id).query(Boolean.class).single();
    }

    /**
     * The jobs {@code ids}, still queued or running on this instance, are alive now: on the database's clock, the one
     * {@link #interruptSilent} compares with, so that the clocks of the instances never meet.
     */
    void heartbeat(java.util.Collection<String> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("update force_generation_job set heartbeat_at = current_timestamp where id in (:ids) and status in " + STILL_RUNNING)
                    .param("ids", List.copyOf(ids)).update();
        }
    }

    /**
     * Marks interrupted (with {@code why}) at {@code at} every queued or running job whose last heartbeat (or, for a job
     * of before heartbeats, its start) is older than {@code silentFor} on the database's clock (the one heartbeats are
     * written with): the instance holding it died. One statement, so two instances checking at once mark each job once.
     * The number marked.
     */
    int interruptSilent(java.time.Duration silentFor, Instant at, String why) {
        Instant cutoff = jdbc.sql("select current_timestamp").query(java.time.OffsetDateTime.class).single().toInstant().minus(silentFor);
        return jdbc.sql("update force_generation_job set status = :interrupted, finished_at = :at, error = :why where status in " + STILL_RUNNING
                        + " and coalesce(heartbeat_at, started_at) < :cutoff")
                .param("interrupted", JobState.Status.INTERRUPTED.code()).param("at", timestamp(at)).param("why", why)
                .param("cutoff", timestamp(cutoff)).update();
    }

    /** The planning job {@code id} planned from; empty for a job from before snapshots were kept. */
    Optional<Planning> planning(OrganizationCode organization, String id) {
        return jdbc.sql("select problem, designations, left_out from force_generation_job where id = :id and org_code = :org and problem is not null")
                .param("id", id).param("org", organization.value())
                .query((rs, n) -> {
                    try {
                        return new Planning(ProblemFiles.read(new ByteArrayInputStream(rs.getString("problem").getBytes(StandardCharsets.UTF_8))),
                                json.readValue(rs.getString("designations"), DESIGNATIONS),
                                json.readValue(rs.getString("left_out"), LEFT_OUT).stream()
                                        .map(left -> new LeftOut(left.get("id"), left.get("name"), left.get("reason"))).toList());
                    } catch (IOException notInMemory) {
                        throw new UncheckedIOException(notInMemory);
                    }
                })
                .optional();
    }

    Optional<Job> job(OrganizationCode organization, String id) {
        return jdbc.sql("select " + JOB + " from force_generation_job where id = :id and org_code = :org")
                .param("id", id).param("org", organization.value()).query(this::job).optional();
    }

    /** The job, its row locked until the transaction ends. */
    Optional<Job> lockJob(OrganizationCode organization, String id) {
        return jdbc.sql("select " + JOB + " from force_generation_job where id = :id and org_code = :org for update")
                .param("id", id).param("org", organization.value()).query(this::job).optional();
    }

    List<Job> jobs(OrganizationCode organization, String requestId) {
        return jdbc.sql("select " + JOB + " from force_generation_job where org_code = :org and request_id = :request order by started_at desc")
                .param("org", organization.value()).param("request", requestId).query(this::job).list();
    }

    /** The request's package from {@code at} on: a unit kept as it was stays as recorded, a changed one gets a new version, one left out is closed. */
    void replacePackage(OrganizationCode organization, String requestId, List<PackageUnit> units, Instant at) {
        packages.replace(organization.value(), requestId, units.stream().map(unit -> {
            var values = new LinkedHashMap<String, Object>();
            values.put("unit_id", unit.unitId());
            values.put("designation", unit.designation());
            values.put("state_code", unit.state());
            values.put("requirement_id", unit.requirementId());
            values.put("personnel", unit.personnel());
            values.put("eta_hours", unit.etaHours());
            values.put("accepted_by", unit.acceptedBy());
            values.put("accepted_at", timestamp(unit.acceptedAt()));
            values.put("accepted_short", unit.acceptedShort());
            return new Row(unit.unitId(), values);
        }).toList(), at);
    }

    /** The request's package as it stands. */
    List<PackageUnit> packageUnits(OrganizationCode organization, String requestId) {
        return packageUnits(organization, requestId, "recorded_to is null", null);
    }

    /** The request's package as it stood at {@code at} (recorded time): empty before one was accepted. */
    List<PackageUnit> packageUnits(OrganizationCode organization, String requestId, Instant at) {
        return packageUnits(organization, requestId, VersionedTable.CURRENT_AT, at);
    }

    private List<PackageUnit> packageUnits(OrganizationCode organization, String requestId, String current, Instant at) {
        var query = jdbc.sql("select * from force_package_unit where org_code = :org and request_id = :request and " + current)
                .param("org", organization.value()).param("request", requestId);
        if (at != null) {
            query = query.param("at", timestamp(at));
        }
        return query.query((rs, n) -> new PackageUnit(rs.getString("unit_id"), rs.getString("designation"), rs.getString("state_code"),
                        rs.getString("requirement_id"), rs.getInt("personnel"), rs.getInt("eta_hours"), rs.getString("accepted_by"),
                        instant(rs, "accepted_at"), rs.getBoolean("accepted_short")))
                .list().stream().sorted(PackageUnit.ORDER).toList();
    }

    private Job job(ResultSet rs, int rowNum) throws SQLException {
        Double objective = rs.getObject("best_objective", Double.class);
        String plan = rs.getString("best_plan");
        return new Job(rs.getString("id"), OrganizationCode.of(rs.getString("org_code")), rs.getString("request_id"),
                JobState.of(rs.getString("status"), rs.getString("error")), rs.getLong("budget_ms"), rs.getString("started_by"),
                instant(rs, "started_at"), instant(rs, "finished_at"), objective,
                plan == null ? null : json.readValue(plan, ASSIGNMENTS).stream().map(a -> new ForcePlan.Assignment(a.get("unit"), a.get("requirement"))).toList(),
                rs.getString("found_by"), rs.getBoolean("terminate_requested"), rs.getObject("lower_bound", Double.class));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
