package org.clinicportal.exchange;

/** Where a Bulk Data export stands. */
public enum ExportStatus {
  RUNNING,
  DONE,
  FAILED,
  CANCELLED
}
