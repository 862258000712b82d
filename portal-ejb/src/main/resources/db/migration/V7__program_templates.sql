-- A clinic's saved programs ("QL release and core"), started from and then edited for each patient.

create table program_template (
  tenant_id    bigint        not null references clinic (id),
  id           bigint        not null,
  name         varchar(120)  not null,
  created_by   bigint        not null,
  created_at   timestamptz   not null,
  version      bigint        not null default 0,
  primary key (tenant_id, id),
  unique (tenant_id, name),
  foreign key (tenant_id, created_by) references app_user (tenant_id, id)
);

create table program_template_item (
  tenant_id         bigint       not null references clinic (id),
  id                bigint       not null,
  template_id       bigint       not null,
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
  foreign key (tenant_id, template_id) references program_template (tenant_id, id) on delete cascade,
  foreign key (tenant_id, exercise_id) references exercise (tenant_id, id),
  check (repetitions is not null or hold_seconds is not null or duration_seconds is not null)
);

create index program_template_item_of on program_template_item (tenant_id, template_id);
