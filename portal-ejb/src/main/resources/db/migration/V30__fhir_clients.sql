-- Software a clinic lets read its records through the FHIR API (SMART Backend Services): registered by a clinic
-- administrator with its public keys and the scopes it may ask for, revoked by one, and marked when last used.
-- The client id the portal gives starts with the clinic's code, so that a token request names its clinic before
-- anything of the clinic is read.
create table fhir_client (
  tenant_id      bigint         not null references clinic (id),
  id             bigint         not null,
  client_id      varchar(100)   not null unique,
  name           varchar(100)   not null check (length(trim(name)) > 0),
  public_keys    text           not null,
  scopes         varchar(1000)  not null,
  registered_by  bigint         not null,
  registered_at  timestamptz    not null,
  revoked_by     bigint,
  revoked_at     timestamptz,
  last_used_at   timestamptz,
  version        bigint         not null default 0,
  primary key (tenant_id, id),
  foreign key (tenant_id, registered_by) references app_user (tenant_id, id),
  foreign key (tenant_id, revoked_by) references app_user (tenant_id, id),
  check ((revoked_at is null) = (revoked_by is null))
);
create index fhir_client_of_clinic on fhir_client (tenant_id, registered_at);

alter table fhir_client enable row level security;
alter table fhir_client force row level security;
create policy clinic_isolation on fhir_client
  using (tenant_id = (select portal_bound_clinic()))
  with check (tenant_id = (select portal_bound_clinic()));
