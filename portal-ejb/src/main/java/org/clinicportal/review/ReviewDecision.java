package org.clinicportal.review;

import java.io.Serializable;
import org.clinicportal.exercise.Dosage;

/**
 * The therapist's decision on one exercise. For {@link ReviewChoice#CHANGE}, the sets, repetitions,
 * hold and timed length entered replace those of the current dosage (an empty value leaves that
 * part out); the rest of the dosage stays.
 */
public record ReviewDecision(
    long itemId,
    ReviewChoice choice,
    Integer sets,
    Integer repetitions,
    Integer holdSeconds,
    Integer durationSeconds)
    implements Serializable {

  /** The therapist's own values on the current dosage, not yet checked. */
  Dosage.Builder changed(Dosage current) {
    return current.toBuilder()
        .sets(sets)
        .repetitions(repetitions)
        .holdSeconds(holdSeconds)
        .durationSeconds(durationSeconds);
  }
}
