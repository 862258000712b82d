-- A clinic address that urgent notices go to as well as the patient's therapist (a front desk that answers the
-- phone while the therapist treats), and each member of staff's choice of a daily summary of the other alerts.
-- Both messages name no patient and no answer: the notice asks to sign in, the summary gives counts.
alter table clinic add column urgent_notice_email varchar(254);
alter table app_user add column daily_digest boolean not null default false;

alter table outbound_mail drop constraint outbound_mail_kind_check;
alter table outbound_mail add constraint outbound_mail_kind_check
  check (kind in ('ADDRESS_CHECK', 'REMINDER', 'NUDGE', 'CHECK_IN', 'URGENT_ALERT', 'DAILY_DIGEST'));
