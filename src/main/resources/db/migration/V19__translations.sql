-- Translations of a record's own text (title, summary, place, name, note, question), by language and field, as a JSON
-- object; null where the record has none (its text is then read in English). Versioned with the record like every column:
-- the first import after this migration supersedes each translated record's row once (its content now includes the column).
alter table organization add column translations varchar;
alter table instrument add column translations varchar;
alter table clause add column translations varchar;
alter table membership_event add column translations varchar;
alter table disagreement add column translations varchar;
alter table force_pool add column translations varchar;
