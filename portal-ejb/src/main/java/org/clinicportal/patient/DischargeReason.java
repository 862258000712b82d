package org.clinicportal.patient;

/** Why an episode of care ended. */
public enum DischargeReason {
  GOALS_MET,
  REFERRED_ON,
  STOPPED_ATTENDING,
  OTHER
}
