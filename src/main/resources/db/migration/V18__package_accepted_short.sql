-- A force package records whether it was accepted knowing that it leaves requirements short (issue 13): each unit
-- carries it with its acceptance (who, when), as it carries acceptedBy and acceptedAt. Packages accepted before were
-- accepted without the question (false). The column enters each row's content hash, so the next re-planning of a
-- package accepted before makes a new version of each of its units even where nothing else changed.
alter table force_package_unit add column accepted_short boolean default false not null;
