package org.clinicportal.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.clinicportal.assessment.Progress.Reading;
import org.clinicportal.patient.DischargeReason;
import org.junit.jupiter.api.Test;

class OutcomeSummaryTest {

  private static final LocalDate OPENED = LocalDate.of(2026, 9, 1);
  private static final LocalDate CLOSED = LocalDate.of(2026, 11, 1);

  @Test
  void aPatientWhoStoppedAttendingCountsAsNotImprovedAndOthersUnmeasuredAreLeftOut() {
    OutcomeSummary summary =
        OutcomeSummary.of(
            "Dana",
            List.of(
                outcome(DischargeReason.GOALS_MET, Reading.IMPROVED, 80, List.of(2.0)),
                outcome(DischargeReason.GOALS_MET, Reading.UNCHANGED, 40, List.of()),
                outcome(DischargeReason.STOPPED_ATTENDING, null, null, List.of(10.0, 30.0)),
                outcome(DischargeReason.REFERRED_ON, null, 100, List.of())));

    assertEquals(4, summary.episodes());
    assertEquals(new OutcomeSummary.Share(1, 3, 1), summary.pain());
    assertEquals(33, summary.pain().percent());
    assertEquals(80.0, summary.medianAdherence(), "the middle of 40, 80 and 100");
    assertEquals(3, summary.alertsRaised());
    assertEquals(10.0, summary.medianHoursToAcknowledge(), "the middle of 2, 10 and 30");
  }

  @Test
  void nothingCountedHasNoShareAndAnEvenCountTakesTheMeanOfTheMiddleTwo() {
    OutcomeSummary none = OutcomeSummary.of("Dana", List.of());
    assertEquals(0, none.episodes());
    assertNull(none.pain().percent());
    assertNull(none.medianAdherence());
    assertNull(none.medianHoursToAcknowledge());
    assertEquals(25.0, OutcomeSummary.median(List.of(40.0, 10.0, 30.0, 20.0)));
  }

  private static EpisodeOutcome outcome(
      DischargeReason reason, Reading pain, Integer adherence, List<Double> hours) {
    return new EpisodeOutcome(
        1, "Dana", OPENED, CLOSED, reason, pain, null, null, adherence, hours.size(), hours);
  }
}
