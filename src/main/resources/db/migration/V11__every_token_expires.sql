-- Every personal access token expires, at most entente.tokens.max-lifetime after its creation (365
-- days by default): a token created without an expiry before this version expires 365 days after it
-- was created (at once, if that is past).
update access_token set expires_at = created_at + interval '365' day where expires_at is null;
alter table access_token alter column expires_at set not null;
