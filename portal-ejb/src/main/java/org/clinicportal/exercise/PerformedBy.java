package org.clinicportal.exercise;

/** Who carries an exercise out: the patient at home, or the therapist in the clinic. */
public enum PerformedBy {
  PATIENT,
  THERAPIST
}
