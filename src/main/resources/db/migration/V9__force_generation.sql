-- Force generation: a decision's statement of requirements, the planner's jobs, and the package accepted.
create table statement_of_requirements (
    org_code    varchar not null,
    request_id  varchar not null,
    theatre_lat double precision not null,
    theatre_lon double precision not null,
    lines       varchar not null,
    updated_by  varchar not null,
    updated_at  timestamp(6) with time zone not null,
    primary key (org_code, request_id)
);

-- A planner run: its status (running, finished, terminated, failed), its best plan so far (JSON), and
-- whether someone asked it to stop; every instance sees the same rows.
create table force_generation_job (
    id                  varchar primary key,
    org_code            varchar not null,
    request_id          varchar not null,
    status              varchar not null,
    budget_ms           bigint not null,
    started_by          varchar not null,
    started_at          timestamp(6) with time zone not null,
    finished_at         timestamp(6) with time zone,
    best_objective      double precision,
    best_plan           varchar,
    found_by            varchar,
    terminate_requested boolean not null,
    error               varchar
);
create index force_generation_job_by_request on force_generation_job (org_code, request_id, started_at);

-- The package accepted for a decision: one row per unit, with the state, the requirement and the ETA.
create table force_package_unit (
    org_code       varchar not null,
    request_id     varchar not null,
    unit_id        varchar not null,
    designation    varchar,
    state_code     varchar not null,
    requirement_id varchar not null,
    personnel      int not null,
    eta_hours      int not null,
    accepted_by    varchar not null,
    accepted_at    timestamp(6) with time zone not null,
    primary key (org_code, request_id, unit_id)
);
