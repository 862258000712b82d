-- The weekly check-in. On the check-in day the portal asks each patient with an active program how many days
-- they exercised that week and what got in the way; the question stays open for a week, is answered from the
-- mail's link or the patient's own page, and the answers show on the chart beside the adherence the log gives.
-- One question per patient and week; answering again before it closes replaces the answer.
create table check_in (
  tenant_id       bigint       not null references clinic (id),
  id              bigint       not null,
  patient_id      bigint       not null,
  program_id      bigint,
  week_ending     date         not null,
  asked_at        timestamptz  not null,
  open_until      timestamptz  not null,
  days_exercised  smallint     check (days_exercised between 0 and 7),
  barrier         varchar(20)
                  check (barrier in ('FORGOT', 'PAIN', 'NO_TIME', 'NOT_SURE_HOW', 'OTHER', 'NOTHING')),
  answered_at     timestamptz,
  version         bigint       not null default 0,
  primary key (tenant_id, id),
  unique (tenant_id, patient_id, week_ending),
  foreign key (tenant_id, patient_id) references patient (tenant_id, id),
  foreign key (tenant_id, program_id) references home_program (tenant_id, id),
  check (open_until > asked_at),
  check ((answered_at is null) = (days_exercised is null)),
  check ((answered_at is null) = (barrier is null))
);

alter table check_in enable row level security;
alter table check_in force row level security;
create policy clinic_isolation on check_in
  using (tenant_id = (select portal_bound_clinic()))
  with check (tenant_id = (select portal_bound_clinic()));
