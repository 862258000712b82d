package org.clinicportal.review;

/** What the therapist makes of a proposal. */
public enum ReviewChoice {
  /** The proposed dosage. */
  ACCEPT,
  /** The dosage as it is now. */
  KEEP_AS_NOW,
  /** The dosage with the values the therapist entered. */
  CHANGE
}
