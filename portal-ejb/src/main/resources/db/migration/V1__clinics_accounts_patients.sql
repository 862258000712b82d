-- Clinics are the tenants. Every clinic-owned table carries tenant_id in its primary key, and every
-- reference between clinic-owned tables is a (tenant_id, id) pair, so no row can point into another clinic.

create sequence portal_id_seq start with 1000 increment by 50;

create table clinic (
  id          bigint       primary key,
  code        varchar(40)  not null unique check (code ~ '^[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?$'),
  name        varchar(200) not null,
  active      boolean      not null default true,
  time_zone   varchar(60)  not null default 'UTC',
  created_at  timestamptz  not null default now(),
  version     bigint       not null default 0
);

create table platform_admin (
  id             bigint       primary key,
  username       varchar(80)  not null unique,
  display_name   varchar(200) not null,
  password_hash  varchar(400) not null,
  active         boolean      not null default true,
  version        bigint       not null default 0
);

create table app_user (
  tenant_id      bigint       not null references clinic (id),
  id             bigint       not null,
  username       varchar(80)  not null,
  display_name   varchar(200) not null,
  password_hash  varchar(400) not null,
  role           varchar(20)  not null check (role in ('CLINIC_ADMIN', 'THERAPIST', 'PATIENT')),
  active         boolean      not null default true,
  created_at     timestamptz  not null default now(),
  version        bigint       not null default 0,
  primary key (tenant_id, id),
  unique (tenant_id, username)
);

create table therapist (
  tenant_id       bigint      not null references clinic (id),
  id              bigint      not null,
  account_id      bigint      not null,
  profession      varchar(30) not null check (profession in ('CHIROPRACTOR', 'PHYSICAL_THERAPIST', 'MASSAGE_THERAPIST')),
  license_number  varchar(60),
  version         bigint      not null default 0,
  primary key (tenant_id, id),
  unique (tenant_id, account_id),
  foreign key (tenant_id, account_id) references app_user (tenant_id, id)
);

create table patient (
  tenant_id      bigint       not null references clinic (id),
  id             bigint       not null,
  record_number  varchar(30)  not null,
  first_name     varchar(100) not null,
  last_name      varchar(100) not null,
  date_of_birth  date         not null,
  sex            varchar(10)  not null check (sex in ('FEMALE', 'MALE', 'OTHER', 'UNKNOWN')),
  email          varchar(200),
  phone          varchar(40),
  therapist_id   bigint,
  account_id     bigint,
  archived       boolean      not null default false,
  created_at     timestamptz  not null default now(),
  version        bigint       not null default 0,
  primary key (tenant_id, id),
  unique (tenant_id, record_number),
  unique (tenant_id, account_id),
  foreign key (tenant_id, therapist_id) references therapist (tenant_id, id),
  foreign key (tenant_id, account_id) references app_user (tenant_id, id)
);

create index patient_therapist_idx on patient (tenant_id, therapist_id) where not archived;
