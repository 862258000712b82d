package org.clinicportal.review;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.clinicportal.assessment.Progress;
import org.clinicportal.patient.DischargeReason;

/**
 * Outcomes of a set of closed episodes, for a therapist or the clinic: how many closed, the share
 * that reached the smallest important change in pain, disability and function, the median share of
 * rounds done, the alerts raised and the median hours until one was acknowledged. A patient who
 * stopped attending without a second measurement counts as not improved; other episodes without one
 * are left out of that share and counted as not measured.
 */
public record OutcomeSummary(
    String name,
    int episodes,
    Share pain,
    Share disability,
    Share function,
    Double medianAdherence,
    int alertsRaised,
    Double medianHoursToAcknowledge)
    implements Serializable {

  /** Episodes that improved of those counted, and those left out for want of a measurement. */
  public record Share(int improved, int counted, int notMeasured) implements Serializable {

    /** The share improved in whole percent, or null when none were counted. */
    public Integer percent() {
      return counted == 0 ? null : Math.round(improved * 100f / counted);
    }
  }

  public static OutcomeSummary of(String name, Collection<EpisodeOutcome> outcomes) {
    List<Double> adherence = new ArrayList<>();
    List<Double> hours = new ArrayList<>();
    int alerts = 0;
    for (EpisodeOutcome outcome : outcomes) {
      if (outcome.adherencePercent() != null) {
        adherence.add(outcome.adherencePercent().doubleValue());
      }
      hours.addAll(outcome.hoursToAcknowledge());
      alerts += outcome.alertsRaised();
    }
    return new OutcomeSummary(
        name,
        outcomes.size(),
        share(outcomes, EpisodeOutcome::pain),
        share(outcomes, EpisodeOutcome::disability),
        share(outcomes, EpisodeOutcome::function),
        median(adherence),
        alerts,
        median(hours));
  }

  private static Share share(
      Collection<EpisodeOutcome> outcomes, Function<EpisodeOutcome, Progress.Reading> measure) {
    int improved = 0;
    int counted = 0;
    int notMeasured = 0;
    for (EpisodeOutcome outcome : outcomes) {
      Progress.Reading reading = measure.apply(outcome);
      if (reading != null) {
        counted++;
        if (reading == Progress.Reading.IMPROVED) {
          improved++;
        }
      } else if (outcome.reason() == DischargeReason.STOPPED_ATTENDING) {
        counted++;
      } else {
        notMeasured++;
      }
    }
    return new Share(improved, counted, notMeasured);
  }

  static Double median(List<Double> values) {
    if (values.isEmpty()) {
      return null;
    }
    List<Double> sorted = values.stream().sorted().toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1
        ? sorted.get(middle)
        : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }
}
