package org.clinicportal.reminder;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A patient's exercise reminders as an iCalendar document (RFC 5545) that a calendar application
 * subscribes to: one repeating event for each reminder time, with an alarm, and an all-day event
 * for the next review when there is one.
 *
 * <p>The feed carries no health information: every text in it, and the link to the portal, come
 * from the caller, who words them in the patient's language and names no exercise or diagnosis.
 * Events keep their identifiers from one refresh to the next (the feed's id and the reminder time),
 * so a calendar updates them rather than adding them again.
 *
 * @param feedId what tells this patient's feed apart from others; letters, digits, dot, dash and
 *     underscore
 * @param zone the clinic's time zone, in which the reminder times are meant
 * @param portal where the patient signs in, linked from every event
 */
public record CalendarFeed(
    String feedId, ReminderChoices choices, ZoneId zone, URI portal, Texts texts) {

  public static final String PRODUCT_ID = "-//Clinic portal//Exercise reminders//EN";

  /** How long a reminder event lasts in the calendar. */
  public static final String REMINDER_DURATION = "PT10M";

  /** How many years of time zone changes are listed when they follow no yearly rule. */
  private static final int YEARS_LISTED = 20;

  private static final Pattern FEED_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
  private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter TIME_IN_UID = DateTimeFormatter.ofPattern("HHmm");

  /**
   * The words of the feed, in the patient's language.
   *
   * @param calendarName the name calendars show for the feed
   * @param reminderSummary the title of every reminder, such as "Time for today's exercises at
   *     Physio Nord"
   * @param alarmText what the alarm of a reminder says
   * @param reviewTitle the title of the review appointment
   */
  public record Texts(
      String calendarName, String reminderSummary, String alarmText, String reviewTitle) {
    public Texts {
      requireText(calendarName, "calendarName");
      requireText(reminderSummary, "reminderSummary");
      requireText(alarmText, "alarmText");
      requireText(reviewTitle, "reviewTitle");
    }
  }

  public CalendarFeed {
    if (feedId == null || !FEED_ID.matcher(feedId).matches()) {
      throw new IllegalArgumentException("Not a feed id: " + feedId);
    }
    Objects.requireNonNull(choices, "choices");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(texts, "texts");
    if (portal == null
        || !portal.isAbsolute()
        || !List.of("https", "http").contains(portal.getScheme())) {
      throw new IllegalArgumentException("Not a link to the portal: " + portal);
    }
  }

  /**
   * The document, with reminders from a day on (the first falls on the first chosen weekday from
   * then) and no reminders while they are switched off.
   *
   * @param reviewOn the day of the next review, or null when none is planned
   * @param stampedAt when the document is written
   */
  public String write(LocalDate startsOn, LocalDate reviewOn, Instant stampedAt) {
    String stamp = LOCAL.format(stampedAt.atOffset(ZoneOffset.UTC)) + "Z";
    ContentLines lines = new ContentLines();
    lines.add("BEGIN:VCALENDAR");
    lines.add("VERSION:2.0");
    lines.add("PRODID:" + PRODUCT_ID);
    lines.add("CALSCALE:GREGORIAN");
    lines.add("METHOD:PUBLISH");
    lines.addText("X-WR-CALNAME", texts.calendarName());
    lines.addText("X-WR-TIMEZONE", zone.getId());
    writeTimeZone(lines, startsOn);
    if (choices.isRemindersOn()) {
      LocalDate firstDay = firstReminderDay(startsOn);
      for (LocalTime time : choices.getTimes()) {
        writeReminder(lines, LocalDateTime.of(firstDay, time), stamp);
      }
    }
    if (reviewOn != null) {
      writeReview(lines, reviewOn, stamp);
    }
    lines.add("END:VCALENDAR");
    return lines.toString();
  }

  /** The identifier of the event that reminds at a time of day. */
  public String reminderUid(LocalTime time) {
    return feedId + "-reminder-" + TIME_IN_UID.format(time);
  }

  public String reviewUid() {
    return feedId + "-review";
  }

  private LocalDate firstReminderDay(LocalDate startsOn) {
    LocalDate day = startsOn;
    while (!choices.getDays().contains(day.getDayOfWeek())) {
      day = day.plusDays(1);
    }
    return day;
  }

  private void writeReminder(ContentLines lines, LocalDateTime first, String stamp) {
    lines.add("BEGIN:VEVENT");
    lines.add("UID:" + reminderUid(first.toLocalTime()));
    lines.add("DTSTAMP:" + stamp);
    lines.add("DTSTART;TZID=" + zoneParameter() + ":" + LOCAL.format(first));
    lines.add("DURATION:" + REMINDER_DURATION);
    lines.add("RRULE:" + recurrence());
    writeTextsAndLink(lines, texts.reminderSummary());
    lines.add("BEGIN:VALARM");
    lines.add("ACTION:DISPLAY");
    lines.add("TRIGGER:PT0M");
    lines.addText("DESCRIPTION", texts.alarmText());
    lines.add("END:VALARM");
    lines.add("END:VEVENT");
  }

  private void writeReview(ContentLines lines, LocalDate day, String stamp) {
    lines.add("BEGIN:VEVENT");
    lines.add("UID:" + reviewUid());
    lines.add("DTSTAMP:" + stamp);
    lines.add("DTSTART;VALUE=DATE:" + DATE.format(day));
    lines.add("DTEND;VALUE=DATE:" + DATE.format(day.plusDays(1)));
    writeTextsAndLink(lines, texts.reviewTitle());
    lines.add("END:VEVENT");
  }

  private void writeTextsAndLink(ContentLines lines, String summary) {
    lines.addText("SUMMARY", summary);
    lines.addText("DESCRIPTION", portal.toString());
    lines.add("URL:" + portal.toASCIIString());
    lines.add("TRANSP:TRANSPARENT");
  }

  private String recurrence() {
    if (choices.getDays().size() == 7) {
      return "FREQ=DAILY";
    }
    return "FREQ=WEEKLY;BYDAY="
        + choices.getDays().stream().map(CalendarFeed::dayCode).collect(Collectors.joining(","));
  }

  private String zoneParameter() {
    String id = zone.getId();
    return id.matches(".*[:;,].*") ? "\"" + id + "\"" : id;
  }

  /**
   * The zone's offsets as the calendar needs them: a STANDARD and a DAYLIGHT part, each with the
   * yearly rule by which the clocks change, or STANDARD alone for a zone without daylight saving.
   * The parts start with the changes of the year before the first reminder.
   */
  private void writeTimeZone(ContentLines lines, LocalDate startsOn) {
    ZoneRules rules = zone.getRules();
    lines.add("BEGIN:VTIMEZONE");
    lines.addText("TZID", zone.getId());
    List<ZoneOffsetTransitionRule> changes = rules.getTransitionRules();
    if (changes.isEmpty()) {
      ZoneOffset offset = rules.getOffset(startsOn.atStartOfDay(zone).toInstant());
      lines.add("BEGIN:STANDARD");
      lines.add("DTSTART:19700101T000000");
      lines.add("TZOFFSETFROM:" + offset(offset));
      lines.add("TZOFFSETTO:" + offset(offset));
      lines.add("END:STANDARD");
    }
    int year = startsOn.getYear() - 1;
    for (ZoneOffsetTransitionRule change : changes) {
      String part =
          change.getOffsetAfter().equals(change.getStandardOffset()) ? "STANDARD" : "DAYLIGHT";
      lines.add("BEGIN:" + part);
      lines.add("DTSTART:" + LOCAL.format(change.createTransition(year).getDateTimeBefore()));
      lines.add("TZOFFSETFROM:" + offset(change.getOffsetBefore()));
      lines.add("TZOFFSETTO:" + offset(change.getOffsetAfter()));
      String yearly = yearlyRule(change, year);
      if (yearly != null) {
        lines.add("RRULE:" + yearly);
      } else {
        lines.add(
            "RDATE:"
                + IntStream.rangeClosed(year + 1, year + YEARS_LISTED)
                    .mapToObj(
                        later -> LOCAL.format(change.createTransition(later).getDateTimeBefore()))
                    .collect(Collectors.joining(",")));
      }
      lines.add("END:" + part);
    }
    lines.add("END:VTIMEZONE");
  }

  /**
   * The yearly rule of a change of the clocks, or null when no rule says it: when the change falls
   * on another day on the wall clock than its rule names (a change at 24:00, or one set in UTC),
   * and for weekdays "on or after" a day so late in the month that they may fall in the next one.
   */
  static String yearlyRule(ZoneOffsetTransitionRule change, int year) {
    if (!change
        .createTransition(year)
        .getDateTimeBefore()
        .toLocalDate()
        .equals(dayOf(change, year))) {
      return null;
    }
    Month month = change.getMonth();
    int day = change.getDayOfMonthIndicator();
    String yearly = "FREQ=YEARLY;BYMONTH=" + month.getValue();
    DayOfWeek weekday = change.getDayOfWeek();
    if (weekday == null) {
      return yearly + ";BYMONTHDAY=" + day;
    }
    String code = dayCode(weekday);
    if (day == -1
        || day > 0 && day + 6 == month.minLength() && month.minLength() == month.maxLength()) {
      return yearly + ";BYDAY=-1" + code;
    }
    if (day > 0 && day <= 22 && (day - 1) % 7 == 0) {
      return yearly + ";BYDAY=" + ((day - 1) / 7 + 1) + code;
    }
    if (day > 0 && day + 6 <= month.minLength()) {
      return yearly + ";BYDAY=" + code + ";BYMONTHDAY=" + days(day, day + 6);
    }
    if (day < 0 && day - 6 >= -month.minLength()) {
      return yearly + ";BYDAY=" + code + ";BYMONTHDAY=" + days(day - 6, day);
    }
    return null;
  }

  private static LocalDate dayOf(ZoneOffsetTransitionRule change, int year) {
    Month month = change.getMonth();
    int indicator = change.getDayOfMonthIndicator();
    LocalDate day =
        indicator > 0
            ? LocalDate.of(year, month, indicator)
            : LocalDate.of(year, month, 1).plusMonths(1).plusDays(indicator);
    if (change.getDayOfWeek() == null) {
      return day;
    }
    return day.with(
        indicator > 0
            ? TemporalAdjusters.nextOrSame(change.getDayOfWeek())
            : TemporalAdjusters.previousOrSame(change.getDayOfWeek()));
  }

  private static String days(int first, int last) {
    return IntStream.rangeClosed(first, last)
        .mapToObj(Integer::toString)
        .collect(Collectors.joining(","));
  }

  private static String dayCode(DayOfWeek day) {
    return day.name().substring(0, 2);
  }

  private static String offset(ZoneOffset offset) {
    int seconds = offset.getTotalSeconds();
    int absolute = Math.abs(seconds);
    String hoursAndMinutes =
        String.format("%s%02d%02d", seconds < 0 ? "-" : "+", absolute / 3600, absolute / 60 % 60);
    return absolute % 60 == 0
        ? hoursAndMinutes
        : hoursAndMinutes + String.format("%02d", absolute % 60);
  }

  private static void requireText(String text, String name) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("No text for " + name);
    }
  }
}
