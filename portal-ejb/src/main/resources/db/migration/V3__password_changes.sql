-- An account whose password was set by someone else (a new account, a reset) must choose its own at sign-in.
alter table app_user add column must_change_password boolean not null default false;
