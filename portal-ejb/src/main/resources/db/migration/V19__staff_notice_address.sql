-- Where a member of staff wants urgent notices (a patient's safety answer) sent: an address they give themselves.
-- The notice names no patient and no answer; it asks them to sign in.
alter table app_user add column notice_email varchar(254);
