-- Sign-in guesses throttled per account and client address instead of locking the account (OWASP's
-- authentication cheat sheet): the failures from each address at each user name (known account or
-- not, so that the answers do not tell which names exist), when the last one was, and when the account
-- last signed in from there (an address it signed in from is not slowed by guesses from elsewhere).
-- account.failed_sign_ins and account.locked_until are no longer read.
create table sign_in_attempt (
    username       varchar not null,
    address        varchar not null,
    failures       integer not null,
    last_failed_at timestamp(6) with time zone,
    signed_in_at   timestamp(6) with time zone,
    primary key (username, address)
);
