-- Missions (issue 12): a mission's row holds its version, the lock its commands take; its record is the facts
-- recorded of it, never overwritten: each with its kind and key, when it became known in the world and when it was
-- recorded here, and its body in the dataset format's JSON (null: the fact of that kind and key was removed).
create table mission (
    org_code    varchar not null,
    mission_id  varchar not null,
    version     int not null,
    created_at  timestamp(6) with time zone not null,
    updated_at  timestamp(6) with time zone not null,
    primary key (org_code, mission_id)
);

create table mission_fact (
    org_code    varchar not null,
    mission_id  varchar not null,
    seq         int not null,
    kind        varchar not null,
    fact_key    varchar not null,
    known_from  timestamp(6) with time zone not null,
    recorded_at timestamp(6) with time zone not null,
    recorded_by varchar not null,
    body        varchar,
    primary key (org_code, mission_id, seq),
    foreign key (org_code, mission_id) references mission (org_code, mission_id)
);
