-- Accounts are no longer locked (V10: guesses are throttled per account and client address in
-- sign_in_attempt), and nothing reads or writes the old locking columns any more.
alter table account drop column failed_sign_ins;
alter table account drop column locked_until;
