-- Scheduled work (issue 14): db-scheduler's table (com.github.kagkarlsson:db-scheduler 16.7.1), one row per scheduled
-- execution of a task instance, shared by every instance of the application on this database. The columns are those of
-- db-scheduler's PostgreSQL DDL for 16.x (its test resource postgresql_tables.sql, without the 'state' column and the
-- nullable execution_time that only later versions have), in types both H2 (MODE=Regular) and PostgreSQL accept:
-- 'bytea' is PostgreSQL's type and an alias of H2's BINARY VARYING; 'text' is not used, since H2 reads it as a CLOB,
-- which cannot be part of a primary key.
create table scheduled_tasks (
    task_name            varchar(255) not null,
    task_instance        varchar(255) not null,
    task_data            bytea,
    execution_time       timestamp(6) with time zone not null,
    picked               boolean not null,
    picked_by            varchar(255),
    last_success         timestamp(6) with time zone,
    last_failure         timestamp(6) with time zone,
    consecutive_failures integer,
    last_heartbeat       timestamp(6) with time zone,
    version              bigint not null,
    priority             smallint,
    primary key (task_name, task_instance)
);

-- The indexes db-scheduler's DDL recommends, named after the table (index names are per schema in PostgreSQL).
create index scheduled_tasks_execution_time_idx on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);
