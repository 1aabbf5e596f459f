-- Clause routing and the decision rule, as data on the clauses (dataset format: covers, decisionRule).
alter table clause add column covers varchar;
alter table clause add column decision_rule varchar;
