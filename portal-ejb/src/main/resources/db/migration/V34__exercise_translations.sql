-- An exercise the clinic wrote, in another language than the one it was written in: what a patient who reads
-- that language is shown of it. The built-in routines are translated in the portal's own bundles instead.
create table exercise_translation (
  tenant_id     bigint         not null references clinic (id),
  id            bigint         not null,
  exercise_id   bigint         not null,
  language      text           not null check (language in ('en', 'es', 'de', 'fr', 'pl', 'uk')),
  name          varchar(120)   not null check (length(trim(name)) > 0),
  purpose       varchar(1000)  not null,
  instructions  text           not null,
  cautions      varchar(2000)  not null default '',
  version       bigint         not null default 0,
  primary key (tenant_id, id),
  unique (tenant_id, exercise_id, language),
  foreign key (tenant_id, exercise_id) references exercise (tenant_id, id)
);

alter table exercise_translation enable row level security;
alter table exercise_translation force row level security;
create policy clinic_isolation on exercise_translation
  using (tenant_id = (select portal_bound_clinic()))
  with check (tenant_id = (select portal_bound_clinic()));
