package org.clinicportal.reminder;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReminderScheduleTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  /** Berlin's clocks go from 02:00 to 03:00 on this Sunday. */
  private static final LocalDate BERLIN_SPRING = LocalDate.of(2026, 3, 29);

  /** Berlin's clocks go from 03:00 back to 02:00 on this Sunday. */
  private static final LocalDate BERLIN_AUTUMN = LocalDate.of(2026, 10, 25);

  /** New York's clocks go from 02:00 to 03:00 on this Sunday. */
  private static final LocalDate NEW_YORK_SPRING = LocalDate.of(2026, 3, 8);

  /** New York's clocks go from 02:00 back to 01:00 on this Sunday. */
  private static final LocalDate NEW_YORK_AUTUMN = LocalDate.of(2026, 11, 1);

  /** A Monday. */
  private static final LocalDate MONDAY_30_NOV = LocalDate.of(2026, 11, 30);

  private static LocalTime at(int hour, int minute) {
    return LocalTime.of(hour, minute);
  }

  private static ReminderChoices atNight(LocalTime... times) {
    return ReminderChoices.defaultsFor(1, 7).change().noQuietHours().times(times).build();
  }

  private static List<Instant> instants(List<ZonedDateTime> times) {
    return times.stream().map(ZonedDateTime::toInstant).toList();
  }

  @Test
  void remindersFallAtTheChosenTimesInTheClinicsZone() {
    ReminderSchedule schedule = new ReminderSchedule(ReminderChoices.defaultsFor(2, 7), BERLIN);
    assertEquals(
        List.of(Instant.parse("2026-11-30T07:00:00Z"), Instant.parse("2026-11-30T17:00:00Z")),
        instants(schedule.remindersOn(MONDAY_30_NOV)));
    assertEquals(
        List.of(Instant.parse("2026-03-28T07:00:00Z"), Instant.parse("2026-03-28T17:00:00Z")),
        instants(schedule.remindersOn(BERLIN_SPRING.minusDays(1))));
    assertEquals(
        List.of(Instant.parse("2026-03-29T06:00:00Z"), Instant.parse("2026-03-29T16:00:00Z")),
        instants(schedule.remindersOn(BERLIN_SPRING)));
  }

  @Test
  void aTimeTheClocksSkipInBerlinIsSentAsMuchLater() {
    ReminderSchedule schedule = new ReminderSchedule(atNight(at(2, 30), at(9, 0)), BERLIN);
    List<ZonedDateTime> reminders = schedule.remindersOn(BERLIN_SPRING);
    assertEquals(
        List.of(
            ZonedDateTime.parse("2026-03-29T03:30+02:00[Europe/Berlin]"),
            ZonedDateTime.parse("2026-03-29T09:00+02:00[Europe/Berlin]")),
        reminders);
    assertEquals(Instant.parse("2026-03-29T01:30:00Z"), reminders.get(0).toInstant());
    assertEquals(
        Instant.parse("2026-03-28T01:30:00Z"),
        schedule.remindersOn(BERLIN_SPRING.minusDays(1)).get(0).toInstant());
  }

  @Test
  void aSkippedTimeMovedOntoAnotherReminderIsSentOnce() {
    ReminderSchedule schedule = new ReminderSchedule(atNight(at(2, 30), at(3, 30)), BERLIN);
    assertEquals(
        List.of(Instant.parse("2026-03-29T01:30:00Z")),
        instants(schedule.remindersOn(BERLIN_SPRING)));
  }

  @Test
  void aTimeThatComesTwiceInBerlinIsSentOnceTheFirstTime() {
    ReminderSchedule schedule = new ReminderSchedule(atNight(at(2, 30)), BERLIN);
    assertEquals(
        List.of(Instant.parse("2026-10-25T00:30:00Z")),
        instants(schedule.remindersOn(BERLIN_AUTUMN)));
    assertEquals(
        List.of(Instant.parse("2026-10-26T01:30:00Z")),
        instants(schedule.remindersOn(BERLIN_AUTUMN.plusDays(1))));
  }

  @Test
  void aTimeTheClocksSkipInNewYorkIsSentAsMuchLater() {
    ReminderSchedule schedule = new ReminderSchedule(atNight(at(2, 30), at(8, 0)), NEW_YORK);
    assertEquals(
        List.of(Instant.parse("2026-03-08T07:30:00Z"), Instant.parse("2026-03-08T12:00:00Z")),
        instants(schedule.remindersOn(NEW_YORK_SPRING)));
    assertEquals(
        List.of(Instant.parse("2026-03-07T07:30:00Z"), Instant.parse("2026-03-07T13:00:00Z")),
        instants(schedule.remindersOn(NEW_YORK_SPRING.minusDays(1))));
  }

  @Test
  void aTimeThatComesTwiceInNewYorkIsSentOnceTheFirstTime() {
    ReminderSchedule schedule = new ReminderSchedule(atNight(at(1, 30), at(8, 0)), NEW_YORK);
    assertEquals(
        List.of(Instant.parse("2026-11-01T05:30:00Z"), Instant.parse("2026-11-01T13:00:00Z")),
        instants(schedule.remindersOn(NEW_YORK_AUTUMN)));
  }

  @Test
  void remindersOnlyOnTheChosenDays() {
    ReminderSchedule schedule = new ReminderSchedule(ReminderChoices.defaultsFor(1, 3), BERLIN);
    assertEquals(
        List.of(ZonedDateTime.parse("2026-11-30T08:00+01:00[Europe/Berlin]")),
        schedule.remindersOn(MONDAY_30_NOV));
    assertEquals(List.of(), schedule.remindersOn(MONDAY_30_NOV.plusDays(1)));
    assertEquals(
        List.of(ZonedDateTime.parse("2026-12-02T08:00+01:00[Europe/Berlin]")),
        schedule.remindersOn(MONDAY_30_NOV.plusDays(2)));
    assertEquals(List.of(), schedule.remindersOn(MONDAY_30_NOV.plusDays(3)));
  }

  @Test
  void switchedOffRemindersAreNotSent() {
    ReminderChoices off = ReminderChoices.defaultsFor(2, 7).change().reminders(false).build();
    assertEquals(List.of(), new ReminderSchedule(off, BERLIN).remindersOn(MONDAY_30_NOV));
  }

  @Test
  void theNudgeComesInTheEveningOfAReminderDay() {
    ReminderSchedule schedule = new ReminderSchedule(ReminderChoices.defaultsFor(2, 3), NEW_YORK);
    assertEquals(
        Optional.of(ZonedDateTime.parse("2026-11-30T20:00-05:00[America/New_York]")),
        schedule.nudgeOn(MONDAY_30_NOV));
    assertEquals(Optional.empty(), schedule.nudgeOn(MONDAY_30_NOV.plusDays(1)));
  }

  @Test
  void theNudgeKeepsToItsOwnSwitch() {
    ReminderChoices nudgeOnly = ReminderChoices.defaultsFor(1, 7).change().reminders(false).build();
    assertEquals(
        Optional.of(ZonedDateTime.parse("2026-11-30T20:00+01:00[Europe/Berlin]")),
        new ReminderSchedule(nudgeOnly, BERLIN).nudgeOn(MONDAY_30_NOV));
    ReminderChoices noNudge = ReminderChoices.defaultsFor(1, 7).change().nudge(false).build();
    assertEquals(Optional.empty(), new ReminderSchedule(noNudge, BERLIN).nudgeOn(MONDAY_30_NOV));
  }

  @Test
  void theCheckInComesOnSundayEvening() {
    ReminderSchedule schedule = new ReminderSchedule(ReminderChoices.defaultsFor(1, 3), BERLIN);
    LocalDate sunday = LocalDate.of(2026, 12, 6);
    assertEquals(SUNDAY, sunday.getDayOfWeek());
    assertEquals(
        Optional.of(ZonedDateTime.parse("2026-12-06T18:00+01:00[Europe/Berlin]")),
        schedule.checkInOn(sunday));
    assertEquals(Optional.empty(), schedule.checkInOn(sunday.minusDays(1)));
    assertEquals(Optional.empty(), schedule.checkInOn(sunday.plusDays(1)));
    ReminderChoices off = ReminderChoices.defaultsFor(1, 3).change().checkIn(false).build();
    assertEquals(Optional.empty(), new ReminderSchedule(off, BERLIN).checkInOn(sunday));
  }

  @Test
  void theCheckInWaitsForQuietHoursToEndThatEvening() {
    LocalDate sunday = LocalDate.of(2026, 12, 6);
    ReminderChoices quietAtTea =
        ReminderChoices.defaultsFor(1, 7).change().quietHours(at(17, 0), at(19, 0)).build();
    assertEquals(
        Optional.of(ZonedDateTime.parse("2026-12-06T19:00+01:00[Europe/Berlin]")),
        new ReminderSchedule(quietAtTea, BERLIN).checkInOn(sunday));
  }

  @Test
  void noCheckInWhenQuietHoursRunFromBeforeItPastMidnight() {
    LocalDate sunday = LocalDate.of(2026, 12, 6);
    ReminderChoices earlyToBed =
        ReminderChoices.defaultsFor(1, 7)
            .change()
            .quietHours(at(17, 0), at(7, 0))
            .nudge(false)
            .build();
    assertEquals(Optional.empty(), new ReminderSchedule(earlyToBed, BERLIN).checkInOn(sunday));
  }

  @Test
  void quietHoursOverMidnightThatStartLaterLeaveTheCheckInAlone() {
    LocalDate sunday = LocalDate.of(2026, 12, 6);
    ReminderChoices lateQuiet =
        ReminderChoices.defaultsFor(1, 7).change().quietHours(at(22, 0), at(7, 0)).build();
    assertEquals(
        Optional.of(ZonedDateTime.parse("2026-12-06T18:00+01:00[Europe/Berlin]")),
        new ReminderSchedule(lateQuiet, BERLIN).checkInOn(sunday));
  }

  @Test
  void theNextMessageIsTheFirstReminderNudgeOrCheckInAfterAMoment() {
    ReminderChoices choices = ReminderChoices.defaultsFor(2, 3);
    assertEquals(java.util.Set.of(MONDAY, WEDNESDAY, FRIDAY), choices.getDays());
    ReminderSchedule schedule = new ReminderSchedule(choices, BERLIN);
    assertEquals(
        Optional.of(Instant.parse("2026-11-30T17:00:00Z")),
        schedule.nextAfter(Instant.parse("2026-11-30T08:00:00Z")));
    assertEquals(
        Optional.of(Instant.parse("2026-11-30T19:00:00Z")),
        schedule.nextAfter(Instant.parse("2026-11-30T17:00:00Z")));
    assertEquals(
        Optional.of(Instant.parse("2026-12-02T07:00:00Z")),
        schedule.nextAfter(Instant.parse("2026-11-30T19:00:00Z")));
    assertEquals(
        Optional.of(Instant.parse("2026-12-06T17:00:00Z")),
        schedule.nextAfter(Instant.parse("2026-12-04T19:30:00Z")));
  }

  @Test
  void theNextMessageMayBeAWeekAway() {
    ReminderChoices mondaysOnly =
        ReminderChoices.defaultsFor(1, 1).change().nudge(false).checkIn(false).build();
    assertEquals(
        Optional.of(Instant.parse("2026-12-07T07:00:00Z")),
        new ReminderSchedule(mondaysOnly, BERLIN).nextAfter(Instant.parse("2026-11-30T07:00:00Z")));
  }

  @Test
  void theNextMessageAcrossAChangeOfTheClocks() {
    ReminderSchedule schedule = new ReminderSchedule(atNight(at(2, 30)), BERLIN);
    ReminderSchedule quiet =
        new ReminderSchedule(
            atNight(at(2, 30)).change().nudge(false).checkIn(false).build(), BERLIN);
    assertEquals(
        Optional.of(Instant.parse("2026-03-28T19:00:00Z")),
        schedule.nextAfter(Instant.parse("2026-03-28T12:00:00Z")));
    assertEquals(
        Optional.of(Instant.parse("2026-03-29T01:30:00Z")),
        quiet.nextAfter(Instant.parse("2026-03-28T12:00:00Z")));
  }

  @Test
  void aReminderAloneMayBePreparedAheadButNotOneSharingItsTimeWithTheCheckIn() {
    ReminderSchedule schedule = new ReminderSchedule(ReminderChoices.defaultsFor(2, 7), BERLIN);
    LocalDate sunday = LocalDate.of(2026, 12, 6);
    assertEquals(
        List.of(Instant.parse("2026-12-06T07:00:00Z"), Instant.parse("2026-12-06T17:00:00Z")),
        instants(schedule.remindersOn(sunday)));
    assertTrue(schedule.remindsOnlyAt(Instant.parse("2026-12-06T07:00:00Z")));
    assertFalse(
        schedule.remindsOnlyAt(Instant.parse("2026-12-06T17:00:00Z")),
        "the check-in falls on Sunday's 18:00 reminder");
    assertTrue(schedule.remindsOnlyAt(Instant.parse("2026-12-05T17:00:00Z")));
    assertFalse(schedule.remindsOnlyAt(Instant.parse("2026-12-05T19:00:00Z")), "the nudge");
    assertFalse(schedule.remindsOnlyAt(Instant.parse("2026-12-05T07:01:00Z")), "no reminder");
    ReminderChoices off = ReminderChoices.defaultsFor(2, 7).change().reminders(false).build();
    assertFalse(
        new ReminderSchedule(off, BERLIN).remindsOnlyAt(Instant.parse("2026-12-05T07:00:00Z")));
  }

  @Test
  void nothingIsNextWhenEverythingIsSwitchedOff() {
    ReminderChoices off =
        ReminderChoices.defaultsFor(2, 7)
            .change()
            .reminders(false)
            .nudge(false)
            .checkIn(false)
            .build();
    assertEquals(
        Optional.empty(),
        new ReminderSchedule(off, BERLIN).nextAfter(Instant.parse("2026-11-30T08:00:00Z")));
  }
}
