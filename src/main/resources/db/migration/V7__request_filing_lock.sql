-- One row per organization, locked by each filing, so that two filings cannot both pass the
-- "no open request for the same situation" policy.
create table request_filing_lock (
    org_code varchar primary key
);
