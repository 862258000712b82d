-- The language a clinic's pages and mails use, and the one a patient chose for themselves (none: the
-- clinic's). The tags are those of org.clinicportal.platform.Language.
alter table clinic add column language text not null default 'en'
  constraint clinic_language check (language in ('en', 'es', 'de', 'fr', 'pl', 'uk'));

alter table patient add column language text
  constraint patient_language check (language in ('en', 'es', 'de', 'fr', 'pl', 'uk'));

-- Patients sort by name as people expect: a letter with a mark sorts with its plain letter (Łukasz among
-- the L, Müller among the M, Ørsted among the O); other alphabets, such as Cyrillic, follow the Latin one,
-- each in its own order. The key stays in the C collation, whose comparisons row-level security lets an
-- index serve, so the folding is done by translate(), letter by letter, for the Latin letters of European
-- names.
alter table patient
  add column sort_key text collate "C" generated always as (lower(translate(
    last_name || ' ' || first_name,
    'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõöøùúûüý'
    || 'þÿĀāĂăĄąĆćĈĉĊċČčĎďĐđĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħĨĩĪīĬĭĮįİıĴĵĶķĹĺĻļ'
    || 'ĽľĿŀŁłŃńŅņŇňŌōŎŏŐőŒœŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽ'
    || 'žȘșȚț',
    'AAAAAAACEEEEIIIIDNOOOOOOUUUUYTsaaaaaaaceeeeiiiidnoooooouuuuy'
    || 'tyAaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiJjKkLlLl'
    || 'LlLlLlNnNnNnOoOoOoOoRrRrRrSsSsSsSsTtTtUuUuUuUuUuUuWwYyYZzZzZ'
    || 'zSsTt'))) stored;

create index patient_sort_key on patient (tenant_id, sort_key);
