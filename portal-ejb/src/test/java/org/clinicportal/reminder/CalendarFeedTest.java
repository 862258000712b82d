package org.clinicportal.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneOffsetTransitionRule.TimeDefinition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The feed as a calendar application reads it, parsed by ical4j. */
class CalendarFeedTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final URI PORTAL = URI.create("https://physio-nord.example/portal/");
  private static final CalendarFeed.Texts TEXTS =
      new CalendarFeed.Texts(
          "Exercise reminders",
          "Time for today's exercises at Physio Nord",
          "Time for today's exercises",
          "Review at Physio Nord");
  private static final Instant STAMPED = Instant.parse("2026-03-20T09:15:30Z");

  /** A Tuesday, five days before Berlin's clocks go forward. */
  private static final LocalDate TUESDAY_24_MARCH = LocalDate.of(2026, 3, 24);

  private static final LocalDate REVIEW = LocalDate.of(2026, 4, 20);

  private static CalendarFeed feed(ReminderChoices choices, ZoneId zone) {
    return new CalendarFeed("p-7f3a9c", choices, zone, PORTAL, TEXTS);
  }

  private static Calendar parse(String document) throws Exception {
    return new CalendarBuilder().build(new StringReader(document));
  }

  private static Calendar threeDaysTwiceADay() throws Exception {
    return parse(
        feed(ReminderChoices.defaultsFor(2, 3), BERLIN).write(TUESDAY_24_MARCH, REVIEW, STAMPED));
  }

  private static String value(Component component, String name) {
    return component.<Property>getProperty(name).orElseThrow().getValue();
  }

  private static String value(Calendar calendar, String name) {
    return calendar.<Property>getProperty(name).orElseThrow().getValue();
  }

  private static String parameter(Component component, String property, String name) {
    return component
        .<Property>getProperty(property)
        .orElseThrow()
        .<Parameter>getParameter(name)
        .orElseThrow()
        .getValue();
  }

  private static List<VEvent> events(Calendar calendar) {
    return calendar.getComponents("VEVENT");
  }

  private static VEvent event(Calendar calendar, String uid) {
    return events(calendar).stream()
        .filter(event -> value(event, "UID").equals(uid))
        .findFirst()
        .orElseThrow();
  }

  private static List<Instant> occurrences(VEvent event, ZonedDateTime from, ZonedDateTime to) {
    Set<Period<ZonedDateTime>> periods = event.calculateRecurrenceSet(new Period<>(from, to));
    return periods.stream().map(period -> Instant.from(period.getStart())).sorted().toList();
  }

  @Test
  void theFeedIsACalendarToPublish() throws Exception {
    Calendar calendar = threeDaysTwiceADay();
    assertEquals("2.0", value(calendar, "VERSION"));
    assertEquals("-//Clinic portal//Exercise reminders//EN", value(calendar, "PRODID"));
    assertEquals("GREGORIAN", value(calendar, "CALSCALE"));
    assertEquals("PUBLISH", value(calendar, "METHOD"));
    assertEquals("Exercise reminders", value(calendar, "X-WR-CALNAME"));
    assertEquals(3, events(calendar).size());
  }

  @Test
  void oneRepeatingEventForEachReminderTime() throws Exception {
    Calendar calendar = threeDaysTwiceADay();
    VEvent morning = event(calendar, "p-7f3a9c-reminder-0800");
    assertEquals("20260325T080000", value(morning, "DTSTART"));
    assertEquals("Europe/Berlin", parameter(morning, "DTSTART", "TZID"));
    assertEquals("FREQ=WEEKLY;BYDAY=MO,WE,FR", value(morning, "RRULE"));
    assertEquals("PT10M", value(morning, "DURATION"));
    assertEquals("20260320T091530Z", value(morning, "DTSTAMP"));
    assertEquals("Time for today's exercises at Physio Nord", value(morning, "SUMMARY"));
    assertEquals("https://physio-nord.example/portal/", value(morning, "URL"));
    assertEquals("https://physio-nord.example/portal/", value(morning, "DESCRIPTION"));
    assertEquals("TRANSPARENT", value(morning, "TRANSP"));
    VEvent evening = event(calendar, "p-7f3a9c-reminder-1800");
    assertEquals("20260325T180000", value(evening, "DTSTART"));
    assertEquals("FREQ=WEEKLY;BYDAY=MO,WE,FR", value(evening, "RRULE"));
  }

  @Test
  void theAlarmTriggerIsWrittenInMinutes() {
    String document =
        feed(ReminderChoices.defaultsFor(1, 7), BERLIN).write(TUESDAY_24_MARCH, null, STAMPED);
    assertTrue(document.contains("\r\nTRIGGER:PT0M\r\n"), document);
  }

  @Test
  void eachReminderAlarmsWhenItStarts() throws Exception {
    VEvent morning = event(threeDaysTwiceADay(), "p-7f3a9c-reminder-0800");
    List<VAlarm> alarms = morning.getAlarms();
    assertEquals(1, alarms.size());
    assertEquals("DISPLAY", value(alarms.get(0), "ACTION"));
    assertEquals("PT0S", value(alarms.get(0), "TRIGGER"));
    assertEquals("Time for today's exercises", value(alarms.get(0), "DESCRIPTION"));
  }

  @Test
  void theNextReviewIsAnAllDayEvent() throws Exception {
    VEvent review = event(threeDaysTwiceADay(), "p-7f3a9c-review");
    assertEquals("20260420", value(review, "DTSTART"));
    assertEquals("DATE", parameter(review, "DTSTART", "VALUE"));
    assertEquals("20260421", value(review, "DTEND"));
    assertEquals("Review at Physio Nord", value(review, "SUMMARY"));
    assertEquals("https://physio-nord.example/portal/", value(review, "URL"));
    assertTrue(review.getAlarms().isEmpty());
  }

  @Test
  void withoutAReviewOnlyTheReminders() throws Exception {
    Calendar calendar =
        parse(
            feed(ReminderChoices.defaultsFor(1, 7), BERLIN).write(TUESDAY_24_MARCH, null, STAMPED));
    assertEquals(
        List.of("p-7f3a9c-reminder-0800"),
        events(calendar).stream().map(event -> value(event, "UID")).toList());
  }

  @Test
  void switchedOffRemindersLeaveOnlyTheReview() throws Exception {
    ReminderChoices off = ReminderChoices.defaultsFor(2, 7).change().reminders(false).build();
    Calendar calendar = parse(feed(off, BERLIN).write(TUESDAY_24_MARCH, REVIEW, STAMPED));
    assertEquals(
        List.of("p-7f3a9c-review"),
        events(calendar).stream().map(event -> value(event, "UID")).toList());
  }

  @Test
  void remindersEveryDayRepeatDaily() throws Exception {
    Calendar calendar =
        parse(
            feed(ReminderChoices.defaultsFor(1, 7), BERLIN).write(TUESDAY_24_MARCH, null, STAMPED));
    VEvent morning = event(calendar, "p-7f3a9c-reminder-0800");
    assertEquals("FREQ=DAILY", value(morning, "RRULE"));
    assertEquals("20260324T080000", value(morning, "DTSTART"));
  }

  @Test
  void aRefreshedFeedKeepsItsEventsIdentifiers() throws Exception {
    ReminderChoices choices = ReminderChoices.defaultsFor(2, 3);
    Set<String> first =
        events(parse(feed(choices, BERLIN).write(TUESDAY_24_MARCH, REVIEW, STAMPED))).stream()
            .map(event -> value(event, "UID"))
            .collect(Collectors.toSet());
    Set<String> refreshed =
        events(
                parse(
                    feed(choices, BERLIN)
                        .write(
                            TUESDAY_24_MARCH.plusWeeks(3),
                            REVIEW.plusWeeks(2),
                            STAMPED.plus(21, ChronoUnit.DAYS))))
            .stream()
            .map(event -> value(event, "UID"))
            .collect(Collectors.toSet());
    assertEquals(
        Set.of("p-7f3a9c-reminder-0800", "p-7f3a9c-reminder-1800", "p-7f3a9c-review"), first);
    assertEquals(first, refreshed);
  }

  @Test
  void remindersStayAtTheirTimeWhenBerlinsClocksGoForward() throws Exception {
    VEvent morning = event(threeDaysTwiceADay(), "p-7f3a9c-reminder-0800");
    List<Instant> expected =
        List.of(
            Instant.parse("2026-03-25T07:00:00Z"),
            Instant.parse("2026-03-27T07:00:00Z"),
            Instant.parse("2026-03-30T06:00:00Z"),
            Instant.parse("2026-04-01T06:00:00Z"),
            Instant.parse("2026-04-03T06:00:00Z"));
    assertEquals(
        expected,
        occurrences(
            morning,
            ZonedDateTime.of(2026, 3, 24, 0, 0, 0, 0, BERLIN),
            ZonedDateTime.of(2026, 4, 4, 0, 0, 0, 0, BERLIN)));
  }

  @Test
  void remindersStayAtTheirTimeWhenNewYorksClocksGoBack() throws Exception {
    Calendar calendar =
        parse(
            feed(ReminderChoices.defaultsFor(1, 7), NEW_YORK)
                .write(LocalDate.of(2026, 10, 30), null, STAMPED));
    VEvent morning = event(calendar, "p-7f3a9c-reminder-0800");
    assertEquals("America/New_York", parameter(morning, "DTSTART", "TZID"));
    assertEquals(
        List.of(
            Instant.parse("2026-10-30T12:00:00Z"),
            Instant.parse("2026-10-31T12:00:00Z"),
            Instant.parse("2026-11-01T13:00:00Z"),
            Instant.parse("2026-11-02T13:00:00Z")),
        occurrences(
            morning,
            ZonedDateTime.of(2026, 10, 30, 0, 0, 0, 0, NEW_YORK),
            ZonedDateTime.of(2026, 11, 3, 0, 0, 0, 0, NEW_YORK)));
  }

  @Test
  void berlinsTimeZoneChangesOnTheLastSundaysOfMarchAndOctober() throws Exception {
    VTimeZone zone = threeDaysTwiceADay().<VTimeZone>getComponent("VTIMEZONE").orElseThrow();
    assertEquals("Europe/Berlin", value(zone, "TZID"));
    List<Observance> observances = zone.getObservances();
    assertEquals(2, observances.size());
    Observance summer = zone.<Observance>getComponent("DAYLIGHT").orElseThrow();
    assertEquals("20250330T020000", value(summer, "DTSTART"));
    assertEquals("+0100", value(summer, "TZOFFSETFROM"));
    assertEquals("+0200", value(summer, "TZOFFSETTO"));
    assertEquals("FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", value(summer, "RRULE"));
    Observance winter = zone.<Observance>getComponent("STANDARD").orElseThrow();
    assertEquals("20251026T030000", value(winter, "DTSTART"));
    assertEquals("+0200", value(winter, "TZOFFSETFROM"));
    assertEquals("+0100", value(winter, "TZOFFSETTO"));
    assertEquals("FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", value(winter, "RRULE"));
  }

  @Test
  void newYorksTimeZoneChangesOnTheSecondSundayOfMarchAndTheFirstOfNovember() throws Exception {
    VTimeZone zone =
        parse(
                feed(ReminderChoices.defaultsFor(1, 7), NEW_YORK)
                    .write(TUESDAY_24_MARCH, null, STAMPED))
            .<VTimeZone>getComponent("VTIMEZONE")
            .orElseThrow();
    Observance summer = zone.<Observance>getComponent("DAYLIGHT").orElseThrow();
    assertEquals("20250309T020000", value(summer, "DTSTART"));
    assertEquals("-0500", value(summer, "TZOFFSETFROM"));
    assertEquals("-0400", value(summer, "TZOFFSETTO"));
    assertEquals("FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", value(summer, "RRULE"));
    Observance winter = zone.<Observance>getComponent("STANDARD").orElseThrow();
    assertEquals("20251102T020000", value(winter, "DTSTART"));
    assertEquals("FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", value(winter, "RRULE"));
  }

  @Test
  void aZoneWithoutDaylightSavingHasOnlyStandardTime() throws Exception {
    VTimeZone zone =
        parse(
                feed(ReminderChoices.defaultsFor(1, 7), ZoneId.of("Asia/Tokyo"))
                    .write(TUESDAY_24_MARCH, null, STAMPED))
            .<VTimeZone>getComponent("VTIMEZONE")
            .orElseThrow();
    assertEquals(1, zone.getObservances().size());
    Observance standard = zone.<Observance>getComponent("STANDARD").orElseThrow();
    assertEquals("+0900", value(standard, "TZOFFSETFROM"));
    assertEquals("+0900", value(standard, "TZOFFSETTO"));
    assertFalse(standard.getProperty("RRULE").isPresent());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Europe/Berlin",
        "America/New_York",
        "Australia/Sydney",
        "America/Santiago",
        "Asia/Jerusalem",
        "Africa/Cairo",
        "Asia/Tokyo",
        "Asia/Kolkata"
      })
  void theTimeZoneGivesTheSameOffsetsAsJava(String id) throws Exception {
    // ical4j's offsets are up to a day late or early around a change of the clocks, for the zones
    // it ships too (see the test below), so the day either side of a change is left out.
    ZoneId zoneId = ZoneId.of(id);
    VTimeZone zone =
        parse(
                feed(ReminderChoices.defaultsFor(1, 7), zoneId)
                    .write(LocalDate.of(2026, 1, 5), null, STAMPED))
            .<VTimeZone>getComponent("VTIMEZONE")
            .orElseThrow();
    TimeZone asParsed = new TimeZone(zone);
    ZoneRules rules = zoneId.getRules();
    List<String> differences = new ArrayList<>();
    for (Instant at = Instant.parse("2026-01-05T00:30:00Z");
        at.isBefore(Instant.parse("2029-01-01T00:00:00Z"));
        at = at.plus(1, ChronoUnit.HOURS)) {
      if (nearAChange(rules, at)) {
        continue;
      }
      int expected = rules.getOffset(at).getTotalSeconds() * 1000;
      int parsed = asParsed.getOffset(at.toEpochMilli());
      if (expected != parsed) {
        differences.add(at + ": " + parsed / 60_000 + " instead of " + expected / 60_000);
      }
    }
    assertEquals(List.of(), differences.stream().limit(5).toList());
  }

  private static boolean nearAChange(ZoneRules rules, Instant at) {
    ZoneOffsetTransition next = rules.nextTransition(at.minus(1, ChronoUnit.DAYS));
    return next != null && next.getInstant().isBefore(at.plus(1, ChronoUnit.DAYS));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Europe/Berlin", "America/New_York", "Australia/Sydney"})
  void theTimeZoneGivesTheSameOffsetsAsIcal4jsOwnCopyHourByHour(String id) throws Exception {
    CalendarBuilder builder = new CalendarBuilder();
    VTimeZone zone =
        builder
            .build(
                new StringReader(
                    feed(ReminderChoices.defaultsFor(1, 7), ZoneId.of(id))
                        .write(LocalDate.of(2026, 1, 5), null, STAMPED)))
            .<VTimeZone>getComponent("VTIMEZONE")
            .orElseThrow();
    TimeZone ours = new TimeZone(zone);
    TimeZone ical4js = new CalendarBuilder().getRegistry().getTimeZone(id);
    List<Instant> differences = new ArrayList<>();
    for (Instant at = Instant.parse("2026-01-05T00:30:00Z");
        at.isBefore(Instant.parse("2029-01-01T00:00:00Z"));
        at = at.plus(1, ChronoUnit.HOURS)) {
      if (ours.getOffset(at.toEpochMilli()) != ical4js.getOffset(at.toEpochMilli())) {
        differences.add(at);
      }
    }
    assertEquals(List.of(), differences.stream().limit(5).toList());
  }

  @Test
  void yearlyRulesForChangesOnANumberedOrLastWeekday() {
    assertEquals(
        "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        CalendarFeed.yearlyRule(
            rule(Month.MARCH, 25, DayOfWeek.SUNDAY, 1, TimeDefinition.UTC), 2026));
    assertEquals(
        "FREQ=YEARLY;BYMONTH=4;BYDAY=-1FR",
        CalendarFeed.yearlyRule(
            rule(Month.APRIL, -1, DayOfWeek.FRIDAY, 2, TimeDefinition.WALL), 2026));
    assertEquals(
        "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
        CalendarFeed.yearlyRule(
            rule(Month.MARCH, 8, DayOfWeek.SUNDAY, 2, TimeDefinition.WALL), 2026));
  }

  @Test
  void yearlyRulesForChangesOnAWeekdayFromADayOrOnADate() {
    assertEquals(
        "FREQ=YEARLY;BYMONTH=9;BYDAY=SU;BYMONTHDAY=2,3,4,5,6,7,8",
        CalendarFeed.yearlyRule(
            rule(Month.SEPTEMBER, 2, DayOfWeek.SUNDAY, 2, TimeDefinition.WALL), 2026));
    assertEquals(
        "FREQ=YEARLY;BYMONTH=10;BYDAY=FR;BYMONTHDAY=-9,-8,-7,-6,-5,-4,-3",
        CalendarFeed.yearlyRule(
            rule(Month.OCTOBER, -3, DayOfWeek.FRIDAY, 2, TimeDefinition.WALL), 2026));
    assertEquals(
        "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=21",
        CalendarFeed.yearlyRule(rule(Month.MARCH, 21, null, 2, TimeDefinition.WALL), 2026));
  }

  @Test
  void noYearlyRuleForChangesThatMayFallInTheNextMonthOrOnTheNextDay() {
    assertNull(
        CalendarFeed.yearlyRule(
            rule(Month.OCTOBER, 26, DayOfWeek.FRIDAY, 0, TimeDefinition.WALL), 2026));
    assertNull(
        CalendarFeed.yearlyRule(
            ZoneOffsetTransitionRule.of(
                Month.OCTOBER,
                -1,
                DayOfWeek.THURSDAY,
                LocalTime.MIDNIGHT,
                true,
                TimeDefinition.WALL,
                ZoneOffset.ofHours(2),
                ZoneOffset.ofHours(3),
                ZoneOffset.ofHours(2)),
            2026));
  }

  private static ZoneOffsetTransitionRule rule(
      Month month, int day, DayOfWeek weekday, int hour, TimeDefinition definition) {
    return ZoneOffsetTransitionRule.of(
        month,
        day,
        weekday,
        LocalTime.of(hour, 0),
        false,
        definition,
        ZoneOffset.ofHours(1),
        ZoneOffset.ofHours(1),
        ZoneOffset.ofHours(2));
  }

  @Test
  void textIsEscapedAndReadBackAsGiven() throws Exception {
    String summary = "Time for today's exercises at Physio Nord, Köln; Team \\ Praxis\nFloor 2";
    CalendarFeed.Texts texts = new CalendarFeed.Texts("Reminders", summary, "Exercises", "Review");
    String document =
        new CalendarFeed("p-1", ReminderChoices.defaultsFor(1, 7), BERLIN, PORTAL, texts)
            .write(TUESDAY_24_MARCH, null, STAMPED);
    assertTrue(
        document
            .replace("\r\n ", "")
            .contains(
                "SUMMARY:Time for today's exercises at Physio Nord\\, Köln\\; Team \\\\ Praxis\\nFloor 2"),
        document);
    assertEquals(summary, value(event(parse(document), "p-1-reminder-0800"), "SUMMARY"));
  }

  @Test
  void linesEndWithCrLfAndFoldAt75Octets() throws Exception {
    String name =
        "Übungserinnerungen der Praxis für Physiotherapie Nord – Köln-Ehrenfeld \uD83D\uDCAA";
    CalendarFeed.Texts texts = new CalendarFeed.Texts(name, "Übungen", "Übungen", "Termin");
    String document =
        new CalendarFeed("p-1", ReminderChoices.defaultsFor(1, 7), BERLIN, PORTAL, texts)
            .write(TUESDAY_24_MARCH, null, STAMPED);
    assertTrue(document.endsWith("END:VCALENDAR\r\n"));
    assertFalse(document.replace("\r\n", "").contains("\n"));
    assertFalse(document.replace("\r\n", "").contains("\r"));
    String[] lines = document.split("\r\n");
    int longest = 0;
    for (String line : lines) {
      longest = Math.max(longest, line.getBytes(StandardCharsets.UTF_8).length);
    }
    assertTrue(longest <= 75, "longest line " + longest);
    assertTrue(document.contains("\r\n "), "folded");
    assertEquals(name, value(parse(document), "X-WR-CALNAME"));
  }

  @Test
  void theFeedNamesWhatItIsAndWhereItLinks() {
    ReminderChoices choices = ReminderChoices.defaultsFor(1, 7);
    assertThrows(
        IllegalArgumentException.class,
        () -> new CalendarFeed("p 1", choices, BERLIN, PORTAL, TEXTS));
    assertThrows(
        IllegalArgumentException.class,
        () -> new CalendarFeed("p-1\r\nX-EVIL:1", choices, BERLIN, PORTAL, TEXTS));
    assertThrows(
        IllegalArgumentException.class,
        () -> new CalendarFeed("p-1", choices, BERLIN, URI.create("javascript:alert(1)"), TEXTS));
    assertThrows(
        IllegalArgumentException.class,
        () -> new CalendarFeed("p-1", choices, BERLIN, URI.create("/portal"), TEXTS));
    assertThrows(
        IllegalArgumentException.class,
        () -> new CalendarFeed.Texts("Reminders", " ", "Exercises", "Review"));
  }
}
