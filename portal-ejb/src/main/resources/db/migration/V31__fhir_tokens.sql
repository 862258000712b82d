-- How a registered FHIR client reads: it signs a short assertion with its key and trades it for an access token.
--
-- fhir_assertion keeps each assertion's id (jti) until the assertion's own expiry, so that one captured on the
-- way can be played back never again; the primary key makes two copies sent at the same moment count once.
-- fhir_access_token keeps the tokens handed out, by the SHA-256 of the token only: a copy of the table lets no one
-- read. A token names its clinic before its secret part, so that the clinic is bound before the row is looked up.
create table fhir_assertion (
  tenant_id   bigint        not null references clinic (id),
  client      bigint        not null,
  jti         varchar(255)  not null,
  expires_at  timestamptz   not null,
  primary key (tenant_id, client, jti),
  foreign key (tenant_id, client) references fhir_client (tenant_id, id)
);
create index fhir_assertion_expiry on fhir_assertion (tenant_id, client, expires_at);

create table fhir_access_token (
  tenant_id   bigint         not null references clinic (id),
  id          bigint         not null,
  client      bigint         not null,
  token_hash  char(64)       not null unique,
  scopes      varchar(1000)  not null,
  issued_at   timestamptz    not null,
  expires_at  timestamptz    not null check (expires_at > issued_at),
  version     bigint         not null default 0,
  primary key (tenant_id, id),
  foreign key (tenant_id, client) references fhir_client (tenant_id, id)
);
create index fhir_access_token_expiry on fhir_access_token (tenant_id, client, expires_at);

alter table fhir_assertion enable row level security;
alter table fhir_assertion force row level security;
create policy clinic_isolation on fhir_assertion
  using (tenant_id = (select portal_bound_clinic()))
  with check (tenant_id = (select portal_bound_clinic()));

alter table fhir_access_token enable row level security;
alter table fhir_access_token force row level security;
create policy clinic_isolation on fhir_access_token
  using (tenant_id = (select portal_bound_clinic()))
  with check (tenant_id = (select portal_bound_clinic()));
