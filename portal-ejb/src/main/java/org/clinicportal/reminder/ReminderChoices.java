package org.clinicportal.reminder;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a patient wants to be reminded of their home exercises: one to six times of day, the days of
 * the week, quiet hours in which nothing is sent, the time of the evening nudge, and a switch for
 * each kind of message.
 *
 * <p>Every patient starts with {@link #defaultsFor the defaults of their program}: one reminder per
 * round of the day, on as many days as the program asks, quiet hours from 21:30 to 07:00, the
 * evening nudge at 20:00 and every message switched on. Choices a patient changed are their own and
 * stay as they are when the program changes; the defaults follow the program.
 *
 * <p>Quiet hours run from their start up to, not including, their end, and may run over midnight.
 *
 * <p>Longer than most classes: the value, the reading of what a patient typed (each wrong entry
 * named for the page) and the builder that changes one switch belong to one set of rules, and split
 * apart each would have to repeat them.
 */
public final class ReminderChoices implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final int MAX_TIMES = 6;
  public static final LocalTime FIRST_DEFAULT_TIME = LocalTime.of(8, 0);
  public static final LocalTime LAST_DEFAULT_TIME = LocalTime.of(18, 0);
  public static final LocalTime DEFAULT_QUIET_START = LocalTime.of(21, 30);
  public static final LocalTime DEFAULT_QUIET_END = LocalTime.of(7, 0);
  public static final LocalTime DEFAULT_NUDGE = LocalTime.of(20, 0);

  public static final String TIME_INVALID = "reminder.time.invalid";
  public static final String TIME_COUNT = "reminder.time.count";
  public static final String TIME_DUPLICATE = "reminder.time.duplicate";
  public static final String TIME_QUIET = "reminder.time.quiet";
  public static final String DAYS_NONE = "reminder.days.none";
  public static final String QUIET_INCOMPLETE = "reminder.quiet.incomplete";
  public static final String QUIET_WHOLE_DAY = "reminder.quiet.wholeDay";
  public static final String NUDGE_QUIET = "reminder.nudge.quiet";
  public static final String NUDGE_BEFORE_LAST = "reminder.nudge.beforeLast";

  private static final Pattern TYPED_TIME = Pattern.compile("(\\d{1,2}):(\\d{2})");

  private final List<LocalTime> times;
  private final EnumSet<DayOfWeek> days;
  private final LocalTime quietStart;
  private final LocalTime quietEnd;
  private final LocalTime nudgeAt;
  private final boolean remindersOn;
  private final boolean nudgeOn;
  private final boolean checkInOn;
  private final boolean own;

  private ReminderChoices(
      List<LocalTime> times,
      Set<DayOfWeek> days,
      LocalTime quietStart,
      LocalTime quietEnd,
      LocalTime nudgeAt,
      boolean remindersOn,
      boolean nudgeOn,
      boolean checkInOn,
      boolean own) {
    List<String> problems = problems(times, days, quietStart, quietEnd, nudgeOn, nudgeAt);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("Not reminder choices: " + problems);
    }
    this.times = times.stream().sorted().toList();
    this.days = EnumSet.copyOf(days);
    this.quietStart = quietStart;
    this.quietEnd = quietEnd;
    this.nudgeAt = nudgeAt;
    this.remindersOn = remindersOn;
    this.nudgeOn = nudgeOn;
    this.checkInOn = checkInOn;
    this.own = own;
  }

  /**
   * Choices as they were stored. Times may come in any order; they are kept sorted.
   *
   * @param quietStart the start of the quiet hours, or null for none (then quietEnd is null too)
   * @param own whether the patient chose these, rather than taking the defaults of their program
   * @throws IllegalArgumentException when {@link #problems} names anything
   */
  public static ReminderChoices of(
      List<LocalTime> times,
      Set<DayOfWeek> days,
      LocalTime quietStart,
      LocalTime quietEnd,
      LocalTime nudgeAt,
      boolean remindersOn,
      boolean nudgeOn,
      boolean checkInOn,
      boolean own) {
    return new ReminderChoices(
        times, days, quietStart, quietEnd, nudgeAt, remindersOn, nudgeOn, checkInOn, own);
  }

  /**
   * The choices a program suggests: one reminder per round of the day, spread evenly from 08:00 to
   * 18:00 and rounded to 5 minutes (a single round at 08:00); every day when the program asks for
   * seven, otherwise days spread over the week from Monday: 1 Monday; 2 Monday and Thursday; 3
   * Monday, Wednesday and Friday; 4 Monday, Tuesday, Thursday and Friday; 5 Monday to Friday; 6
   * Monday to Saturday. Quiet hours 21:30 to 07:00, the nudge at 20:00, everything switched on.
   *
   * @throws IllegalArgumentException when the rounds are not 1 to 6 or the days not 1 to 7
   */
  public static ReminderChoices defaultsFor(int roundsPerDay, int daysPerWeek) {
    if (roundsPerDay < 1 || roundsPerDay > MAX_TIMES || daysPerWeek < 1 || daysPerWeek > 7) {
      throw new IllegalArgumentException(
          "Not a program: " + roundsPerDay + " rounds a day on " + daysPerWeek + " days a week");
    }
    return new ReminderChoices(
        defaultTimes(roundsPerDay),
        defaultDays(daysPerWeek),
        DEFAULT_QUIET_START,
        DEFAULT_QUIET_END,
        DEFAULT_NUDGE,
        true,
        true,
        true,
        false);
  }

  private static List<LocalTime> defaultTimes(int rounds) {
    if (rounds == 1) {
      return List.of(FIRST_DEFAULT_TIME);
    }
    int span = LAST_DEFAULT_TIME.toSecondOfDay() / 60 - FIRST_DEFAULT_TIME.toSecondOfDay() / 60;
    List<LocalTime> times = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      long minutes = Math.round(round * (double) span / (rounds - 1) / 5) * 5;
      times.add(FIRST_DEFAULT_TIME.plusMinutes(minutes));
    }
    return times;
  }

  private static Set<DayOfWeek> defaultDays(int daysPerWeek) {
    return switch (daysPerWeek) {
      case 1 -> EnumSet.of(DayOfWeek.MONDAY);
      case 2 -> EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY);
      case 3 -> EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
      case 4 ->
          EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
      case 5 -> EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
      case 6 -> EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY);
      default -> EnumSet.allOf(DayOfWeek.class);
    };
  }

  /**
   * What is wrong with reminder choices, as message keys; empty when they can be kept. A time is
   * invalid when it is missing or has seconds. The nudge keeps its time while switched off; only
   * when it is on must that time lie outside the quiet hours and after the last reminder of the
   * day.
   */
  public static List<String> problems(
      List<LocalTime> times,
      Set<DayOfWeek> days,
      LocalTime quietStart,
      LocalTime quietEnd,
      boolean nudgeOn,
      LocalTime nudgeAt) {
    List<String> problems = new ArrayList<>();
    List<LocalTime> given = times == null ? List.of() : times;
    if (given.stream().anyMatch(time -> !isWholeMinute(time))) {
      problems.add(TIME_INVALID);
    }
    if (given.isEmpty() || given.size() > MAX_TIMES) {
      problems.add(TIME_COUNT);
    }
    if (new HashSet<>(given).size() < given.size()) {
      problems.add(TIME_DUPLICATE);
    }
    if (days == null || days.isEmpty() || days.stream().anyMatch(Objects::isNull)) {
      problems.add(DAYS_NONE);
    }
    boolean quietHours = quietStart != null && quietEnd != null;
    if ((quietStart == null) != (quietEnd == null)) {
      problems.add(QUIET_INCOMPLETE);
    } else if (quietHours && (!isWholeMinute(quietStart) || !isWholeMinute(quietEnd))) {
      problems.add(TIME_INVALID);
    } else if (quietHours && quietStart.equals(quietEnd)) {
      problems.add(QUIET_WHOLE_DAY);
    }
    boolean quietHoursHold = quietHours && isQuietUsable(quietStart, quietEnd);
    if (quietHoursHold
        && given.stream()
            .filter(ReminderChoices::isWholeMinute)
            .anyMatch(time -> isQuiet(time, quietStart, quietEnd))) {
      problems.add(TIME_QUIET);
    }
    if (!isWholeMinute(nudgeAt)) {
      problems.add(TIME_INVALID);
    } else if (nudgeOn) {
      if (quietHoursHold && isQuiet(nudgeAt, quietStart, quietEnd)) {
        problems.add(NUDGE_QUIET);
      }
      if (given.stream()
          .filter(ReminderChoices::isWholeMinute)
          .anyMatch(time -> !time.isBefore(nudgeAt))) {
        problems.add(NUDGE_BEFORE_LAST);
      }
    }
    return problems.stream().distinct().toList();
  }

  private static boolean isQuietUsable(LocalTime start, LocalTime end) {
    return isWholeMinute(start) && isWholeMinute(end) && !start.equals(end);
  }

  private static boolean isWholeMinute(LocalTime time) {
    return time != null && time.getSecond() == 0 && time.getNano() == 0;
  }

  private static boolean isQuiet(LocalTime time, LocalTime start, LocalTime end) {
    return start.isBefore(end)
        ? !time.isBefore(start) && time.isBefore(end)
        : !time.isBefore(start) || time.isBefore(end);
  }

  /**
   * A time of day as a person types it: hours and minutes with a colon, such as "8:00", "08:00" or
   * "18:30". Empty for anything else ("25:00", "8:60", "8", "noon"), which a page shows as {@link
   * #TIME_INVALID}.
   */
  public static Optional<LocalTime> parseTime(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    Matcher matcher = TYPED_TIME.matcher(typed.strip());
    if (!matcher.matches()) {
      return Optional.empty();
    }
    int hours = Integer.parseInt(matcher.group(1));
    int minutes = Integer.parseInt(matcher.group(2));
    if (hours > 23 || minutes > 59) {
      return Optional.empty();
    }
    return Optional.of(LocalTime.of(hours, minutes));
  }

  /**
   * The choices for a changed program: the new program's defaults while the patient kept the
   * defaults, and the patient's own choices unchanged once they made them.
   */
  public ReminderChoices withProgramChanged(int roundsPerDay, int daysPerWeek) {
    return own ? this : defaultsFor(roundsPerDay, daysPerWeek);
  }

  /** Changes to these choices, made by the patient. */
  public Changes change() {
    return new Changes(this);
  }

  /** Whether a moment of the day falls in the quiet hours. */
  public boolean isQuiet(LocalTime time) {
    return quietStart != null && isQuiet(time, quietStart, quietEnd);
  }

  public List<LocalTime> getTimes() {
    return times;
  }

  public Set<DayOfWeek> getDays() {
    return Collections.unmodifiableSet(days);
  }

  public boolean hasQuietHours() {
    return quietStart != null;
  }

  /** The start of the quiet hours, or null when there are none. */
  public LocalTime getQuietStart() {
    return quietStart;
  }

  /** The end of the quiet hours, the first minute in which messages may be sent again. */
  public LocalTime getQuietEnd() {
    return quietEnd;
  }

  public LocalTime getNudgeAt() {
    return nudgeAt;
  }

  public boolean isRemindersOn() {
    return remindersOn;
  }

  public boolean isNudgeOn() {
    return nudgeOn;
  }

  public boolean isCheckInOn() {
    return checkInOn;
  }

  /** Whether the patient made these choices, rather than keeping the defaults of the program. */
  public boolean isOwn() {
    return own;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReminderChoices that && sameChoicesAs(that) && own == that.own;
  }

  private boolean sameChoicesAs(ReminderChoices that) {
    return times.equals(that.times)
        && days.equals(that.days)
        && Objects.equals(quietStart, that.quietStart)
        && Objects.equals(quietEnd, that.quietEnd)
        && nudgeAt.equals(that.nudgeAt)
        && remindersOn == that.remindersOn
        && nudgeOn == that.nudgeOn
        && checkInOn == that.checkInOn;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        times, days, quietStart, quietEnd, nudgeAt, remindersOn, nudgeOn, checkInOn, own);
  }

  @Override
  public String toString() {
    return "ReminderChoices[times="
        + times
        + ", days="
        + days
        + ", quiet="
        + (quietStart == null ? "none" : quietStart + "-" + quietEnd)
        + ", nudgeAt="
        + nudgeAt
        + ", remindersOn="
        + remindersOn
        + ", nudgeOn="
        + nudgeOn
        + ", checkInOn="
        + checkInOn
        + ", own="
        + own
        + "]";
  }

  /**
   * A patient's changes to their choices, applied together so that times, quiet hours and the nudge
   * are checked as one. Choices built from changes are the patient's own, unless nothing changed.
   */
  public static final class Changes {
    private final ReminderChoices from;
    private List<LocalTime> times;
    private Set<DayOfWeek> days;
    private LocalTime quietStart;
    private LocalTime quietEnd;
    private LocalTime nudgeAt;
    private boolean remindersOn;
    private boolean nudgeOn;
    private boolean checkInOn;

    private Changes(ReminderChoices from) {
      this.from = from;
      this.times = from.times;
      this.days = from.days;
      this.quietStart = from.quietStart;
      this.quietEnd = from.quietEnd;
      this.nudgeAt = from.nudgeAt;
      this.remindersOn = from.remindersOn;
      this.nudgeOn = from.nudgeOn;
      this.checkInOn = from.checkInOn;
    }

    public Changes times(List<LocalTime> times) {
      this.times = times;
      return this;
    }

    public Changes times(LocalTime... times) {
      return times(Arrays.asList(times));
    }

    public Changes days(Set<DayOfWeek> days) {
      this.days = days;
      return this;
    }

    public Changes days(DayOfWeek first, DayOfWeek... rest) {
      return days(EnumSet.of(first, rest));
    }

    public Changes quietHours(LocalTime start, LocalTime end) {
      this.quietStart = start;
      this.quietEnd = end;
      return this;
    }

    public Changes noQuietHours() {
      return quietHours(null, null);
    }

    public Changes nudgeAt(LocalTime nudgeAt) {
      this.nudgeAt = nudgeAt;
      return this;
    }

    public Changes reminders(boolean on) {
      this.remindersOn = on;
      return this;
    }

    public Changes nudge(boolean on) {
      this.nudgeOn = on;
      return this;
    }

    public Changes checkIn(boolean on) {
      this.checkInOn = on;
      return this;
    }

    /** What is wrong with the choices as changed, as message keys. */
    public List<String> problems() {
      return ReminderChoices.problems(times, days, quietStart, quietEnd, nudgeOn, nudgeAt);
    }

    /**
     * The changed choices.
     *
     * @throws IllegalArgumentException when {@link #problems} names anything
     */
    public ReminderChoices build() {
      ReminderChoices changed =
          new ReminderChoices(
              times, days, quietStart, quietEnd, nudgeAt, remindersOn, nudgeOn, checkInOn, true);
      return changed.sameChoicesAs(from) ? from : changed;
    }
  }
}
