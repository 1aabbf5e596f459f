-- The audit trail's queue (issue 15, docs/audit.md "Appending"): a change appends its audit record here, in its own
-- transaction, under an id of its own from the identity column, touching no row another change touches. The sequencer
-- (one at a time across every instance, holding audit_chain_head's row lock in a short transaction of its own) moves
-- committed queued records into the chain (audit_entry) in id order and deletes them from here.
create table audit_queue (
    id            bigint generated always as identity primary key,
    accepted_at   timestamp(6) with time zone not null,
    actor         varchar not null,
    actor_role    varchar not null,
    organization  varchar,
    action        varchar not null,
    subject       varchar not null,
    before_digest varchar,
    after_digest  varchar,
    details       varchar
);

-- For each chained entry: the queued record it was (unique: no record is chained twice), when it was accepted (its
-- change's append) and when the sequencer chained it. None of the three is covered by the entry's hash: they say how
-- the entry came into the chain, not what it records. Entries chained before this migration have none.
alter table audit_entry add column queue_id bigint;
alter table audit_entry add column accepted_at timestamp(6) with time zone;
alter table audit_entry add column chained_at timestamp(6) with time zone;
create unique index audit_entry_by_queue_id on audit_entry (queue_id);
