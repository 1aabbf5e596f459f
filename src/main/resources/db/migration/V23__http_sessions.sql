-- Sign-in sessions of the pages (issue 15), kept in the database so that every instance of the application serves every
-- signed-in reader: Spring Session JDBC's tables (org.springframework.session:spring-session-jdbc 4.1.0), with the
-- columns, keys and indexes of its schema-postgresql.sql and schema-h2.sql, in types both H2 (MODE=Regular) and
-- PostgreSQL accept: 'bytea' is PostgreSQL's type and an alias of H2's BINARY VARYING (H2's own script says
-- LONGVARBINARY, another alias of it). Spring Session's own schema initialization is off (application.yml). The
-- principal name has no length (Spring Session's varchar(100) would refuse the session of a local account's name of up
-- to 200 characters, and a single sign-on name has no bound).
create table spring_session (
    primary_id            char(36) not null,
    session_id            char(36) not null,
    creation_time         bigint not null,
    last_access_time      bigint not null,
    max_inactive_interval int not null,
    expiry_time           bigint not null,
    principal_name        varchar,
    constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36) not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id) on delete cascade
);
