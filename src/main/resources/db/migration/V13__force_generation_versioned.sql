-- Force generation keeps its past (issue 11).
-- A job keeps a snapshot of the problem it solved: the problem in the benchmark's instance format, the
-- units' designations, and the pledges its planning left out; a job from before has none (null) and is
-- explained against the data of the day it is read.
alter table force_generation_job add column problem varchar;
alter table force_generation_job add column designations varchar;
alter table force_generation_job add column left_out varchar;

-- Statements of requirements and accepted packages are versioned like the register's records
-- (org.entente.provenance.history.VersionedTable, per request): a change closes the current row
-- (recorded_to) and adds a new one, so "the package as it stood at T" can be read back. The rows
-- of before are carried over as current since their last change; their content hash is unknown here,
-- so the next write of each makes a new version even where nothing changed.
create table statement_of_requirements_versioned (
    org_code      varchar not null,
    request_id    varchar not null,
    record_key    varchar not null,
    content_hash  varchar not null,
    recorded_from timestamp(6) with time zone not null,
    recorded_to   timestamp(6) with time zone,
    check (recorded_to is null or recorded_to >= recorded_from),
    theatre_lat   double precision not null,
    theatre_lon   double precision not null,
    lines         varchar not null,
    updated_by    varchar not null
);
insert into statement_of_requirements_versioned (org_code, request_id, record_key, content_hash, recorded_from, recorded_to, theatre_lat,
                                                 theatre_lon, lines, updated_by)
select org_code, request_id, request_id, 'carried over from V9', updated_at, null, theatre_lat, theatre_lon, lines, updated_by
from statement_of_requirements;
drop table statement_of_requirements;
alter table statement_of_requirements_versioned rename to statement_of_requirements;
create index statement_of_requirements_by_request on statement_of_requirements (org_code, request_id, recorded_to);

create table force_package_unit_versioned (
    org_code       varchar not null,
    request_id     varchar not null,
    record_key     varchar not null,
    content_hash   varchar not null,
    recorded_from  timestamp(6) with time zone not null,
    recorded_to    timestamp(6) with time zone,
    check (recorded_to is null or recorded_to >= recorded_from),
    unit_id        varchar not null,
    designation    varchar,
    state_code     varchar not null,
    requirement_id varchar not null,
    personnel      int not null,
    eta_hours      int not null,
    accepted_by    varchar not null,
    accepted_at    timestamp(6) with time zone not null
);
insert into force_package_unit_versioned (org_code, request_id, record_key, content_hash, recorded_from, recorded_to, unit_id, designation,
                                          state_code, requirement_id, personnel, eta_hours, accepted_by, accepted_at)
select org_code, request_id, unit_id, 'carried over from V9', accepted_at, null, unit_id, designation, state_code, requirement_id, personnel,
       eta_hours, accepted_by, accepted_at
from force_package_unit;
drop table force_package_unit;
alter table force_package_unit_versioned rename to force_package_unit;
create index force_package_unit_by_request on force_package_unit (org_code, request_id, recorded_to);
