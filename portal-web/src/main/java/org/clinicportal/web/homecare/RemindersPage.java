package org.clinicportal.web.homecare;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.clinicportal.homecare.CalendarFeeds;
import org.clinicportal.homecare.ReminderPlan;
import org.clinicportal.homecare.Reminders;
import org.clinicportal.platform.MailAddresses;
import org.clinicportal.platform.RecordException;
import org.clinicportal.reminder.ReminderChoices;
import org.clinicportal.web.Messages;

/**
 * The patient's reminder settings: when exercise reminders come, on which days, the quiet hours in
 * which none comes, the evening nudge and the weekly check-in, each switched on or off. The page
 * keeps what was typed; a wrong value is named on the page and nothing is saved.
 *
 * <p>It also gives the link of the patient's calendar feed, for their phone's calendar: on their
 * first visit, and whenever they ask for a new one. The portal keeps only the hash of the link's
 * secret, so a link is shown while this page is open and never again.
 */
@Named
@ViewScoped
public class RemindersPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Reminders reminders;
  @Inject private CalendarFeeds calendarFeeds;
  @Inject private Messages messages;

  private boolean planned;
  private String address;
  private boolean confirmed;
  private String times;
  private List<String> days = new ArrayList<>();
  private String quietStart;
  private String quietEnd;
  private String nudgeAt;
  private boolean remindersOn;
  private boolean nudgeOn;
  private boolean checkInOn;
  private String calendarLink;
  private boolean calendarRenewed;

  public void load() {
    messages.attempt(
        () -> {
          show(reminders.mine());
          if (planned) {
            calendarLink = calendarFeeds.calendarLink().orElse(null);
          }
        });
  }

  /** Replaces the calendar link; the one before stops working. */
  public void renewCalendarLink() {
    messages.attempt(
        () -> {
          calendarLink = calendarFeeds.renewCalendarLink();
          calendarRenewed = true;
        });
  }

  public void save() {
    messages.attempt(
        () -> {
          Optional<ReminderChoices> chosen = read();
          if (chosen.isPresent()) {
            show(Optional.of(reminders.chooseMine(chosen.get())));
            messages.info(null, "reminder.saved");
          }
        });
  }

  /** The choices typed, or empty with each problem named on the page. */
  private Optional<ReminderChoices> read() throws RecordException {
    List<String> problems = new ArrayList<>();
    List<LocalTime> typedTimes = new ArrayList<>();
    for (String typed : (times == null ? "" : times).split("[,;\\s]+")) {
      if (!typed.isBlank()) {
        ReminderChoices.parseTime(typed)
            .ifPresentOrElse(typedTimes::add, () -> problems.add(ReminderChoices.TIME_INVALID));
      }
    }
    Optional<LocalTime> nudge = ReminderChoices.parseTime(nudgeAt);
    LocalTime start = blank(quietStart) ? null : ReminderChoices.parseTime(quietStart).orElse(null);
    LocalTime end = blank(quietEnd) ? null : ReminderChoices.parseTime(quietEnd).orElse(null);
    if ((!blank(quietStart) && start == null) || (!blank(quietEnd) && end == null)) {
      problems.add(ReminderChoices.TIME_INVALID);
    }
    if (nudge.isEmpty()) {
      problems.add(ReminderChoices.TIME_INVALID);
    }
    if (problems.isEmpty()) {
      ReminderChoices current =
          reminders.mine().orElseThrow(() -> new RecordException("reminder.noPlan")).choices();
      ReminderChoices.Changes change =
          current
              .change()
              .times(typedTimes)
              .days(chosenDays())
              .nudgeAt(nudge.get())
              .reminders(remindersOn)
              .nudge(nudgeOn)
              .checkIn(checkInOn);
      change = start == null && end == null ? change.noQuietHours() : change.quietHours(start, end);
      problems.addAll(change.problems());
      if (problems.isEmpty()) {
        return Optional.of(change.build());
      }
    }
    problems.stream().distinct().forEach(problem -> messages.error(null, problem));
    return Optional.empty();
  }

  private void show(Optional<ReminderPlan> plan) {
    planned = plan.isPresent();
    if (plan.isEmpty()) {
      return;
    }
    ReminderChoices choices = plan.get().choices();
    address =
        plan.get().getAddress() == null ? null : MailAddresses.masked(plan.get().getAddress());
    confirmed = plan.get().mayMail();
    times = choices.getTimes().stream().map(LocalTime::toString).collect(Collectors.joining(", "));
    days = choices.getDays().stream().sorted().map(DayOfWeek::name).collect(Collectors.toList());
    quietStart = choices.hasQuietHours() ? choices.getQuietStart().toString() : "";
    quietEnd = choices.hasQuietHours() ? choices.getQuietEnd().toString() : "";
    nudgeAt = choices.getNudgeAt().toString();
    remindersOn = choices.isRemindersOn();
    nudgeOn = choices.isNudgeOn();
    checkInOn = choices.isCheckInOn();
  }

  /** The days ticked; a value that names no day is left out, as a box never sends one. */
  private EnumSet<DayOfWeek> chosenDays() {
    EnumSet<DayOfWeek> chosen = EnumSet.noneOf(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      if (days.contains(day.name())) {
        chosen.add(day);
      }
    }
    return chosen;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  /** The days of the week in order, for the day boxes. */
  public DayOfWeek[] getWeekdays() {
    return DayOfWeek.values();
  }

  public boolean isPlanned() {
    return planned;
  }

  public String getAddress() {
    return address;
  }

  public boolean isConfirmed() {
    return confirmed;
  }

  /** The calendar link made while this page is open, or null. */
  public String getCalendarLink() {
    return calendarLink;
  }

  /** The calendar link for a phone to subscribe to at a tap: the same address as webcal. */
  public String getWebcalLink() {
    return calendarLink == null
        ? null
        : "webcal" + calendarLink.substring(calendarLink.indexOf("://"));
  }

  public boolean isCalendarRenewed() {
    return calendarRenewed;
  }

  public String getTimes() {
    return times;
  }

  public void setTimes(String times) {
    this.times = times;
  }

  public List<String> getDays() {
    return days;
  }

  public void setDays(List<String> days) {
    this.days = days == null ? new ArrayList<>() : new ArrayList<>(days);
  }

  public String getQuietStart() {
    return quietStart;
  }

  public void setQuietStart(String quietStart) {
    this.quietStart = quietStart;
  }

  public String getQuietEnd() {
    return quietEnd;
  }

  public void setQuietEnd(String quietEnd) {
    this.quietEnd = quietEnd;
  }

  public String getNudgeAt() {
    return nudgeAt;
  }

  public void setNudgeAt(String nudgeAt) {
    this.nudgeAt = nudgeAt;
  }

  public boolean isRemindersOn() {
    return remindersOn;
  }

  public void setRemindersOn(boolean remindersOn) {
    this.remindersOn = remindersOn;
  }

  public boolean isNudgeOn() {
    return nudgeOn;
  }

  public void setNudgeOn(boolean nudgeOn) {
    this.nudgeOn = nudgeOn;
  }

  public boolean isCheckInOn() {
    return checkInOn;
  }

  public void setCheckInOn(boolean checkInOn) {
    this.checkInOn = checkInOn;
  }
}
