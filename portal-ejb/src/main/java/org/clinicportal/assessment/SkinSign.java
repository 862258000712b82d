package org.clinicportal.assessment;

/** Signs that place a lump in the skin rather than deep in a muscle. */
public enum SkinSign {
  CYST,
  SKIN_INFECTION,
  PIMPLE,
  CLOGGED_FOLLICLE,
  FLUID_FILLED,
  TENDER_AT_SURFACE
}
