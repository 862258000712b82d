-- The platform's operators are locked after failed sign-ins in a row, as clinic accounts are (V10), and every
-- sign-in attempt and password change of an operator is kept in an audit trail of its own. Operators belong to
-- no clinic, so their entries cannot live in audit_event, whose row-level security shows a row only to the
-- clinic it names.
alter table platform_admin
  add column failed_sign_ins integer not null default 0 check (failed_sign_ins >= 0),
  add column locked_until    timestamptz;

create table platform_audit_event (
  id              bigint       primary key,
  occurred_at     timestamptz  not null,
  actor_id        bigint,
  actor_name      varchar(200) not null,
  remote_address  varchar(64)  not null,
  action          varchar(40)  not null,
  details         text         not null default '',
  version         bigint       not null default 0
);

create index platform_audit_event_latest on platform_audit_event (occurred_at desc, id desc);

create function platform_audit_event_is_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'platform_audit_event rows cannot be changed or removed';
end;
$$;

create trigger platform_audit_event_append_only
  before update or delete on platform_audit_event
  for each row execute function platform_audit_event_is_append_only();

create trigger platform_audit_event_no_truncate
  before truncate on platform_audit_event
  for each statement execute function platform_audit_event_is_append_only();
