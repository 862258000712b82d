package org.clinicportal.homecare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdherenceTest {

  /** A Wednesday. */
  private static final LocalDate START = LocalDate.of(2026, 11, 4);

  private static final Adherence.Planned TWICE_DAILY = new Adherence.Planned(1, 2, 7);
  private static final Adherence.Planned THREE_DAYS_A_WEEK = new Adherence.Planned(2, 1, 3);

  @Test
  void aWeekCountsOnlyTheDaysTheProgramHasRunAndStartsOnMonday() {
    List<WeekAdherence> weeks =
        Adherence.weekly(List.of(TWICE_DAILY), START, START.plusDays(6), List.of());
    assertEquals(2, weeks.size());
    assertEquals(LocalDate.of(2026, 11, 2), weeks.get(0).weekOf());
    assertEquals(10, weeks.get(0).planned()); // Wednesday to Sunday, twice a day
    assertEquals(4, weeks.get(1).planned()); // Monday and Tuesday so far
  }

  @Test
  void roundsBeyondWhatWasAskedDoNotMakeUpForOthers() {
    List<Adherence.Done> done = new ArrayList<>();
    for (int day = 0; day < 5; day++) {
      done.add(new Adherence.Done(1, START.plusDays(day)));
      done.add(new Adherence.Done(1, START.plusDays(day)));
    }
    for (int day = 0; day < 5; day++) {
      done.add(new Adherence.Done(2, START.plusDays(day)));
    }
    WeekAdherence week =
        Adherence.weekly(List.of(TWICE_DAILY, THREE_DAYS_A_WEEK), START, START.plusDays(4), done)
            .get(0);
    assertEquals(13, week.planned());
    assertEquals(13, week.done());
    assertEquals(100, week.percent());
  }

  @Test
  void halfOfWhatWasAskedIsFiftyPercentAndNothingPlannedIsZero() {
    List<Adherence.Done> done =
        List.of(new Adherence.Done(1, START), new Adherence.Done(1, START.plusDays(1)));
    WeekAdherence week =
        Adherence.weekly(List.of(TWICE_DAILY), START, START.plusDays(1), done).get(0);
    assertEquals(50, week.percent());
    assertEquals(0, new WeekAdherence(START, 0, 0).percent());
    assertTrue(Adherence.weekly(List.of(TWICE_DAILY), START, START.minusDays(1), done).isEmpty());
  }

  @Test
  void anExerciseOnSomeDaysIsNoLongerDueOnceThoseDaysAreDone() {
    assertTrue(Adherence.isDue(3, 2));
    assertFalse(Adherence.isDue(3, 3));
    assertTrue(Adherence.isDue(7, 9));
  }
}
