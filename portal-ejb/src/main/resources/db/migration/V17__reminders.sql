-- The key that signs the links in the portal's mail (stop, confirm an address). One per installation, made by
-- the portal on first start; the links carry the clinic, the patient and an expiry, so a link of one clinic
-- does nothing in another and a changed link is refused.
create table link_signing_key (
  id          smallint     primary key check (id = 1),
  secret      bytea        not null check (length(secret) >= 32),
  created_at  timestamptz  not null
);

-- Each patient's reminders: the times, days and quiet hours they chose (or the defaults of their program),
-- the address they confirmed, and the next moment something is due, which the reminder job finds by index.
create table reminder_plan (
  tenant_id             bigint         not null references clinic (id),
  id                    bigint         not null,
  patient_id            bigint         not null,
  times                 varchar(40)    not null,
  days                  varchar(60)    not null,
  quiet_start           time,
  quiet_end             time,
  nudge_at              time           not null,
  reminders_on          boolean        not null,
  nudge_on              boolean        not null,
  check_in_on           boolean        not null,
  own_choice            boolean        not null,
  address               varchar(254),
  address_confirmed_at  timestamptz,
  address_check_expires timestamptz,
  next_due_at           timestamptz,
  version               bigint         not null default 0,
  primary key (tenant_id, id),
  unique (tenant_id, patient_id),
  foreign key (tenant_id, patient_id) references patient (tenant_id, id),
  check ((quiet_start is null) = (quiet_end is null)),
  check (address_confirmed_at is null or address is not null)
);

create index reminder_plan_due on reminder_plan (tenant_id, next_due_at) where next_due_at is not null;

alter table reminder_plan enable row level security;
alter table reminder_plan force row level security;
create policy clinic_isolation on reminder_plan
  using (tenant_id = (select portal_bound_clinic()))
  with check (tenant_id = (select portal_bound_clinic()));
