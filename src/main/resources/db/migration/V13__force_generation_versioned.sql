-- Force generation keeps its past (issue 11).
-- A job keeps a snapshot of the problem it solved: the problem in the benchmark's instance format, the
-- units' designations, and the pledges its planning left out; a job from before has none (null) and is
-- explained against the data of the day it is read.
alter table force_generation_job add column problem varchar;
alter table force_generation_job add column designations varchar;
alter table force_generation_job add column left_out varchar;
