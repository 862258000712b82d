package org.clinicportal.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.clinicportal.exercise.BodySide;
import org.clinicportal.exercise.Dosage;
import org.junit.jupiter.api.Test;

class ProgressionRuleTest {

  private static final PainTrend BETTER = new PainTrend(6, 4);
  private static final PainTrend SAME = new PainTrend(5, 5);
  private static final PainTrend A_LITTLE_WORSE = new PainTrend(4, 5);
  private static final PainTrend WORSE = new PainTrend(4, 6);
  private static final PainTrend UNKNOWN = PainTrend.of(List.of(5));

  @Test
  void progressNeedsEightyPercentAndPainNotWorse() {
    assertEquals(Proposal.PROGRESS, propose(80, SAME));
    assertEquals(Proposal.PROGRESS, propose(100, BETTER));
    assertEquals(Proposal.KEEP, propose(79, BETTER));
    assertEquals(Proposal.KEEP, propose(95, A_LITTLE_WORSE));
    assertEquals(Proposal.KEEP, propose(95, UNKNOWN));
    assertEquals(Proposal.KEEP, propose(null, BETTER));
  }

  @Test
  void painUpByTwoOrASafetyYesStepsBackWhateverTheAdherence() {
    assertEquals(Proposal.STEP_BACK, propose(100, WORSE));
    assertEquals(Proposal.STEP_BACK, propose(10, WORSE));
    ProgressionRule.Proposed safety = ProgressionRule.propose(100, BETTER, true);
    assertEquals(Proposal.STEP_BACK, safety.proposal());
    assertEquals("review.reason.safety", safety.reason());
    assertEquals("review.reason.painRose", ProgressionRule.propose(100, WORSE, false).reason());
  }

  @Test
  void aStepChangesTheHoldFirstThenRepetitionsThenTimeThenSets() {
    Dosage held = dosage().sets(3).repetitions(5).holdSeconds(30).build();
    assertEquals(35, ProgressionRule.apply(Proposal.PROGRESS, held).getHoldSeconds());
    assertEquals(5, ProgressionRule.apply(Proposal.PROGRESS, held).getRepetitions());
    assertEquals(25, ProgressionRule.apply(Proposal.STEP_BACK, held).getHoldSeconds());
    assertSame(held, ProgressionRule.apply(Proposal.KEEP, held));

    Dosage counted = dosage().sets(3).repetitions(10).build();
    assertEquals(12, ProgressionRule.apply(Proposal.PROGRESS, counted).getRepetitions());
    assertEquals(8, ProgressionRule.apply(Proposal.STEP_BACK, counted).getRepetitions());

    Dosage timed = dosage().durationSeconds(120).build();
    assertEquals(150, ProgressionRule.apply(Proposal.PROGRESS, timed).getDurationSeconds());
    assertEquals(90, ProgressionRule.apply(Proposal.STEP_BACK, timed).getDurationSeconds());
  }

  @Test
  void valuesStayWithinTheirLimits() {
    Dosage longestHold =
        dosage()
            .sets(2)
            .repetitions(Dosage.MAX_REPETITIONS)
            .holdSeconds(Dosage.MAX_HOLD_SECONDS)
            .build();
    Dosage more = ProgressionRule.apply(Proposal.PROGRESS, longestHold);
    assertEquals(Dosage.MAX_HOLD_SECONDS, more.getHoldSeconds());
    assertEquals(Dosage.MAX_REPETITIONS, more.getRepetitions());
    assertEquals(3, more.getSets(), "at the longest hold and most repetitions, a set more");

    Dosage least = dosage().sets(1).repetitions(1).holdSeconds(3).build();
    assertSame(least, ProgressionRule.apply(Proposal.STEP_BACK, least), "nothing left to take");
    Dosage shortHold = dosage().repetitions(6).holdSeconds(3).build();
    Dosage back = ProgressionRule.apply(Proposal.STEP_BACK, shortHold);
    assertEquals(3, back.getHoldSeconds(), "a short hold never grows on a step back");
    assertEquals(4, back.getRepetitions());
  }

  @Test
  void painTrendComparesTheFirstAndLastEntriesOnceThereAreTwo() {
    assertFalse(PainTrend.of(List.of()).isKnown());
    assertFalse(UNKNOWN.isKnown());
    assertThrows(IllegalStateException.class, UNKNOWN::change);
    assertEquals(new PainTrend(7, 3), PainTrend.of(List.of(7, 3)));
    assertEquals(new PainTrend(6, 3), PainTrend.of(List.of(7, 6, 5, 5, 1, 9, 3, 2, 4)));
    assertEquals(-3, PainTrend.of(List.of(7, 6, 5, 5, 1, 9, 3, 2, 4)).change());
  }

  private static Proposal propose(Integer adherence, PainTrend pain) {
    return ProgressionRule.propose(adherence, pain, false).proposal();
  }

  private static Dosage.Builder dosage() {
    return Dosage.of().timesPerDay(1).daysPerWeek(7).side(BodySide.BOTH);
  }
}
