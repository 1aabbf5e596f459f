-- An instrument's codings in the alliance datasets (Correlates of War, ATOP), as JSON in the dataset format's
-- shape; null where none is recorded. The column takes part in the row's content hash, so the first import
-- after this migration writes a new version of each instrument once.
alter table instrument add column codings varchar;
