package org.clinicportal.homecare;

/** Why a therapist is asked to look at a patient, most pressing first. */
public enum AlertKind {
  /** The patient answered yes to a safety question: they were told to seek medical care now. */
  SAFETY,
  /** Pain is up by two points or more over the level the program started from. */
  WORSENING,
  /** The review date has come without pain improving by the smallest important change. */
  NO_PROGRESS,
  /** No journal entry for three days in a row while a program is running. */
  SILENCE;

  public boolean isUrgent() {
    return this == SAFETY;
  }
}
