-- The questionnaires a patient fills in between visits: the pain scale, the Oswestry Disability Index and the
-- patient's own functional-scale activities. One is due at the start of an episode whose first assessment gave no
-- Oswestry index, one at each review date of the home program, and one at discharge; at most one per episode,
-- occasion and day. The patient answers one section at a time and may leave and come back: the answers so far and
-- the screen reached are kept until the questionnaire is sent, and nothing changes after that.
create table questionnaire (
  tenant_id            bigint        not null references clinic (id),
  id                   bigint        not null,
  patient_id           bigint        not null,
  episode_id           bigint        not null,
  program_id           bigint,
  occasion             varchar(20)   not null check (occasion in ('EPISODE_START', 'REVIEW', 'DISCHARGE')),
  due_on               date          not null,
  opens_on             date          not null,
  closes_on            date          not null,
  screen               smallint      not null default 0 check (screen between 0 and 12),
  pain_now             smallint      check (pain_now between 0 and 10),
  odi_pain_intensity   smallint      check (odi_pain_intensity between 0 and 5),
  odi_personal_care    smallint      check (odi_personal_care between 0 and 5),
  odi_lifting          smallint      check (odi_lifting between 0 and 5),
  odi_walking          smallint      check (odi_walking between 0 and 5),
  odi_sitting          smallint      check (odi_sitting between 0 and 5),
  odi_standing         smallint      check (odi_standing between 0 and 5),
  odi_sleeping         smallint      check (odi_sleeping between 0 and 5),
  odi_sex_life         smallint      check (odi_sex_life between 0 and 5),
  odi_social_life      smallint      check (odi_social_life between 0 and 5),
  odi_travelling       smallint      check (odi_travelling between 0 and 5),
  sent_at              timestamptz,
  withdrawn_at         timestamptz,
  created_at           timestamptz   not null,
  version              bigint        not null default 0,
  primary key (tenant_id, id),
  unique (tenant_id, episode_id, occasion, due_on),
  foreign key (tenant_id, patient_id) references patient (tenant_id, id),
  foreign key (tenant_id, episode_id) references episode (tenant_id, id),
  foreign key (tenant_id, program_id) references home_program (tenant_id, id),
  check (opens_on <= due_on and due_on <= closes_on),
  check (sent_at is null or withdrawn_at is null),
  check (occasion <> 'REVIEW' or program_id is not null)
);
-- The patient's open questionnaires and the chart's list read a patient's by day.
create index questionnaire_of_patient on questionnaire (tenant_id, patient_id, due_on);

-- The functional-scale activities the assessment chose, copied when the questionnaire becomes due, and the
-- patient's rating of each (0 unable to 10 as before the problem).
create table questionnaire_activity (
  tenant_id         bigint        not null references clinic (id),
  id                bigint        not null,
  questionnaire_id  bigint        not null,
  position          smallint      not null check (position between 1 and 5),
  name              varchar(200)  not null,
  rating            smallint      check (rating between 0 and 10),
  version           bigint        not null default 0,
  primary key (tenant_id, id),
  unique (tenant_id, questionnaire_id, position),
  foreign key (tenant_id, questionnaire_id) references questionnaire (tenant_id, id) on delete cascade
);

alter table questionnaire enable row level security;
alter table questionnaire force row level security;
create policy clinic_isolation on questionnaire
  using (tenant_id = (select portal_bound_clinic()))
  with check (tenant_id = (select portal_bound_clinic()));

alter table questionnaire_activity enable row level security;
alter table questionnaire_activity force row level security;
create policy clinic_isolation on questionnaire_activity
  using (tenant_id = (select portal_bound_clinic()))
  with check (tenant_id = (select portal_bound_clinic()));

-- A due questionnaire is announced by mail when the patient takes weekly questions by mail: a link, no question.
alter table outbound_mail drop constraint outbound_mail_kind_check;
alter table outbound_mail add constraint outbound_mail_kind_check
  check (kind in ('ADDRESS_CHECK', 'REMINDER', 'NUDGE', 'CHECK_IN', 'URGENT_ALERT', 'DAILY_DIGEST', 'QUESTIONNAIRE'));
