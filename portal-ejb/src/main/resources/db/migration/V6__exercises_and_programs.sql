-- The exercise library and home programs. Each clinic holds its own copy of the built-in exercises (marked by
-- builtin_code, which may be hidden but not changed) beside the exercises it adds itself.

create table exercise (
  tenant_id       bigint        not null references clinic (id),
  id              bigint        not null,
  builtin_code    varchar(40),
  name            varchar(120)  not null,
  kind            varchar(12)   not null check (kind in ('RELEASE', 'STRETCH', 'STRENGTHEN')),
  performed_by    varchar(10)   not null check (performed_by in ('PATIENT', 'THERAPIST')),
  purpose         varchar(1000) not null,
  instructions    text          not null,
  cautions        varchar(2000) not null default '',
  muscles         varchar(300)  not null default '',
  equipment       varchar(200)  not null default '',
  image           bytea         check (image is null or octet_length(image) <= 524288),
  image_type      varchar(20)   check (image_type is null or image_type in ('image/png', 'image/jpeg')),
  hidden          boolean       not null default false,
  default_sets          smallint,
  default_repetitions   smallint,
  default_hold_seconds  smallint,
  default_duration_seconds smallint,
  default_rest_seconds  smallint,
  default_times_per_day smallint not null default 1,
  default_days_per_week smallint not null default 7,
  created_at      timestamptz   not null default now(),
  version         bigint        not null default 0,
  primary key (tenant_id, id),
  unique (tenant_id, builtin_code)
);

create index exercise_listing on exercise (tenant_id, hidden, kind, name);

-- A patient's home program. Changing an active program writes a new version; earlier ones stay readable.
create table home_program (
  tenant_id       bigint        not null references clinic (id),
  id              bigint        not null,
  patient_id      bigint        not null,
  number          integer       not null check (number > 0),
  status          varchar(10)   not null check (status in ('DRAFT', 'ACTIVE', 'SUPERSEDED', 'ENDED')),
  title           varchar(120)  not null,
  starts_on       date,
  review_on       date,
  assessment_id   bigint,
  previous_id     bigint,
  prescribed_by   bigint        not null,
  activated_at    timestamptz,
  created_at      timestamptz   not null,
  version         bigint        not null default 0,
  primary key (tenant_id, id),
  unique (tenant_id, patient_id, number),
  foreign key (tenant_id, patient_id) references patient (tenant_id, id),
  foreign key (tenant_id, assessment_id) references assessment (tenant_id, id),
  foreign key (tenant_id, previous_id) references home_program (tenant_id, id),
  foreign key (tenant_id, prescribed_by) references app_user (tenant_id, id),
  check (status = 'DRAFT' or (starts_on is not null and review_on is not null and review_on > starts_on))
);

-- At most one program of a patient is active at a time.
create unique index home_program_one_active on home_program (tenant_id, patient_id) where status = 'ACTIVE';

create table program_item (
  tenant_id         bigint       not null references clinic (id),
  id                bigint       not null,
  program_id        bigint       not null,
  position          smallint     not null,
  phase             varchar(12)  not null check (phase in ('RELEASE', 'STRETCH', 'STRENGTHEN')),
  exercise_id       bigint       not null,
  sets              smallint     check (sets between 1 and 10),
  repetitions       smallint     check (repetitions between 1 and 100),
  hold_seconds      smallint     check (hold_seconds between 1 and 120),
  duration_seconds  smallint     check (duration_seconds between 1 and 1800),
  rest_seconds      smallint     check (rest_seconds between 0 and 600),
  times_per_day     smallint     not null check (times_per_day between 1 and 6),
  days_per_week     smallint     not null check (days_per_week between 1 and 7),
  side              varchar(5)   not null check (side in ('LEFT', 'RIGHT', 'BOTH')),
  load              varchar(100),
  notes             varchar(500),
  version           bigint       not null default 0,
  primary key (tenant_id, id),
  foreign key (tenant_id, program_id) references home_program (tenant_id, id) on delete cascade,
  foreign key (tenant_id, exercise_id) references exercise (tenant_id, id),
  check (repetitions is not null or hold_seconds is not null or duration_seconds is not null)
);

create index program_item_of on program_item (tenant_id, program_id);
