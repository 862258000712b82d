-- What a patient did of their home program: one row per exercise round on a day, done or skipped.
-- A round is one of the exercise's times per day; the same round twice is the same row.
create table exercise_log (
  tenant_id        bigint        not null references clinic (id),
  id               bigint        not null,
  patient_id       bigint        not null,
  program_item_id  bigint        not null,
  performed_on     date          not null,
  round            smallint      not null check (round between 1 and 6),
  outcome          varchar(7)    not null check (outcome in ('DONE', 'SKIPPED')),
  skip_reason      varchar(20)   check (skip_reason in ('PAIN', 'NO_TIME', 'FORGOT', 'UNWELL', 'UNSURE', 'OTHER')),
  recorded_at      timestamptz   not null,
  version          bigint        not null default 0,
  primary key (tenant_id, id),
  unique (tenant_id, program_item_id, performed_on, round),
  foreign key (tenant_id, patient_id) references patient (tenant_id, id),
  foreign key (tenant_id, program_item_id) references program_item (tenant_id, id),
  check ((outcome = 'SKIPPED') = (skip_reason is not null))
);

create index exercise_log_of_patient on exercise_log (tenant_id, patient_id, performed_on);

-- The patient's journal after a session: pain before and after, effort, a note and the safety questions.
-- The submission key makes a repeated submit of the same form one entry.
create table journal_entry (
  tenant_id           bigint         not null references clinic (id),
  id                  bigint         not null,
  patient_id          bigint         not null,
  program_id          bigint,
  session_on          date           not null,
  recorded_at         timestamptz    not null,
  pain_before         smallint       not null check (pain_before between 0 and 10),
  pain_after          smallint       not null check (pain_after between 0 and 10),
  effort              smallint       not null check (effort between 0 and 10),
  note                varchar(1000),
  saddle_numbness     boolean        not null,
  bladder_or_bowel    boolean        not null,
  leg_weakness        boolean        not null,
  fever               boolean        not null,
  submission_key      varchar(36)    not null,
  version             bigint         not null default 0,
  primary key (tenant_id, id),
  unique (tenant_id, patient_id, submission_key),
  foreign key (tenant_id, patient_id) references patient (tenant_id, id),
  foreign key (tenant_id, program_id) references home_program (tenant_id, id)
);

create index journal_entry_of_patient on journal_entry (tenant_id, patient_id, session_on desc, recorded_at desc);

-- Something about a patient's home care that a therapist should look at. The reason key keeps one
-- alert per cause: per journal entry for safety and worsening, per program for no progress, per
-- silent stretch for silence. Levels are the pain the comparison used; the date is the review date
-- for no progress and the last day heard from for silence.
create table patient_alert (
  tenant_id         bigint         not null references clinic (id),
  id                bigint         not null,
  patient_id        bigint         not null,
  kind              varchar(12)    not null check (kind in ('SAFETY', 'WORSENING', 'NO_PROGRESS', 'SILENCE')),
  reason_key        varchar(60)    not null,
  raised_at         timestamptz    not null,
  starting_level    smallint       check (starting_level between 0 and 10),
  pain_level        smallint       check (pain_level between 0 and 10),
  dated             date,
  journal_entry_id  bigint,
  acknowledged_at   timestamptz,
  acknowledged_by   bigint,
  acknowledgement   varchar(500),
  version           bigint         not null default 0,
  primary key (tenant_id, id),
  unique (tenant_id, patient_id, kind, reason_key),
  foreign key (tenant_id, patient_id) references patient (tenant_id, id),
  foreign key (tenant_id, journal_entry_id) references journal_entry (tenant_id, id),
  foreign key (tenant_id, acknowledged_by) references app_user (tenant_id, id),
  check ((acknowledged_at is null) = (acknowledged_by is null)),
  check (acknowledged_at is null or length(trim(acknowledgement)) > 0)
);

create index patient_alert_open on patient_alert (tenant_id, raised_at desc) where acknowledged_at is null;
create index patient_alert_of_patient on patient_alert (tenant_id, patient_id, raised_at desc);
