package org.clinicportal.homecare;

/** What became of one round of an exercise on a day. */
public enum LogOutcome {
  DONE,
  SKIPPED
}
