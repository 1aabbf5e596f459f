-- The record's version per organization (issue 17): the instant each organization's last import was recorded at, so that the
-- real record's version leaves exercises' imports out (creating an exercise imports its copy). The global lock row
-- (dataset_import_lock) still orders every import. Each organization registered so far takes the last import's instant: the
-- real record's version may stay on an exercise's import until the next import of a real organization.
create table organization_import (
    org_code    varchar primary key,
    last_import timestamp(6) with time zone not null
);
insert into organization_import (org_code, last_import)
    select distinct o.org_code, l.last_import from organization o, dataset_import_lock l where l.id = 1 and l.last_import is not null;
