-- Exercises (issue 17): an exercise of an organization is a sandbox organization of its own code, made by copying the
-- organization's record; the crisis cycle runs inside it as in any organization. This table is the mark: the organization
-- rows stay as they are (their content hash and the dataset format know nothing of exercises), and the register's
-- cross-organization answers (the list of organizations, exclusivity conflicts) leave out every code registered here.
-- status: running, closed or archived; closed_at is set when it is closed (and kept when archived).
create table exercise (
    code       varchar primary key,
    of_org     varchar not null,
    title      varchar not null,
    status     varchar not null,
    created_at timestamp(6) with time zone not null,
    created_by varchar not null,
    closed_at  timestamp(6) with time zone
);
create index exercise_by_parent on exercise (of_org, created_at);
