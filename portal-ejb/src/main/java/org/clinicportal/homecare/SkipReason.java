package org.clinicportal.homecare;

/** Why a patient left out a round of an exercise; a therapist reads these beside adherence. */
public enum SkipReason {
  PAIN,
  NO_TIME,
  FORGOT,
  UNWELL,
  UNSURE,
  OTHER
}
