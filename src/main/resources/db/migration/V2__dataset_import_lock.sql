-- One row that every dataset import locks (select ... for update) inside its transaction, so that
-- imports are serialized across every instance of the application sharing the database.
create table dataset_import_lock (
    id integer primary key
);
insert into dataset_import_lock (id) values (1);
