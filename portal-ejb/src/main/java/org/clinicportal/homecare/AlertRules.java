package org.clinicportal.homecare;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.clinicportal.assessment.PainScore;

/**
 * When home care needs a therapist's eye. The pain level of a journal entry is the pain before the
 * session, the level the patient lives with that day; the pain after is shown but does not raise
 * alerts on its own.
 */
public final class AlertRules {

  /** Rise over the starting level that counts as worse. */
  public static final int WORSENING_POINTS = 2;

  /** Fall from the starting level expected by the review date. */
  public static final int EXPECTED_IMPROVEMENT = PainScore.MINIMAL_IMPORTANT_CHANGE;

  /** Whole days without a journal entry that count as silence. */
  public static final int SILENT_DAYS = 3;

  private AlertRules() {}

  /**
   * The level a program starts from: the pain now measured at the assessment it is based on, or,
   * without one, the pain before the first session written in the journal.
   */
  public static OptionalInt startingLevel(Integer assessedPain, List<PainReading> readings) {
    if (assessedPain != null) {
      return OptionalInt.of(assessedPain);
    }
    return readings.stream()
        .min(Comparator.comparing(PainReading::on))
        .map(first -> OptionalInt.of(first.before()))
        .orElse(OptionalInt.empty());
  }

  /** Whether a new reading is at least two points worse than the starting level. */
  public static boolean isWorse(int startingLevel, PainReading reading) {
    return reading.before() >= startingLevel + WORSENING_POINTS;
  }

  /**
   * Whether the review date has come without the expected improvement: the latest reading on or
   * before the review date is not two points under the starting level, or there is none.
   */
  public static boolean lacksProgress(
      int startingLevel, LocalDate reviewOn, List<PainReading> readings, LocalDate today) {
    if (today.isBefore(reviewOn)) {
      return false;
    }
    Optional<PainReading> latest =
        readings.stream()
            .filter(reading -> !reading.on().isAfter(reviewOn))
            .max(Comparator.comparing(PainReading::on));
    return latest.isEmpty() || latest.get().before() > startingLevel - EXPECTED_IMPROVEMENT;
  }

  /**
   * The day the silence started from (the last day with an entry, or the day before the program
   * started), when there have been three whole days since without an entry; empty otherwise. The
   * day itself is not yet over, so it does not count.
   */
  public static Optional<LocalDate> silentSince(
      LocalDate programStart, LocalDate lastEntry, LocalDate today) {
    LocalDate lastHeard = programStart.minusDays(1);
    if (lastEntry != null && lastEntry.isAfter(lastHeard)) {
      lastHeard = lastEntry;
    }
    long wholeDaysSilent = ChronoUnit.DAYS.between(lastHeard, today) - 1;
    return wholeDaysSilent >= SILENT_DAYS ? Optional.of(lastHeard) : Optional.empty();
  }
}
