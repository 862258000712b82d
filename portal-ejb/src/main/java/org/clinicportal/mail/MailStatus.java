package org.clinicportal.mail;

/** Where a message stands. */
public enum MailStatus {
  /** Waiting for its next attempt. */
  QUEUED,
  /** Handed to the mail server by a worker; the outcome is not yet recorded. */
  SENDING,
  /** Accepted by the mail server. */
  SENT,
  /** Refused for good (an address the server will never take), or out of attempts. */
  FAILED,
  /** A worker stopped while sending it: it may have gone, so it is never sent again. */
  UNCERTAIN
}
