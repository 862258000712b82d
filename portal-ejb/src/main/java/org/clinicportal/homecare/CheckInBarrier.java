package org.clinicportal.homecare;

/** What got in the way of exercising in a week, as the patient answers the weekly check-in. */
public enum CheckInBarrier {
  FORGOT,
  PAIN,
  NO_TIME,
  NOT_SURE_HOW,
  OTHER,
  /** Nothing got in the way. */
  NOTHING
}
