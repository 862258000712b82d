-- What a clinic shows of itself: contact details, a logo and a colour for the page header and handouts.
alter table clinic
  add column address        varchar(300),
  add column phone          varchar(40),
  add column primary_colour varchar(7) not null default '#1f6f78' check (primary_colour ~ '^#[0-9a-f]{6}$'),
  add column logo           bytea check (logo is null or octet_length(logo) <= 524288),
  add column logo_type      varchar(20) check (logo_type is null or logo_type in ('image/png', 'image/jpeg'));
