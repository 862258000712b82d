package org.clinicportal.web.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.clinicportal.assessment.Progress.Reading;
import org.clinicportal.patient.DischargeReason;
import org.clinicportal.review.EpisodeOutcome;
import org.clinicportal.review.OutcomeReport;
import org.clinicportal.review.OutcomeSummary;
import org.junit.jupiter.api.Test;

class OutcomesCsvTest {

  @Test
  void eachEpisodeIsARowUnderAHeaderInTheReadersLanguage() {
    EpisodeOutcome episode =
        new EpisodeOutcome(
            41,
            "=cmd|' /C calc'!A0",
            LocalDate.of(2026, 9, 1),
            LocalDate.of(2026, 11, 2),
            DischargeReason.GOALS_MET,
            Reading.IMPROVED,
            null,
            Reading.UNCHANGED,
            85,
            1,
            List.of(3.0));
    OutcomeReport report =
        new OutcomeReport(
            LocalDate.of(2026, 9, 1),
            LocalDate.of(2026, 11, 30),
            List.of(),
            OutcomeSummary.of(null, List.of(episode)),
            List.of(episode));
    String csv = new String(OutcomesCsv.of(report, Locale.ENGLISH), StandardCharsets.UTF_8);
    assertEquals(
        List.of(
            "Episode,Therapist,Opened on,Closed on,Reason,Pain,Disability,Function,Rounds done (%),Alerts",
            "41,'=cmd|' /C calc'!A0,2026-09-01,2026-11-02,GOALS_MET,IMPROVED,,UNCHANGED,85,1"),
        List.of(csv.split("\r\n")));
  }
}
