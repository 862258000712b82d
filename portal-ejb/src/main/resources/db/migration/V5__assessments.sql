-- Trigger-point assessments of the lower back. A signed assessment never changes: a correction is a new row
-- that amends it, and the triggers below refuse any change to a signed row or to the findings it holds.

create table assessment (
  tenant_id           bigint        not null references clinic (id),
  id                  bigint        not null,
  patient_id          bigint        not null,
  examiner_id         bigint        not null,
  assessed_on         date          not null,
  status              varchar(10)   not null check (status in ('DRAFT', 'SIGNED')),
  signed_at           timestamptz,
  signed_by_id        bigint,
  amends_id           bigint,
  amendment_reason    varchar(1000),
  amendment_changes   text,
  pain_location       varchar(300),
  symptoms_since      date,
  onset_cause         varchar(20)   check (onset_cause in ('STRAIN', 'INACTIVITY', 'POSTURE', 'REPETITIVE_MOTION', 'OTHER')),
  onset_note          varchar(500),
  pain_now            smallint      check (pain_now between 0 and 10),
  pain_worst          smallint      check (pain_worst between 0 and 10),
  red_flag_answers    varchar(600)  not null default '',
  red_flag_note       varchar(1000),
  palpation_finding   varchar(20)   check (palpation_finding in ('NO_LUMP', 'DEEP_MUSCLE_KNOT', 'SKIN_LEVEL_LUMP')),
  skin_signs          varchar(200)  not null default '',
  physician_referral  varchar(1000),
  rom_flexion             smallint check (rom_flexion between 0 and 150),
  rom_extension           smallint check (rom_extension between 0 and 150),
  rom_side_bend_left      smallint check (rom_side_bend_left between 0 and 150),
  rom_side_bend_right     smallint check (rom_side_bend_right between 0 and 150),
  rom_rotation_left       smallint check (rom_rotation_left between 0 and 150),
  rom_rotation_right      smallint check (rom_rotation_right between 0 and 150),
  pain_on_flexion         boolean  not null default false,
  pain_on_extension       boolean  not null default false,
  pain_on_side_bend_left  boolean  not null default false,
  pain_on_side_bend_right boolean  not null default false,
  pain_on_rotation_left   boolean  not null default false,
  pain_on_rotation_right  boolean  not null default false,
  odi_pain_intensity  smallint check (odi_pain_intensity between 0 and 5),
  odi_personal_care   smallint check (odi_personal_care between 0 and 5),
  odi_lifting         smallint check (odi_lifting between 0 and 5),
  odi_walking         smallint check (odi_walking between 0 and 5),
  odi_sitting         smallint check (odi_sitting between 0 and 5),
  odi_standing        smallint check (odi_standing between 0 and 5),
  odi_sleeping        smallint check (odi_sleeping between 0 and 5),
  odi_sex_life        smallint check (odi_sex_life between 0 and 5),
  odi_social_life     smallint check (odi_social_life between 0 and 5),
  odi_travelling      smallint check (odi_travelling between 0 and 5),
  summary             varchar(4000),
  created_at          timestamptz   not null,
  version             bigint        not null default 0,
  primary key (tenant_id, id),
  unique (tenant_id, amends_id),
  foreign key (tenant_id, patient_id) references patient (tenant_id, id),
  foreign key (tenant_id, examiner_id) references app_user (tenant_id, id),
  foreign key (tenant_id, signed_by_id) references app_user (tenant_id, id),
  foreign key (tenant_id, amends_id) references assessment (tenant_id, id),
  check ((status = 'SIGNED') = (signed_at is not null and signed_by_id is not null)),
  check (amends_id is null or amendment_reason is not null)
);

create index assessment_patient on assessment (tenant_id, patient_id, assessed_on desc, id desc);

