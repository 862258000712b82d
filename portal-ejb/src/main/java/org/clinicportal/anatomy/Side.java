package org.clinicportal.anatomy;

/** The patient's side a finding is on. */
public enum Side {
  LEFT,
  RIGHT
}
