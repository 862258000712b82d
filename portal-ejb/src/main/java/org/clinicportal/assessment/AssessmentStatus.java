package org.clinicportal.assessment;

/** Whether an assessment is still being written or has been signed and is final. */
public enum AssessmentStatus {
  DRAFT,
  SIGNED
}
