package org.clinicportal.review;

/** What the review proposes for an exercise in the program's next version. */
public enum Proposal {
  /** More load, repetitions or hold: the patient kept to it and pain is not worse. */
  PROGRESS,
  /** The same dosage. */
  KEEP,
  /** Less: pain rose, or a safety question was answered yes (which needs the clinician first). */
  STEP_BACK
}
