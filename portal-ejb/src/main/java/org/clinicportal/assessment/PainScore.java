package org.clinicportal.assessment;

/** A rating on the 0-10 numeric pain rating scale (0 no pain, 10 worst imaginable). */
public record PainScore(int value) {

  /** The smallest change in low back pain that patients notice as meaningful, in points. */
  public static final int MINIMAL_IMPORTANT_CHANGE = 2;

  public PainScore {
    if (value < 0 || value > 10) {
      throw new IllegalArgumentException(
          "A pain score is a whole number from 0 to 10, not " + value);
    }
  }
}
