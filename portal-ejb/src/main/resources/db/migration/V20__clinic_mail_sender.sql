-- How a clinic's e-mail introduces itself: the sender's name (the clinic's name when empty) and the address that
-- replies go to (none when empty: replies then reach the portal's own sender address, which nobody reads).
alter table clinic
  add column mail_sender_name varchar(100),
  add column mail_reply_to    varchar(254);
