package org.clinicportal.questionnaire;

/** When in an episode of care a questionnaire is due. */
public enum Occasion {
  /** The start of an episode whose first assessment gave no Oswestry index. */
  EPISODE_START,
  /** A review date of the home program. */
  REVIEW,
  /** The discharge. */
  DISCHARGE
}