create table assessment_trigger_point (
  tenant_id            bigint       not null references clinic (id),
  id                   bigint       not null,
  assessment_id        bigint       not null,
  position             smallint     not null,
  muscle               varchar(30)  not null check (muscle in ('QUADRATUS_LUMBORUM', 'GLUTEUS_MEDIUS', 'GLUTEUS_MINIMUS',
                                      'PIRIFORMIS', 'ILIOPSOAS', 'ERECTOR_SPINAE', 'MULTIFIDUS')),
  side                 varchar(5)   not null check (side in ('LEFT', 'RIGHT')),
  deep_medial          boolean      not null default false,
  taut_band            boolean      not null,
  hypersensitive_spot  boolean      not null,
  referred_pain        boolean      not null,
  referred_to          varchar(300),
  local_twitch         boolean      not null,
  jump_sign            boolean      not null,
  familiar_pain        boolean      not null,
  note                 varchar(500),
  version              bigint       not null default 0,
  primary key (tenant_id, id),
  foreign key (tenant_id, assessment_id) references assessment (tenant_id, id) on delete cascade,
  check (not referred_pain or referred_to is not null),
  check (not deep_medial or muscle = 'QUADRATUS_LUMBORUM')
);

create index assessment_trigger_point_of on assessment_trigger_point (tenant_id, assessment_id);

create table assessment_activity (
  tenant_id      bigint       not null references clinic (id),
  id             bigint       not null,
  assessment_id  bigint       not null,
  position       smallint     not null,
  name           varchar(200) not null,
  rating         smallint     not null check (rating between 0 and 10),
  version        bigint       not null default 0,
  primary key (tenant_id, id),
  foreign key (tenant_id, assessment_id) references assessment (tenant_id, id) on delete cascade
);

create index assessment_activity_of on assessment_activity (tenant_id, assessment_id);

-- Points and pain areas marked on the body chart, in the drawing's own coordinates (300 x 400).
create table assessment_mark (
  tenant_id      bigint       not null references clinic (id),
  id             bigint       not null,
  assessment_id  bigint       not null,
  position       smallint     not null,
  kind           varchar(15)  not null check (kind in ('TRIGGER_POINT', 'PAIN_AREA')),
  x              numeric(5,1) not null check (x between 0 and 300),
  y              numeric(5,1) not null check (y between 0 and 400),
  site           varchar(40)  not null,
  version        bigint       not null default 0,
  primary key (tenant_id, id),
  foreign key (tenant_id, assessment_id) references assessment (tenant_id, id) on delete cascade
);

create index assessment_mark_of on assessment_mark (tenant_id, assessment_id);

-- A documented decision that a patient whose assessment raised red flags or a skin-level finding may start
-- a home program: who decided, when, and on what grounds.
create table medical_clearance (
  tenant_id      bigint        not null references clinic (id),
  id             bigint        not null,
  assessment_id  bigint        not null,
  cleared_by_id  bigint        not null,
  cleared_at     timestamptz   not null,
  note           varchar(2000) not null check (length(trim(note)) > 0),
  version        bigint        not null default 0,
  primary key (tenant_id, id),
  unique (tenant_id, assessment_id),
  foreign key (tenant_id, assessment_id) references assessment (tenant_id, id),
  foreign key (tenant_id, cleared_by_id) references app_user (tenant_id, id)
);

create function assessment_signed_is_final() returns trigger language plpgsql as $$
begin
  if old.status = 'SIGNED' then
    raise exception 'assessment % is signed and cannot be changed', old.id;
  end if;
  return case when tg_op = 'DELETE' then old else new end;
end;
$$;

create trigger assessment_signed_final
  before update or delete on assessment
  for each row execute function assessment_signed_is_final();

create function assessment_finding_of_draft() returns trigger language plpgsql as $$
declare
  row_of_assessment record;
begin
  row_of_assessment := case when tg_op = 'DELETE' then old else new end;
  if exists (select 1 from assessment a
             where a.tenant_id = row_of_assessment.tenant_id
               and a.id = row_of_assessment.assessment_id
               and a.status = 'SIGNED') then
    raise exception 'the findings of signed assessment % cannot be changed', row_of_assessment.assessment_id;
  end if;
  return row_of_assessment;
end;
$$;

create trigger assessment_trigger_point_of_draft
  before insert or update or delete on assessment_trigger_point
  for each row execute function assessment_finding_of_draft();

create trigger assessment_activity_of_draft
  before insert or update or delete on assessment_activity
  for each row execute function assessment_finding_of_draft();

create trigger assessment_mark_of_draft
  before insert or update or delete on assessment_mark
  for each row execute function assessment_finding_of_draft();
