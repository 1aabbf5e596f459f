-- Planner jobs across instances (issue 15): the instance that runs a job (and holds it queued) writes the job's
-- heartbeat every second; every instance marks interrupted a queued or running job whose heartbeat is older than
-- entente.force-generation.abandoned-after (its instance died), so that its user can start it again. A job of before
-- has none: its start counts as its last heartbeat. The index serves that check, which reads the jobs still open.
alter table force_generation_job add column heartbeat_at timestamp(6) with time zone;
create index force_generation_job_by_status on force_generation_job (status);
