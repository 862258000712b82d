package org.clinicportal.assessment;

/**
 * The change of one measure between two assessments, and whether it reaches the smallest change
 * that matters. For pain and disability lower is better; for function higher is better.
 */
public record Progress(
    double before, double after, double minimalImportantChange, boolean higherIsBetter) {

  /** How a change is read. */
  public enum Reading {
    IMPROVED,
    UNCHANGED,
    WORSE
  }

  public static Progress ofPain(PainScore before, PainScore after) {
    return new Progress(before.value(), after.value(), PainScore.MINIMAL_IMPORTANT_CHANGE, false);
  }

  public static Progress ofDisability(double oswestryBefore, double oswestryAfter) {
    return new Progress(
        oswestryBefore, oswestryAfter, OswestryIndex.MINIMAL_IMPORTANT_CHANGE, false);
  }

  public static Progress ofFunction(double scaleBefore, double scaleAfter) {
    return new Progress(scaleBefore, scaleAfter, FunctionalScale.MINIMAL_IMPORTANT_CHANGE, true);
  }

  /** After minus before. */
  public double change() {
    return after - before;
  }

  public Reading reading() {
    double gain = higherIsBetter ? change() : -change();
    if (gain >= minimalImportantChange) {
      return Reading.IMPROVED;
    }
    if (-gain >= minimalImportantChange) {
      return Reading.WORSE;
    }
    return Reading.UNCHANGED;
  }
}
