package org.clinicportal.exercise;

/** What an exercise does, in the order a program usually takes them. */
public enum ExerciseKind {
  RELEASE,
  STRETCH,
  STRENGTHEN
}
