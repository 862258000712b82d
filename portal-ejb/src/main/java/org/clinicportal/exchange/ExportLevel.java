package org.clinicportal.exchange;

/**
 * What a Bulk Data export covers: the whole clinic ({@code /$export}), one therapist's caseload
 * ({@code /Group/[therapist]/$export}), or every patient ({@code /Patient/$export}), which for the
 * portal is the same set of patients as the clinic's.
 */
public enum ExportLevel {
  SYSTEM,
  GROUP,
  PATIENT
}
