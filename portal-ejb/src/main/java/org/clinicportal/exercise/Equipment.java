package org.clinicportal.exercise;

/** What an exercise needs besides the patient. */
public enum Equipment {
  QL_RELEASE_TOOL,
  MASSAGE_BALL,
  WALL,
  MAT,
  BENCH,
  WEIGHT
}
