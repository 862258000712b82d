package org.clinicportal.web.review;

import java.io.Serializable;
import org.clinicportal.exercise.Dosage;
import org.clinicportal.review.ExerciseReview;
import org.clinicportal.review.ReviewChoice;
import org.clinicportal.review.ReviewDecision;

/**
 * One exercise of the review as the page shows it: the proposal, and the therapist's choice with
 * the values of a changed dosage, filled in with the proposed ones.
 */
public class DecisionRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private final ExerciseReview exercise;
  private ReviewChoice choice = ReviewChoice.ACCEPT;
  private Integer sets;
  private Integer repetitions;
  private Integer holdSeconds;
  private Integer durationSeconds;

  DecisionRow(ExerciseReview exercise) {
    this.exercise = exercise;
    Dosage proposed = exercise.proposed();
    sets = proposed.getSets();
    repetitions = proposed.getRepetitions();
    holdSeconds = proposed.getHoldSeconds();
    durationSeconds = proposed.getDurationSeconds();
  }

  ReviewDecision decision() {
    boolean changed = choice == ReviewChoice.CHANGE;
    return new ReviewDecision(
        exercise.itemId(),
        choice,
        changed ? sets : null,
        changed ? repetitions : null,
        changed ? holdSeconds : null,
        changed ? durationSeconds : null);
  }

  public ExerciseReview getExercise() {
    return exercise;
  }

  public ReviewChoice getChoice() {
    return choice;
  }

  public void setChoice(ReviewChoice choice) {
    this.choice = choice;
  }

  public Integer getSets() {
    return sets;
  }

  public void setSets(Integer sets) {
    this.sets = sets;
  }

  public Integer getRepetitions() {
    return repetitions;
  }

  public void setRepetitions(Integer repetitions) {
    this.repetitions = repetitions;
  }

  public Integer getHoldSeconds() {
    return holdSeconds;
  }

  public void setHoldSeconds(Integer holdSeconds) {
    this.holdSeconds = holdSeconds;
  }

  public Integer getDurationSeconds() {
    return durationSeconds;
  }

  public void setDurationSeconds(Integer durationSeconds) {
    this.durationSeconds = durationSeconds;
  }
}
