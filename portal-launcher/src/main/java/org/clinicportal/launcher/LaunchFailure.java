package org.clinicportal.launcher;

/** A reason the portal cannot start, told in one sentence that says what to do about it. */
final class LaunchFailure extends Exception {
  private static final long serialVersionUID = 1L;

  LaunchFailure(String sentence) {
    super(sentence);
  }
}
