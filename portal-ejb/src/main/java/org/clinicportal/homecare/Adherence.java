package org.clinicportal.homecare;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How much of a program a patient did, week by week (weeks start on Monday). An exercise asked for
 * on some days of the week counts those days, or the days of the week the program has run so far
 * when they are fewer; rounds done beyond what was asked do not make up for others.
 */
public final class Adherence {

  /** One exercise as the program doses it. */
  public record Planned(long itemId, int timesPerDay, int daysPerWeek) {}

  /** One round of an exercise done on a day. */
  public record Done(long itemId, LocalDate on) {}

  private Adherence() {}

  /** The weeks from the program's start up to and including today's, oldest first. */
  public static List<WeekAdherence> weekly(
      List<Planned> plan, LocalDate start, LocalDate today, List<Done> done) {
    List<WeekAdherence> weeks = new ArrayList<>();
    if (today.isBefore(start)) {
      return weeks;
    }
    for (LocalDate week = mondayOf(start); !week.isAfter(today); week = week.plusWeeks(1)) {
      LocalDate first = week.isBefore(start) ? start : week;
      LocalDate last = week.plusDays(6).isAfter(today) ? today : week.plusDays(6);
      int daysRun = (int) ChronoUnit.DAYS.between(first, last) + 1;
      Map<Long, Integer> doneOfItem = new HashMap<>();
      for (Done round : done) {
        if (!round.on().isBefore(first) && !round.on().isAfter(last)) {
          doneOfItem.merge(round.itemId(), 1, Integer::sum);
        }
      }
      int planned = 0;
      int counted = 0;
      for (Planned item : plan) {
        int asked = item.timesPerDay() * Math.min(item.daysPerWeek(), daysRun);
        planned += asked;
        counted += Math.min(asked, doneOfItem.getOrDefault(item.itemId(), 0));
      }
      weeks.add(new WeekAdherence(week, planned, counted));
    }
    return weeks;
  }

  /** Whether an exercise asked for on some days a week is still due on a day of this week. */
  public static boolean isDue(int daysPerWeek, long otherDaysDoneThisWeek) {
    return daysPerWeek >= 7 || otherDaysDoneThisWeek < daysPerWeek;
  }

  public static LocalDate mondayOf(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }
}
