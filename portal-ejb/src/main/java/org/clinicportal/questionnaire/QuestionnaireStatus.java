package org.clinicportal.questionnaire;

/** Where a questionnaire stands on a day, as the chart lists it. */
public enum QuestionnaireStatus {
  /** Due later; not open yet. */
  WAITING,
  /** Open, and the patient has not begun. */
  OPEN,
  /** Open, and the patient answered some of it. */
  STARTED,
  SENT,
  /** No longer asked: the review it served moved. */
  WITHDRAWN,
  /** Closed without being sent. */
  UNANSWERED
}
