-- Running a scenario in an exercise (issue 17). An exercise made for a scenario remembers which one, and which version of
-- it (the library keeps every version): one row per exercise, written in the transaction that creates it.
create table exercise_scenario_run (
    exercise         varchar primary key,
    scenario_name    varchar not null,
    scenario_version integer not null,
    world            timestamp(6) with time zone not null,
    speed            double precision not null,
    started_at       timestamp(6) with time zone not null,
    started_by       varchar not null
);

-- The injects delivered in an exercise, each once: the primary key (exercise, inject_id) is what makes a delivery
-- idempotent across instances and retries. delivered_at is the real instant it arrived, world_at the world instant it is
-- due at (the scenario's world start plus its offset). inject is the inject as the scenario document gives it (JSON, the
-- scenario format's), sources the scenario's sources it cites (JSON array). An inject whose kind changes the record
-- says what it did: withdrawn_pledge is the pledge a unit_drops_out withdrew (null where none matched, then effect says so).
create table exercise_inject (
    exercise        varchar not null,
    inject_id       varchar not null,
    kind            varchar not null,
    title           varchar not null,
    world_at        timestamp(6) with time zone not null,
    delivered_at    timestamp(6) with time zone not null,
    inject          varchar not null,
    sources         varchar not null,
    effect          varchar,
    withdrawn_pledge bigint,
    primary key (exercise, inject_id)
);
