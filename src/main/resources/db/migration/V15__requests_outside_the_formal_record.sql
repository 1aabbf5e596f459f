-- A historical request outside the organization's formal record (an informal ministerial proposal, say) keeps
-- why in outside_formal_record; a formal request has none (null). The column takes part in the row's content
-- hash, so the first import after this migration writes a new version of each recorded request once.
alter table recorded_request add column outside_formal_record varchar;
