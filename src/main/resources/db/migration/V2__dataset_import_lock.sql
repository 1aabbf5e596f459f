-- One row that every dataset import locks (select ... for update) inside its transaction, so that
-- imports are serialized across every instance of the application sharing the database. It also
-- keeps the instant of the last import: the next one is recorded strictly later, whatever the
-- clocks of the instances say, so recorded periods never run backwards.
create table dataset_import_lock (
    id          integer primary key,
    last_import timestamp(6) with time zone
);
insert into dataset_import_lock (id, last_import) values (1, null);
