-- The audit trail (module audit): an append-only chain of entries, each carrying the SHA-256 hash of
-- the entry before it (previous_hash) and its own (entry_hash) over every column; docs/audit.md gives
-- the exact encoding. The application only ever inserts into audit_entry, never updates nor deletes.
-- (A trigger rejecting UPDATE and DELETE would need PL/pgSQL on PostgreSQL and Java on H2: one script
-- cannot hold it for both, so there is none; verification detects such changes instead.)
create table audit_entry (
    sequence_number bigint primary key,
    recorded_at     timestamp(6) with time zone not null,
    actor           varchar not null,
    actor_role      varchar not null,
    organization    varchar,
    action          varchar not null,
    subject         varchar not null,
    before_digest   varchar,
    after_digest    varchar,
    details         varchar,
    previous_hash   varchar not null,
    entry_hash      varchar not null
);
create index audit_entry_by_subject on audit_entry (subject, sequence_number);
create index audit_entry_by_actor on audit_entry (actor, sequence_number);
create index audit_entry_by_organization on audit_entry (organization, sequence_number);
create index audit_entry_by_action on audit_entry (action, sequence_number);
create index audit_entry_by_time on audit_entry (recorded_at);

-- The chain's head: the last entry's sequence, hash and instant. Every append locks this one row
-- (select ... for update) in the transaction of the change it records, so appends from every
-- instance sharing the database come one at a time, each strictly later than the one before.
create table audit_chain_head (
    id               integer primary key,
    last_sequence    bigint not null,
    last_hash        varchar not null,
    last_recorded_at timestamp(6) with time zone
);
insert into audit_chain_head (id, last_sequence, last_hash, last_recorded_at)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', null);
