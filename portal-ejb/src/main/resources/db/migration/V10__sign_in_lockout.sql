-- Failed sign-ins in a row per account, and until when the account is locked because of them.
alter table app_user
  add column failed_sign_ins integer not null default 0 check (failed_sign_ins >= 0),
  add column locked_until    timestamptz;
