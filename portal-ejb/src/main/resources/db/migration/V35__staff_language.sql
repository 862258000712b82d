-- The language a member of staff chose to read the portal in, and in which their own notices are
-- written (none: the clinic's). The tags are those of org.clinicportal.platform.Language.
alter table app_user add column language text
  constraint app_user_language check (language in ('en', 'es', 'de', 'fr', 'pl', 'uk'));
