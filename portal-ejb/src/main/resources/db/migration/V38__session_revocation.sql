-- When the sessions of an account (or of a platform operator, whose ids are counted apart) were last ended: by a
-- deactivation, a password reset or a password change. Written in the transaction that ends them; every server of
-- the portal reads new rows every few seconds and ends such sessions at their next request. Holds ids and times
-- only: no tenant and no row-level security. Rows older than the longest session are removed.
create table session_revocation (
  operator    boolean      not null,
  account_id  bigint       not null,
  ended_at    timestamptz  not null,
  primary key (operator, account_id)
);

create index session_revocation_ended on session_revocation (ended_at);
