package org.clinicportal.patient;

/** The orders a patient list can be shown in. */
public enum PatientSort {
  NAME,
  RECORD_NUMBER,
  DATE_OF_BIRTH
}
