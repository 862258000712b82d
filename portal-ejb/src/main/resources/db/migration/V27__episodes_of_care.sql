-- An episode of care: from the first assessment of a complaint to the discharge. Assessments and program versions
-- belong to one; the journal, check-ins and alerts belong to the episode whose days cover them. A patient has at
-- most one open episode; a complaint after a discharge opens a new one.
create table episode (
  tenant_id         bigint         not null references clinic (id),
  id                bigint         not null,
  patient_id        bigint         not null,
  opened_on         date           not null,
  closed_on         date,
  discharge_reason  varchar(20)    check (discharge_reason in ('GOALS_MET', 'REFERRED_ON', 'STOPPED_ATTENDING', 'OTHER')),
  discharge_note    varchar(1000),
  discharged_by     bigint,
  discharged_at     timestamptz,
  version           bigint         not null default 0,
  primary key (tenant_id, id),
  foreign key (tenant_id, patient_id) references patient (tenant_id, id),
  foreign key (tenant_id, discharged_by) references app_user (tenant_id, id),
  check (closed_on is null or closed_on >= opened_on),
  check ((closed_on is null) = (discharge_reason is null)),
  check ((closed_on is null) = (discharged_at is null))
);
create unique index episode_one_open on episode (tenant_id, patient_id) where closed_on is null;
create index episode_of_patient on episode (tenant_id, patient_id, opened_on);
-- The clinic's outcomes read the episodes closed in a period.
create index episode_closed on episode (tenant_id, closed_on) where closed_on is not null;

alter table episode enable row level security;
alter table episode force row level security;
create policy clinic_isolation on episode
  using (tenant_id = (select portal_bound_clinic()))
  with check (tenant_id = (select portal_bound_clinic()));

-- Every patient with an assessment or a program so far has one open episode, from the earliest of them. Row-level
-- security is forced on the owner too (V9): it is lifted while the rows of every clinic are moved.
alter table episode no force row level security;
alter table assessment no force row level security;
alter table home_program no force row level security;

insert into episode (tenant_id, id, patient_id, opened_on)
select tenant_id, nextval('portal_id_seq'), patient_id, min(since)
  from (select tenant_id, patient_id, assessed_on as since from assessment
        union all
        select tenant_id, patient_id, coalesce(starts_on, created_at::date) from home_program) records
 group by tenant_id, patient_id;

alter table assessment add column episode_id bigint;
update assessment a set episode_id = e.id
  from episode e where e.tenant_id = a.tenant_id and e.patient_id = a.patient_id;
alter table assessment alter column episode_id set not null;
alter table assessment add foreign key (tenant_id, episode_id) references episode (tenant_id, id);

alter table home_program add column episode_id bigint;
update home_program p set episode_id = e.id
  from episode e where e.tenant_id = p.tenant_id and e.patient_id = p.patient_id;
alter table home_program alter column episode_id set not null;
alter table home_program add foreign key (tenant_id, episode_id) references episode (tenant_id, id);
create index home_program_of_episode on home_program (tenant_id, episode_id);
create index assessment_of_episode on assessment (tenant_id, episode_id);

alter table episode force row level security;
alter table assessment force row level security;
alter table home_program force row level security;

-- A program ended by a discharge says when, as a replaced one does (V26).
alter table home_program add column ended_at timestamptz;
alter table home_program add constraint home_program_ended_when check ((status = 'ENDED') = (ended_at is not null));
