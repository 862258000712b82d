package org.clinicportal.assessment;

/** The patient's side a finding is on. */
public enum Side {
  LEFT,
  RIGHT
}
