package org.clinicportal.assessment;

/** The movements of the lumbar spine whose range is measured, in degrees. */
public enum Movement {
  FLEXION,
  EXTENSION,
  SIDE_BEND_LEFT,
  SIDE_BEND_RIGHT,
  ROTATION_LEFT,
  ROTATION_RIGHT;

  /** The largest range the portal accepts, in degrees. */
  public static final int MAX_DEGREES = 150;
}
