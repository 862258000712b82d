package org.clinicportal.reminder;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When a patient's messages fall, in the clinic's time zone.
 *
 * <p>A reminder time that does not exist on a day, because the clocks go forward through it, is
 * sent that much later (02:30 becomes 03:30 when the clocks jump from 02:00 to 03:00); a time that
 * occurs twice, because the clocks go back, is sent once, the first time round.
 */
public final class ReminderSchedule {

  /** The day and time of the weekly check-in, unless quiet hours cover it. */
  public static final DayOfWeek CHECK_IN_DAY = DayOfWeek.SUNDAY;

  public static final LocalTime CHECK_IN_TIME = LocalTime.of(18, 0);

  /** How far {@link #nextAfter} looks ahead. */
  public static final Duration LOOK_AHEAD = Duration.ofDays(8);

  private final ReminderChoices choices;
  private final ZoneId zone;

  public ReminderSchedule(ReminderChoices choices, ZoneId zone) {
    this.choices = Objects.requireNonNull(choices);
    this.zone = Objects.requireNonNull(zone);
  }

  /** The exercise reminders of a day, earliest first; none when switched off or on other days. */
  public List<ZonedDateTime> remindersOn(LocalDate day) {
    if (!choices.isRemindersOn() || !isReminderDay(day)) {
      return List.of();
    }
    return choices.getTimes().stream()
        .map(time -> ZonedDateTime.of(day, time, zone))
        .distinct()
        .sorted()
        .toList();
  }

  /**
   * The evening nudge of a day, when switched on and the day is one of the chosen days (even with
   * the exercise reminders switched off, so that a patient can be nudged only when they forgot).
   * Whether the patient logged anything that day, and so needs no nudge, is for the sender to
   * decide.
   */
  public Optional<ZonedDateTime> nudgeOn(LocalDate day) {
    if (!choices.isNudgeOn() || !isReminderDay(day)) {
      return Optional.empty();
    }
    return Optional.of(ZonedDateTime.of(day, choices.getNudgeAt(), zone));
  }

  /**
   * The weekly check-in, on Sundays at 18:00 when switched on. When quiet hours cover 18:00 it
   * moves to the end of the quiet hours, and falls away when they last past midnight.
   */
  public Optional<ZonedDateTime> checkInOn(LocalDate day) {
    if (!choices.isCheckInOn() || day.getDayOfWeek() != CHECK_IN_DAY) {
      return Optional.empty();
    }
    if (!choices.isQuiet(CHECK_IN_TIME)) {
      return Optional.of(ZonedDateTime.of(day, CHECK_IN_TIME, zone));
    }
    LocalTime quietEnd = choices.getQuietEnd();
    if (quietEnd.isAfter(CHECK_IN_TIME)) {
      return Optional.of(ZonedDateTime.of(day, quietEnd, zone));
    }
    return Optional.empty();
  }

  /**
   * The first reminder, nudge or check-in after a moment and at most {@link #LOOK_AHEAD} later;
   * empty when everything is switched off.
   */
  public Optional<Instant> nextAfter(Instant after) {
    Instant until = after.plus(LOOK_AHEAD);
    LocalDate first = after.atZone(zone).toLocalDate();
    for (LocalDate day = first;
        !day.isAfter(until.atZone(zone).toLocalDate());
        day = day.plusDays(1)) {
      Optional<Instant> next =
          messagesOn(day).stream()
              .map(ZonedDateTime::toInstant)
              .filter(at -> at.isAfter(after) && !at.isAfter(until))
              .min(Instant::compareTo);
      if (next.isPresent()) {
        return next;
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the moment is an exercise reminder and nothing else: no nudge or check-in falls on it.
   * Such a moment may be prepared ahead; a nudge or a check-in is decided at its own time.
   */
  public boolean remindsOnlyAt(Instant at) {
    LocalDate day = at.atZone(zone).toLocalDate();
    return remindersOn(day).stream().map(ZonedDateTime::toInstant).anyMatch(at::equals)
        && nudgeOn(day).map(ZonedDateTime::toInstant).filter(at::equals).isEmpty()
        && checkInOn(day).map(ZonedDateTime::toInstant).filter(at::equals).isEmpty();
  }

  private List<ZonedDateTime> messagesOn(LocalDate day) {
    List<ZonedDateTime> messages = new ArrayList<>(remindersOn(day));
    nudgeOn(day).ifPresent(messages::add);
    checkInOn(day).ifPresent(messages::add);
    return messages;
  }

  private boolean isReminderDay(LocalDate day) {
    return choices.getDays().contains(day.getDayOfWeek());
  }
}
