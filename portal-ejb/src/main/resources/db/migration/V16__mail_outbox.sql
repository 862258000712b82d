-- Mail the portal sends. A message is written in the transaction of what causes it (a due reminder, an urgent
-- alert), so the cause and its mail are kept or lost together, and the mail worker sends it later, retrying with
-- a growing pause while the mail server is away. The cause key makes one cause one message, however often it is
-- queued. A message is claimed (SENDING) and committed before it is handed to the mail server; one still claimed
-- long after, because a server stopped mid-send, is marked UNCERTAIN and never sent again: a reminder missed is
-- better than a reminder twice.
create table outbound_mail (
  tenant_id        bigint         not null references clinic (id),
  id               bigint         not null,
  kind             varchar(14)    not null check (kind in ('ADDRESS_CHECK', 'REMINDER', 'NUDGE', 'CHECK_IN', 'URGENT_ALERT')),
  cause_key        varchar(120)   not null,
  recipient        varchar(254)   not null,
  subject          varchar(200)   not null,
  body             text           not null,
  stop_link        varchar(1000),
  status           varchar(9)     not null check (status in ('QUEUED', 'SENDING', 'SENT', 'FAILED', 'UNCERTAIN')),
  attempts         smallint       not null default 0 check (attempts >= 0),
  queued_at        timestamptz    not null,
  next_attempt_at  timestamptz    not null,
  claimed_at       timestamptz,
  sent_at          timestamptz,
  last_error       varchar(300),
  version          bigint         not null default 0,
  primary key (tenant_id, id),
  unique (tenant_id, cause_key),
  check ((status = 'SENT') = (sent_at is not null))
);

create index outbound_mail_due on outbound_mail (tenant_id, next_attempt_at) where status = 'QUEUED';
create index outbound_mail_claimed on outbound_mail (tenant_id, claimed_at) where status = 'SENDING';
create index outbound_mail_latest on outbound_mail (tenant_id, queued_at desc, id desc);

alter table outbound_mail enable row level security;
alter table outbound_mail force row level security;
create policy clinic_isolation on outbound_mail
  using (tenant_id = (select portal_bound_clinic()))
  with check (tenant_id = (select portal_bound_clinic()));
