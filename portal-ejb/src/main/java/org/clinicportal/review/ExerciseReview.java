package org.clinicportal.review;

import java.io.Serializable;
import org.clinicportal.exercise.Dosage;

/**
 * One exercise of the reviewed program: its dosage now, the rounds asked for and done since the
 * program started, the proposal with the message key of its reason, and the dosage it proposes.
 *
 * @param percent the share of the rounds done, or null when none were asked for yet
 */
public record ExerciseReview(
    long itemId,
    String exerciseName,
    Dosage current,
    int planned,
    int done,
    Integer percent,
    Proposal proposal,
    String reason,
    Dosage proposed)
    implements Serializable {}
