package org.clinicportal.assessment;

import java.util.List;

/**
 * Whether a home program may start for a patient, judged on their latest signed assessment: red
 * flags or a skin-level finding referred to a physician hold it back until a documented clearance.
 *
 * @param blockers message keys of what holds the program back; empty when it may start
 * @param assessmentId the latest signed assessment judged, or null when there is none
 */
public record ProgramReadiness(List<String> blockers, Long assessmentId) {

  public static final String RED_FLAGS = "readiness.redFlags";
  public static final String SKIN_LEVEL = "readiness.skinLevel";

  public ProgramReadiness {
    blockers = List.copyOf(blockers);
  }

  /** Judges the latest signed assessment and whether a clearance covers it. */
  static ProgramReadiness of(Assessment latest, boolean cleared) {
    if (latest == null) {
      return new ProgramReadiness(List.of(), null);
    }
    if (cleared || !latest.needsMedicalReview()) {
      return new ProgramReadiness(List.of(), latest.getId());
    }
    List<String> blockers = new java.util.ArrayList<>();
    if (latest.redFlagScreen().needsMedicalReview()) {
      blockers.add(RED_FLAGS);
    }
    if (latest.getPalpationFinding() != null && latest.getPalpationFinding().needsPhysician()) {
      blockers.add(SKIN_LEVEL);
    }
    return new ProgramReadiness(blockers, latest.getId());
  }

  public boolean mayStart() {
    return blockers.isEmpty();
  }
}
