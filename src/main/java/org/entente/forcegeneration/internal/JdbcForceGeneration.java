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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.entente.forcegeneration.Capability;
import org.entente.forcegeneration.ForcePlan;
import org.entente.forcegeneration.GeoPoint;
import org.entente.forcegeneration.JobState;
import org.entente.forcegeneration.LeftOut;
import org.entente.forcegeneration.ProblemFiles;
import org.entente.forcegeneration.Requirement;
import org.entente.forcegeneration.StatementOfRequirements;
import org.entente.register.OrganizationCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Statements of requirements, planner jobs (with the planning each planned from) and accepted packages, in the tables of V9 and V13. */
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
            + "found_by, terminate_requested, error";
    /** The SQL list of the statuses of a job that may still change. */
    private static final String STILL_RUNNING = JobState.Status.stillRunning().stream().map(status -> "'" + status.code() + "'")
            .collect(Collectors.joining(", ", "(", ")"));

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcForceGeneration(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A planner run as stored: where it stands, and its best plan (null until it has one). */
    record Job(String id, OrganizationCode organization, String requestId, JobState state, long budgetMs, String startedBy, Instant startedAt,
               Instant finishedAt, Double bestObjective, List<ForcePlan.Assignment> bestPlan, String foundBy, boolean terminateRequested) {

        /** How long the job has run: until it finished, or until {@code now} while it runs. */
        long elapsedMs(Instant now) {
            return Duration.between(startedAt, finishedAt == null ? now : finishedAt).toMillis();
        }
    }

    /** One unit of an accepted package. */
    record PackageUnit(String unitId, String designation, String state, String requirementId, int personnel, int etaHours, String acceptedBy,
                       Instant acceptedAt) {
    }

    /** A stored record whose values make no domain record (written around the commands): why. */
    static final class Unsound extends RuntimeException {
        Unsound(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The request's statement of requirements; {@link Unsound} where the stored one makes no statement. */
    Optional<StatementOfRequirements> requirements(OrganizationCode organization, String requestId) {
        return jdbc.sql("select * from statement_of_requirements where org_code = :org and request_id = :id")
                .param("org", organization.value()).param("id", requestId)
                .query((rs, n) -> {
                    try {
                        return new StatementOfRequirements(new GeoPoint(rs.getDouble("theatre_lat"), rs.getDouble("theatre_lon")),
                                json.readValue(rs.getString("lines"), LINES).stream().map(JdbcForceGeneration::requirement).toList());
                    } catch (RuntimeException odd) {
                        throw new Unsound("the stored statement of requirements of " + requestId + " is not sound (" + odd.getMessage() + ")", odd);
                    }
                })
                .optional();
    }

    void saveRequirements(OrganizationCode organization, String requestId, StatementOfRequirements requirements, String by, Instant at) {
        jdbc.sql("delete from statement_of_requirements where org_code = :org and request_id = :id")
                .param("org", organization.value()).param("id", requestId).update();
        jdbc.sql("""
                        insert into statement_of_requirements (org_code, request_id, theatre_lat, theatre_lon, lines, updated_by, updated_at)
                        values (:org, :id, :lat, :lon, :lines, :by, :at)""")
                .param("org", organization.value()).param("id", requestId)
                .param("lat", requirements.theatre().lat()).param("lon", requirements.theatre().lon())
                .param("lines", json.writeValueAsString(requirements.requirements().stream().map(r -> Map.of("id", r.id(), "capability",
                        r.capability().name(), "combat", r.combat(), "latestArrivalHours", r.latestArrivalHours(), "personnel", r.personnel(),
                        "minUnits", r.minUnits())).toList()))
                .param("by", by).param("at", timestamp(at))
                .update();
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
                            problem, designations, left_out)
                        values (:id, :org, :request, :status, :budget, :by, :at, false, :problem, :designations, :leftOut)""")
                .param("problem", problem.toString(StandardCharsets.UTF_8))
                .param("designations", json.writeValueAsString(planning.designations()))
                .param("leftOut", json.writeValueAsString(planning.leftOut()))
                .param("id", job.id()).param("org", job.organization().value()).param("request", job.requestId())
                .param("status", job.state().status().code()).param("budget", job.budgetMs()).param("by", job.startedBy())
                .param("at", timestamp(job.startedAt()))
                .update();
    }

    /** The job leaves the queue and starts running now: its time is counted from here. */
    void begin(String id, Instant at) {
        jdbc.sql("update force_generation_job set status = :running, started_at = :at where id = :id and status = :queued")
                .param("running", JobState.Status.RUNNING.code()).param("queued", JobState.Status.QUEUED.code())
                .param("at", timestamp(at)).param("id", id).update();
    }

    /** The best objective found so far. */
    void progress(String id, double objective) {
        jdbc.sql("update force_generation_job set best_objective = :objective where id = :id")
                .param("objective", objective).param("id", id).update();
    }

    /** The plan the job ends with, its objective and which member of the portfolio found it. */
    void result(String id, double objective, List<ForcePlan.Assignment> plan, String foundBy) {
        jdbc.sql("update force_generation_job set best_objective = :objective, best_plan = :plan, found_by = :by where id = :id")
                .param("objective", objective)
                .param("plan", json.writeValueAsString(plan.stream().map(a -> Map.of("unit", a.unit(), "requirement", a.requirement())).toList()))
                .param("by", foundBy).param("id", id).update();
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
     * Jobs marked running whose budget ended more than {@code grace} before {@code at}: the process that
     * ran them stopped, so they will never finish. (A job within its budget may be running on another instance.)
     */
    int interruptAbandoned(Instant at, Duration grace) {
        List<String> abandoned = jdbc.sql("select id, started_at, budget_ms from force_generation_job where status in " + STILL_RUNNING)
                .query((rs, n) -> instant(rs, "started_at").plusMillis(rs.getLong("budget_ms")).plus(grace).isBefore(at) ? rs.getString("id") : null)
                .list().stream().filter(java.util.Objects::nonNull).toList();
        abandoned.forEach(id -> finish(id, new JobState.Interrupted("the process running it stopped"), at));
        return abandoned.size();
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

    List<Job> jobs(OrganizationCode organization, String requestId) {
        return jdbc.sql("select " + JOB + " from force_generation_job where org_code = :org and request_id = :request order by started_at desc")
                .param("org", organization.value()).param("request", requestId).query(this::job).list();
    }

    void replacePackage(OrganizationCode organization, String requestId, List<PackageUnit> units) {
        jdbc.sql("delete from force_package_unit where org_code = :org and request_id = :request")
                .param("org", organization.value()).param("request", requestId).update();
        for (PackageUnit unit : units) {
            jdbc.sql("""
                            insert into force_package_unit (org_code, request_id, unit_id, designation, state_code, requirement_id, personnel, eta_hours,
                                accepted_by, accepted_at)
                            values (:org, :request, :unit, :designation, :state, :requirement, :personnel, :eta, :by, :at)""")
                    .param("org", organization.value()).param("request", requestId).param("unit", unit.unitId()).param("designation", unit.designation())
                    .param("state", unit.state()).param("requirement", unit.requirementId()).param("personnel", unit.personnel())
                    .param("eta", unit.etaHours()).param("by", unit.acceptedBy()).param("at", timestamp(unit.acceptedAt()))
                    .update();
        }
    }

    List<PackageUnit> packageUnits(OrganizationCode organization, String requestId) {
        return jdbc.sql("select * from force_package_unit where org_code = :org and request_id = :request order by requirement_id, state_code, unit_id")
                .param("org", organization.value()).param("request", requestId)
                .query((rs, n) -> new PackageUnit(rs.getString("unit_id"), rs.getString("designation"), rs.getString("state_code"),
                        rs.getString("requirement_id"), rs.getInt("personnel"), rs.getInt("eta_hours"), rs.getString("accepted_by"),
                        instant(rs, "accepted_at")))
                .list();
    }

    private Job job(ResultSet rs, int rowNum) throws SQLException {
        Double objective = rs.getObject("best_objective", Double.class);
        String plan = rs.getString("best_plan");
        return new Job(rs.getString("id"), OrganizationCode.of(rs.getString("org_code")), rs.getString("request_id"),
                JobState.of(rs.getString("status"), rs.getString("error")), rs.getLong("budget_ms"), rs.getString("started_by"),
                instant(rs, "started_at"), instant(rs, "finished_at"), objective,
                plan == null ? null : json.readValue(plan, ASSIGNMENTS).stream().map(a -> new ForcePlan.Assignment(a.get("unit"), a.get("requirement"))).toList(),
                rs.getString("found_by"), rs.getBoolean("terminate_requested"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
