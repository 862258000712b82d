package org.clinicportal.assessment;

/** What the patient thinks brought the pain on. */
public enum OnsetCause {
  STRAIN,
  INACTIVITY,
  POSTURE,
  REPETITIVE_MOTION,
  OTHER
}
