-- A planner job keeps, once it has ended with a plan, a certified lower bound on the objective of any plan of what it
-- planned from (issue 16): no plan can score less, so the page and the API show how far the job's plan is at most from
-- the best possible. Computed when the job ends, within a time limit of its own; null for a job of before, one that
-- ended without a plan, or one whose bound could not be computed.
alter table force_generation_job add column lower_bound double precision;
