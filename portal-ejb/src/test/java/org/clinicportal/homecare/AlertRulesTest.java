package org.clinicportal.homecare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AlertRulesTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final LocalDate START = LocalDate.of(2026, 11, 2);

  private static LocalDate todayAt(String instant) {
    return LocalDate.now(Clock.fixed(Instant.parse(instant), LONDON));
  }

  @Test
  void theStartingLevelIsTheAssessedPainOrElseTheFirstEntrysPainBefore() {
    List<PainReading> readings =
        List.of(new PainReading(START.plusDays(1), 5, 6), new PainReading(START, 6, 4));
    assertEquals(OptionalInt.of(7), AlertRules.startingLevel(7, readings));
    assertEquals(OptionalInt.of(6), AlertRules.startingLevel(null, readings));
    assertEquals(OptionalInt.empty(), AlertRules.startingLevel(null, List.of()));
  }

  @Test
  void painTwoPointsOverTheStartIsWorseAndOnePointIsNot() {
    assertTrue(AlertRules.isWorse(4, new PainReading(START, 6, 6)));
    assertTrue(AlertRules.isWorse(4, new PainReading(START, 9, 3)));
    assertFalse(AlertRules.isWorse(4, new PainReading(START, 5, 8)));
    assertFalse(AlertRules.isWorse(10, new PainReading(START, 10, 10)));
  }

  @Test
  void noProgressIsJudgedOnTheReviewDateFromTheLatestReadingUpToIt() {
    LocalDate review = START.plusDays(14);
    List<PainReading> improved =
        List.of(new PainReading(START, 6, 6), new PainReading(review.minusDays(1), 4, 4));
    List<PainReading> flat =
        List.of(new PainReading(START, 6, 6), new PainReading(review.minusDays(1), 5, 3));
    List<PainReading> improvedOnlyAfterReview =
        List.of(new PainReading(START, 6, 6), new PainReading(review.plusDays(1), 2, 2));

    assertFalse(AlertRules.lacksProgress(6, review, flat, review.minusDays(1)));
    assertFalse(AlertRules.lacksProgress(6, review, improved, review));
    assertTrue(AlertRules.lacksProgress(6, review, flat, review));
    assertTrue(AlertRules.lacksProgress(6, review, improvedOnlyAfterReview, review.plusDays(2)));
    assertTrue(AlertRules.lacksProgress(6, review, List.of(), review));
  }

  @Test
  void silenceCountsWholeDaysWithoutAnEntryInTheClinicsTimeZone() {
    LocalDate lastEntry = LocalDate.of(2026, 11, 10);
    // 13 November 23:30 UTC is still the 13th in London: two whole silent days (11th, 12th).
    assertEquals(
        Optional.empty(),
        AlertRules.silentSince(START, lastEntry, todayAt("2026-11-13T23:30:00Z")));
    assertEquals(
        Optional.of(lastEntry),
        AlertRules.silentSince(START, lastEntry, todayAt("2026-11-14T00:30:00Z")));
    // In Sydney the 14th has begun at 13:30 UTC on the 13th.
    assertEquals(
        Optional.of(lastEntry),
        AlertRules.silentSince(
            START,
            lastEntry,
            LocalDate.now(
                Clock.fixed(
                    Instant.parse("2026-11-13T13:30:00Z"), ZoneId.of("Australia/Sydney")))));
  }

  @Test
  void withoutAnyEntryTheSilenceRunsFromTheProgramStart() {
    assertEquals(Optional.empty(), AlertRules.silentSince(START, null, START.plusDays(2)));
    assertEquals(
        Optional.of(START.minusDays(1)), AlertRules.silentSince(START, null, START.plusDays(3)));
    LocalDate beforeThisVersion = START.minusDays(20);
    assertEquals(
        Optional.empty(), AlertRules.silentSince(START, beforeThisVersion, START.plusDays(1)));
  }

  @Test
  void anyYesToASafetyQuestionRaisesTheConcernAndUnansweredOnesAreAProblem() {
    JournalForm form = new JournalForm(UUID.randomUUID());
    form.setPainBefore(3);
    form.setPainAfter(2);
    form.setEffort(4);
    assertEquals(List.of("journal.safety"), form.problems());
    form.setSaddleNumbness(false);
    form.setBladderOrBowel(false);
    form.setLegWeakness(false);
    form.setFever(false);
    assertEquals(List.of(), form.problems());
    assertFalse(form.raisesSafetyConcern());
    form.setLegWeakness(true);
    assertTrue(form.raisesSafetyConcern());
  }

  @Test
  void painAndEffortOutsideZeroToTenAreRefused() {
    JournalForm form = new JournalForm(UUID.randomUUID());
    form.setPainBefore(11);
    form.setPainAfter(-1);
    form.setEffort(12);
    form.setNote("x".repeat(JournalForm.MAX_NOTE + 1));
    form.setSaddleNumbness(false);
    form.setBladderOrBowel(false);
    form.setLegWeakness(false);
    form.setFever(false);
    assertEquals(List.of("journal.pain", "journal.effort", "journal.note"), form.problems());
  }
}
