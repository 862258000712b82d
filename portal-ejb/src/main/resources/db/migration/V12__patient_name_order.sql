-- A patient list in name order sorts by the surname key (last name, then first name, in lower case) and then the
-- id. One index holds that order: the plain list reads its page from it, and a search by the start of a last
-- name reads only the page's rows of its range, however many patients of the clinic share the name.
drop index patient_list_order;
drop index patient_surname_key;
create index patient_surname_order on patient (tenant_id, surname_key, id);
