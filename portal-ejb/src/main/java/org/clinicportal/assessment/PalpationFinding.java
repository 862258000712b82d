package org.clinicportal.assessment;

/**
 * What a palpated lump turned out to be. A lump at skin level (a cyst, an infection, a pimple, a
 * clogged follicle) is not a muscle knot: it goes to a physician and is not treated with a home
 * program.
 */
public enum PalpationFinding {
  NO_LUMP,
  DEEP_MUSCLE_KNOT,
  SKIN_LEVEL_LUMP;

  public boolean needsPhysician() {
    return this == SKIN_LEVEL_LUMP;
  }
}
