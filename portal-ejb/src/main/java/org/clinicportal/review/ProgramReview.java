package org.clinicportal.review;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.clinicportal.program.HomeProgram;
import org.clinicportal.program.ProgramPlan;

/**
 * What a review of a patient's active program sees: the period from the program's start to today,
 * how much of it the patient did, how pain went in the journal, how many safety answers were yes,
 * the alerts still open, the change in pain, disability and function from the episode's first to
 * its latest signed assessment (empty with fewer than two), whether a draft of the next version is
 * open (deciding the review replaces what it holds), and a proposal per exercise.
 *
 * @param adherencePercent the share of all rounds asked for that were done, or null when none were
 *     asked for yet
 */
public record ProgramReview(
    long patientId,
    String patientName,
    long programId,
    long programVersion,
    int programNumber,
    String title,
    LocalDate startsOn,
    LocalDate reviewOn,
    LocalDate today,
    Integer adherencePercent,
    PainTrend pain,
    int safetyYes,
    int openAlerts,
    boolean draftOpen,
    List<MeasuredChange> measured,
    List<ExerciseReview> exercises)
    implements Serializable {

  /** Whether the review date has come. */
  public boolean isDue() {
    return reviewOn == null || !today.isBefore(reviewOn);
  }

  public boolean hasTooManyExercises() {
    return exercises.size() > ProgramPlan.MOST_EXERCISES;
  }

  /** The next version's review date unless the therapist names another. */
  public LocalDate nextReviewOn() {
    return today.plusDays(HomeProgram.DEFAULT_REVIEW_DAYS);
  }
}
