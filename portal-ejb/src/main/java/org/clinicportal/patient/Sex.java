package org.clinicportal.patient;

/** Sex as recorded on the patient's chart (FHIR administrative gender). */
public enum Sex {
  FEMALE,
  MALE,
  OTHER,
  UNKNOWN
}
