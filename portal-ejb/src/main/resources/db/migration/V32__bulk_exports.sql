-- Bulk Data exports a FHIR client asked for: of the whole clinic, of a therapist's caseload or of every patient.
-- The files themselves are written to the server's export folder under the export's job id and removed with the
-- row 24 hours after the export finished. A client runs one export at a time: the partial unique index refuses a
-- second while one is queued or running, also when both are asked at the same moment.
create table bulk_export (
  tenant_id      bigint         not null references clinic (id),
  id             bigint         not null,
  job_id         varchar(36)    not null unique,
  client         bigint         not null,
  level          varchar(10)    not null check (level in ('SYSTEM', 'GROUP', 'PATIENT')),
  therapist      bigint,
  types          varchar(1000)  not null,
  request        varchar(2000)  not null,
  status         varchar(10)    not null check (status in ('RUNNING', 'DONE', 'FAILED', 'CANCELLED')),
  requested_at   timestamptz    not null,
  progressed_at  timestamptz    not null,
  patients_done  integer        not null default 0 check (patients_done >= 0),
  patients_all   integer        not null check (patients_all >= 0),
  finished_at    timestamptz,
  output         varchar(2000),
  problem        varchar(500),
  version        bigint         not null default 0,
  primary key (tenant_id, id),
  foreign key (tenant_id, client) references fhir_client (tenant_id, id),
  check ((level = 'GROUP') = (therapist is not null)),
  check ((status = 'RUNNING') = (finished_at is null))
);
create unique index bulk_export_one_running on bulk_export (tenant_id, client) where status = 'RUNNING';
create index bulk_export_finished on bulk_export (tenant_id, finished_at);

alter table bulk_export enable row level security;
alter table bulk_export force row level security;
create policy clinic_isolation on bulk_export
  using (tenant_id = (select portal_bound_clinic()))
  with check (tenant_id = (select portal_bound_clinic()));
