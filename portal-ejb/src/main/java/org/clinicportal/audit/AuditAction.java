package org.clinicportal.audit;

/** What was done to a record. */
public enum AuditAction {
  PATIENT_CREATED,
  PATIENT_CHANGED,
  PATIENT_ARCHIVED,
  PATIENT_RESTORED
}
