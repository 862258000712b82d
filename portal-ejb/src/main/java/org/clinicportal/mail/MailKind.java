package org.clinicportal.mail;

/** What a message is for. */
public enum MailKind {
  /** Asks a patient to confirm the address before any reminder is sent to it. */
  ADDRESS_CHECK,
  /** Time for the day's exercises. */
  REMINDER,
  /** The gentler evening reminder on a day with nothing logged. */
  NUDGE,
  /** The weekly question of how the week went. */
  CHECK_IN,
  /** Tells a patient the clinic has asked how they are doing, with a link and no question. */
  QUESTIONNAIRE,
  /** Tells a therapist that something in a patient's home care needs them now. */
  URGENT_ALERT,
  /** Tells a member of staff how many other alerts are new and open, counts only. */
  DAILY_DIGEST
}
