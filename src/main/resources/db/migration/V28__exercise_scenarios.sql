-- Scenarios (issue 17): an organization's library of scenarios its exercises run, in the scenario format
-- (docs/scenario-format.md). Every import is kept: an import under a name held already, with a different document, adds the
-- next version; the newest version is the scenario, the older ones its history. document is the JSON as imported (compact),
-- digest its SHA-256 (an import of the same document as the newest version adds nothing).
create table exercise_scenario (
    org_code    varchar not null,
    name        varchar not null,
    version     integer not null,
    document    varchar not null,
    digest      varchar(64) not null,
    title       varchar not null,
    injects     integer not null,
    duration    varchar not null,
    imported_at timestamp(6) with time zone not null,
    imported_by varchar not null,
    primary key (org_code, name, version)
);
