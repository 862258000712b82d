package org.clinicportal.program;

/**
 * Where a version of a program stands: being written, the one the patient follows, replaced by a
 * later version, or ended.
 */
public enum ProgramStatus {
  DRAFT,
  ACTIVE,
  SUPERSEDED,
  ENDED
}
