-- The sign-in attempts of each address in the last quarter of an hour, which the address throttle counts. In the
-- database, so that every server of the portal counts the same attempts. Holds no clinic's data: no tenant and no
-- row-level security; rows older than the window are removed as new attempts come.
create table sign_in_attempt (
  id            bigint       generated always as identity primary key,
  address       varchar(64)  not null,
  attempted_at  timestamptz  not null
);

create index sign_in_attempt_address on sign_in_attempt (address, attempted_at);
create index sign_in_attempt_time on sign_in_attempt (attempted_at);
