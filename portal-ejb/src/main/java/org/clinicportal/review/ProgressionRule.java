package org.clinicportal.review;

import org.clinicportal.exercise.Dosage;

/**
 * The rule a review proposes by, per exercise: step back when a safety question was answered yes
 * (the clinician sees the patient first) or pain rose by {@value #PAIN_RISE} points or more;
 * progress when the patient did at least {@value #ADHERENT_PERCENT} % of the exercise's rounds and
 * pain is not worse; keep the dosage otherwise, and also when the journal tells no pain trend.
 * Progress and step-back change one value of the dosage by one step.
 */
public final class ProgressionRule {

  public static final int ADHERENT_PERCENT = 80;
  public static final int PAIN_RISE = 2;

  static final int HOLD_STEP = 5;
  static final int REPETITION_STEP = 2;
  static final int DURATION_STEP = 30;

  private ProgressionRule() {}

  /** A proposal and the message key of its reason. */
  public record Proposed(Proposal proposal, String reason) {}

  /**
   * @param adherencePercent the share of the exercise's rounds done, or null when none were asked
   *     for yet
   */
  public static Proposed propose(Integer adherencePercent, PainTrend pain, boolean safetyYes) {
    if (safetyYes) {
      return new Proposed(Proposal.STEP_BACK, "review.reason.safety");
    }
    if (pain.isKnown() && pain.change() >= PAIN_RISE) {
      return new Proposed(Proposal.STEP_BACK, "review.reason.painRose");
    }
    if (adherencePercent == null) {
      return new Proposed(Proposal.KEEP, "review.reason.notAskedYet");
    }
    if (adherencePercent < ADHERENT_PERCENT) {
      return new Proposed(Proposal.KEEP, "review.reason.notKeptTo");
    }
    if (!pain.isKnown()) {
      return new Proposed(Proposal.KEEP, "review.reason.noPainTrend");
    }
    if (pain.change() > 0) {
      return new Proposed(Proposal.KEEP, "review.reason.painUpALittle");
    }
    return new Proposed(Proposal.PROGRESS, "review.reason.goingWell");
  }

  /**
   * The dosage a proposal makes of the current one: progress adds to the hold, else the
   * repetitions, else the timed length, else a set; a step back takes from the same value; keep
   * changes nothing. Values stay within the dosage's limits; a dosage already at its limit stays.
   */
  public static Dosage apply(Proposal proposal, Dosage current) {
    return switch (proposal) {
      case KEEP -> current;
      case PROGRESS -> step(current, 1);
      case STEP_BACK -> step(current, -1);
    };
  }

  private static Dosage step(Dosage current, int direction) {
    Dosage.Builder next = current.toBuilder();
    Integer hold =
        stepped(
            current.getHoldSeconds(), direction * HOLD_STEP, HOLD_STEP, Dosage.MAX_HOLD_SECONDS);
    Integer repetitions =
        stepped(current.getRepetitions(), direction * REPETITION_STEP, 1, Dosage.MAX_REPETITIONS);
    Integer duration =
        stepped(
            current.getDurationSeconds(),
            direction * DURATION_STEP,
            DURATION_STEP,
            Dosage.MAX_DURATION_SECONDS);
    Integer sets = stepped(current.getSets(), direction, 1, Dosage.MAX_SETS);
    if (hold != null) {
      next.holdSeconds(hold);
    } else if (repetitions != null) {
      next.repetitions(repetitions);
    } else if (duration != null) {
      next.durationSeconds(duration);
    } else if (sets != null) {
      next.sets(sets);
    } else {
      return current;
    }
    return next.build();
  }

  /**
   * A value moved by a step and held within its limits (never below the least a step back may
   * reach, nor moved against the step); null when it cannot move or is not part of the dosage.
   */
  private static Integer stepped(Integer value, int step, int least, int most) {
    if (value == null) {
      return null;
    }
    int next =
        step > 0 ? Math.min(most, value + step) : Math.max(Math.min(least, value), value + step);
    return (step > 0 ? next <= value : next >= value) ? null : next;
  }
}
