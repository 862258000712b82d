package org.clinicportal.exercise;

/** Which side of the body an exercise is done on. */
public enum BodySide {
  LEFT,
  RIGHT,
  BOTH
}
