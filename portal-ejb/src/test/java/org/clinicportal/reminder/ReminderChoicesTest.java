package org.clinicportal.reminder;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReminderChoicesTest {

  private static final Set<DayOfWeek> EVERY_DAY = EnumSet.allOf(DayOfWeek.class);

  private static LocalTime at(int hour, int minute) {
    return LocalTime.of(hour, minute);
  }

  private static List<String> problemsOf(List<LocalTime> times) {
    return ReminderChoices.problems(times, EVERY_DAY, null, null, false, at(20, 0));
  }

  @Test
  void theDefaultsOfAProgramRemindOncePerRoundOnItsDays() {
    ReminderChoices once = ReminderChoices.defaultsFor(1, 7);
    assertEquals(List.of(at(8, 0)), once.getTimes());
    assertEquals(EVERY_DAY, once.getDays());
    assertEquals(at(21, 30), once.getQuietStart());
    assertEquals(at(7, 0), once.getQuietEnd());
    assertEquals(at(20, 0), once.getNudgeAt());
    assertTrue(once.isRemindersOn());
    assertTrue(once.isNudgeOn());
    assertTrue(once.isCheckInOn());
    assertFalse(once.isOwn());

    assertEquals(List.of(at(8, 0), at(18, 0)), ReminderChoices.defaultsFor(2, 7).getTimes());
    assertEquals(
        List.of(at(8, 0), at(13, 0), at(18, 0)), ReminderChoices.defaultsFor(3, 7).getTimes());
    assertEquals(
        List.of(at(8, 0), at(11, 20), at(14, 40), at(18, 0)),
        ReminderChoices.defaultsFor(4, 7).getTimes());
    assertEquals(
        List.of(at(8, 0), at(10, 30), at(13, 0), at(15, 30), at(18, 0)),
        ReminderChoices.defaultsFor(5, 7).getTimes());
    assertEquals(
        List.of(at(8, 0), at(10, 0), at(12, 0), at(14, 0), at(16, 0), at(18, 0)),
        ReminderChoices.defaultsFor(6, 7).getTimes());
  }

  @Test
  void theDefaultDaysAreSpreadOverTheWeekFromMonday() {
    assertEquals(Set.of(MONDAY), ReminderChoices.defaultsFor(1, 1).getDays());
    assertEquals(Set.of(MONDAY, THURSDAY), ReminderChoices.defaultsFor(1, 2).getDays());
    assertEquals(Set.of(MONDAY, WEDNESDAY, FRIDAY), ReminderChoices.defaultsFor(1, 3).getDays());
    assertEquals(
        Set.of(MONDAY, TUESDAY, THURSDAY, FRIDAY), ReminderChoices.defaultsFor(1, 4).getDays());
    assertEquals(EnumSet.range(MONDAY, FRIDAY), ReminderChoices.defaultsFor(1, 5).getDays());
    assertEquals(EnumSet.range(MONDAY, SATURDAY), ReminderChoices.defaultsFor(1, 6).getDays());
  }

  @Test
  void thereAreNoDefaultsForAProgramOutsideWhatADosageAllows() {
    assertThrows(IllegalArgumentException.class, () -> ReminderChoices.defaultsFor(0, 7));
    assertThrows(IllegalArgumentException.class, () -> ReminderChoices.defaultsFor(7, 7));
    assertThrows(IllegalArgumentException.class, () -> ReminderChoices.defaultsFor(1, 0));
    assertThrows(IllegalArgumentException.class, () -> ReminderChoices.defaultsFor(1, 8));
  }

  @Test
  void defaultsFollowTheProgramWhenItChanges() {
    ReminderChoices defaults = ReminderChoices.defaultsFor(1, 7);
    ReminderChoices changed = defaults.withProgramChanged(3, 3);
    assertEquals(ReminderChoices.defaultsFor(3, 3), changed);
    assertEquals(List.of(at(8, 0), at(13, 0), at(18, 0)), changed.getTimes());
    assertEquals(Set.of(MONDAY, WEDNESDAY, FRIDAY), changed.getDays());
  }

  @Test
  void thePatientsOwnChoicesStayWhenTheProgramChanges() {
    ReminderChoices own = ReminderChoices.defaultsFor(1, 7).change().times(at(7, 30)).build();
    assertTrue(own.isOwn());
    assertSame(own, own.withProgramChanged(3, 3));
    assertEquals(List.of(at(7, 30)), own.withProgramChanged(3, 3).getTimes());
  }

  @Test
  void aSwitchedOffReminderStaysOffWhenTheProgramChanges() {
    ReminderChoices stopped = ReminderChoices.defaultsFor(2, 7).change().reminders(false).build();
    ReminderChoices afterChange = stopped.withProgramChanged(3, 7);
    assertFalse(afterChange.isRemindersOn());
    assertEquals(List.of(at(8, 0), at(18, 0)), afterChange.getTimes());
  }

  @Test
  void savingTheDefaultsUnchangedKeepsThemTheDefaults() {
    ReminderChoices defaults = ReminderChoices.defaultsFor(2, 7);
    ReminderChoices saved = defaults.change().times(at(18, 0), at(8, 0)).build();
    assertFalse(saved.isOwn());
    assertEquals(ReminderChoices.defaultsFor(3, 7), saved.withProgramChanged(3, 7));
  }

  @Test
  void changesAreCheckedTogetherAndTimesKeptInOrder() {
    ReminderChoices changed =
        ReminderChoices.defaultsFor(1, 7)
            .change()
            .times(at(21, 0), at(6, 45))
            .days(TUESDAY, SATURDAY)
            .quietHours(at(23, 0), at(6, 0))
            .nudgeAt(at(22, 0))
            .checkIn(false)
            .build();
    assertEquals(List.of(at(6, 45), at(21, 0)), changed.getTimes());
    assertEquals(Set.of(TUESDAY, SATURDAY), changed.getDays());
    assertEquals(at(23, 0), changed.getQuietStart());
    assertEquals(at(6, 0), changed.getQuietEnd());
    assertEquals(at(22, 0), changed.getNudgeAt());
    assertTrue(changed.isNudgeOn());
    assertFalse(changed.isCheckInOn());
    assertTrue(changed.isOwn());
  }

  @Test
  void choicesCanDoWithoutQuietHours() {
    ReminderChoices night =
        ReminderChoices.defaultsFor(1, 7).change().noQuietHours().times(at(2, 30)).build();
    assertFalse(night.hasQuietHours());
    assertEquals(null, night.getQuietStart());
    assertFalse(night.isQuiet(at(2, 30)));
  }

  @Test
  void changesWithProblemsAreRefusedNamingThem() {
    ReminderChoices.Changes changes =
        ReminderChoices.defaultsFor(1, 7).change().times(at(23, 0)).nudgeAt(at(21, 0));
    assertEquals(List.of("reminder.time.quiet", "reminder.nudge.beforeLast"), changes.problems());
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, changes::build);
    assertEquals(
        "Not reminder choices: [reminder.time.quiet, reminder.nudge.beforeLast]",
        refused.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            ReminderChoices.of(
                List.of(), EVERY_DAY, null, null, at(20, 0), true, true, true, true));
  }

  @Test
  void oneToSixTimesOfDay() {
    assertEquals(List.of(), problemsOf(List.of(at(8, 0))));
    assertEquals(List.of("reminder.time.count"), problemsOf(List.of()));
    assertEquals(List.of("reminder.time.count"), problemsOf(null));
    List<LocalTime> seven = new ArrayList<>();
    for (int hour = 8; hour < 15; hour++) {
      seven.add(at(hour, 0));
    }
    assertEquals(List.of("reminder.time.count"), problemsOf(seven));
    assertEquals(List.of(), problemsOf(seven.subList(0, 6)));
  }

  @Test
  void aTimeOfDayOnlyOnce() {
    assertEquals(List.of("reminder.time.duplicate"), problemsOf(List.of(at(8, 0), at(8, 0))));
  }

  @Test
  void timesAreWholeMinutes() {
    assertEquals(List.of("reminder.time.invalid"), problemsOf(List.of(LocalTime.of(8, 0, 30))));
    assertEquals(List.of("reminder.time.invalid"), problemsOf(Arrays.asList(at(8, 0), null)));
    assertEquals(
        List.of("reminder.time.invalid"),
        ReminderChoices.problems(List.of(at(8, 0)), EVERY_DAY, null, null, false, null));
  }

  @Test
  void atLeastOneDay() {
    assertEquals(
        List.of("reminder.days.none"),
        ReminderChoices.problems(List.of(at(8, 0)), Set.of(), null, null, false, at(20, 0)));
    assertEquals(
        List.of("reminder.days.none"),
        ReminderChoices.problems(List.of(at(8, 0)), null, null, null, false, at(20, 0)));
  }

  @Test
  void quietHoursHaveAStartAndADifferentEnd() {
    assertEquals(
        List.of("reminder.quiet.wholeDay"),
        ReminderChoices.problems(
            List.of(at(8, 0)), EVERY_DAY, at(22, 0), at(22, 0), false, at(20, 0)));
    assertEquals(
        List.of("reminder.quiet.incomplete"),
        ReminderChoices.problems(List.of(at(8, 0)), EVERY_DAY, at(22, 0), null, false, at(20, 0)));
  }

  @Test
  void noReminderInQuietHoursThatSpanMidnight() {
    LocalTime start = at(22, 0);
    LocalTime end = at(7, 0);
    for (LocalTime quiet : List.of(at(22, 0), at(23, 59), at(0, 0), at(6, 59))) {
      assertEquals(
          List.of("reminder.time.quiet"),
          ReminderChoices.problems(List.of(quiet), EVERY_DAY, start, end, false, at(20, 0)),
          quiet.toString());
    }
    for (LocalTime allowed : List.of(at(7, 0), at(12, 0), at(21, 59))) {
      assertEquals(
          List.of(),
          ReminderChoices.problems(List.of(allowed), EVERY_DAY, start, end, false, at(20, 0)),
          allowed.toString());
    }
  }

  @Test
  void noReminderInQuietHoursWithinADay() {
    assertEquals(
        List.of("reminder.time.quiet"),
        ReminderChoices.problems(
            List.of(at(13, 0)), EVERY_DAY, at(12, 0), at(14, 0), false, at(20, 0)));
    assertEquals(
        List.of(),
        ReminderChoices.problems(
            List.of(at(14, 0)), EVERY_DAY, at(12, 0), at(14, 0), false, at(20, 0)));
  }

  @Test
  void theNudgeComesOutsideQuietHoursAndAfterTheLastReminder() {
    List<LocalTime> times = List.of(at(8, 0), at(18, 0));
    assertEquals(
        List.of("reminder.nudge.quiet"),
        ReminderChoices.problems(times, EVERY_DAY, at(19, 0), at(7, 0), true, at(20, 0)));
    assertEquals(
        List.of("reminder.nudge.beforeLast"),
        ReminderChoices.problems(times, EVERY_DAY, null, null, true, at(18, 0)));
    assertEquals(
        List.of("reminder.nudge.beforeLast"),
        ReminderChoices.problems(times, EVERY_DAY, null, null, true, at(12, 0)));
    assertEquals(
        List.of(), ReminderChoices.problems(times, EVERY_DAY, null, null, true, at(18, 5)));
  }

  @Test
  void aSwitchedOffNudgeKeepsItsTimeUnchecked() {
    List<LocalTime> times = List.of(at(8, 0), at(18, 0));
    assertEquals(
        List.of(),
        ReminderChoices.problems(times, EVERY_DAY, at(19, 0), at(7, 0), false, at(20, 0)));
    assertEquals(
        List.of(), ReminderChoices.problems(times, EVERY_DAY, null, null, false, at(9, 0)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"8:00", "08:00", " 8:00 "})
  void aTypedTimeWithOrWithoutALeadingZero(String typed) {
    assertEquals(Optional.of(at(8, 0)), ReminderChoices.parseTime(typed));
  }

  @Test
  void typedTimesOfTheWholeDay() {
    assertEquals(Optional.of(at(18, 30)), ReminderChoices.parseTime("18:30"));
    assertEquals(Optional.of(at(0, 0)), ReminderChoices.parseTime("0:00"));
    assertEquals(Optional.of(at(23, 59)), ReminderChoices.parseTime("23:59"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "25:00",
        "24:00",
        "8:60",
        "",
        " ",
        "noon",
        "8",
        "8:5",
        "08:00:00",
        "-1:00",
        "8.30"
      })
  void typedTimesThatAreNoTimeOfDayAreRefused(String typed) {
    assertEquals(Optional.empty(), ReminderChoices.parseTime(typed));
  }

  @Test
  void noTypedTimeIsNoTime() {
    assertEquals(Optional.empty(), ReminderChoices.parseTime(null));
    assertEquals("reminder.time.invalid", ReminderChoices.TIME_INVALID);
  }

  @Test
  void choicesAreEqualByTheirValuesAndWhoseTheyAre() {
    ReminderChoices defaults = ReminderChoices.defaultsFor(2, 3);
    assertEquals(ReminderChoices.defaultsFor(2, 3), defaults);
    assertEquals(ReminderChoices.defaultsFor(2, 3).hashCode(), defaults.hashCode());
    ReminderChoices sameButOwn =
        ReminderChoices.of(
            defaults.getTimes(),
            defaults.getDays(),
            defaults.getQuietStart(),
            defaults.getQuietEnd(),
            defaults.getNudgeAt(),
            true,
            true,
            true,
            true);
    assertNotEquals(defaults, sameButOwn);
    assertNotEquals(defaults, defaults.change().nudge(false).build());
  }

  @Test
  void choicesCannotBeChangedFromOutside() {
    List<LocalTime> times = new ArrayList<>(List.of(at(8, 0)));
    Set<DayOfWeek> days = EnumSet.of(MONDAY);
    ReminderChoices choices =
        ReminderChoices.of(times, days, null, null, at(20, 0), true, true, true, true);
    times.add(at(9, 0));
    days.add(TUESDAY);
    assertEquals(List.of(at(8, 0)), choices.getTimes());
    assertEquals(Set.of(MONDAY), choices.getDays());
    assertThrows(UnsupportedOperationException.class, () -> choices.getTimes().add(at(9, 0)));
    assertThrows(UnsupportedOperationException.class, () -> choices.getDays().add(TUESDAY));
  }

  @Test
  void choicesSurviveSerialization() throws Exception {
    ReminderChoices choices =
        ReminderChoices.defaultsFor(3, 5).change().quietHours(at(22, 0), at(6, 30)).build();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(choices);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertEquals(choices, in.readObject());
    }
  }
}
